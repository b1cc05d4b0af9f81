package credential

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
)

// A function of the package that copies every entry of an http.Header
// parameter into a map (benthos' toSimpleMap, a func variable: for k, v :=
// range h { out[k] = strings.Join(v, " ") }) returns the headers in
// another shape: its result prints them as the header would.

// headerCopy returns the argument of call whose headers the callee copies
// whole into its result, if it is such a copier.
func (m *Model) headerCopy(call *ast.CallExpr) (ast.Expr, bool) {
	if m.ev == nil {
		return nil, false
	}
	ft, body := m.calleeBody(call)
	if ft == nil || body == nil || ft.Results == nil || len(ft.Results.List) != 1 {
		return nil, false
	}
	if _, isMap := m.info.TypeOf(ft.Results.List[0].Type).Underlying().(*types.Map); !isMap {
		return nil, false
	}
	i := 0
	for _, field := range ft.Params.List {
		for _, name := range field.Names {
			v, _ := m.info.Defs[name].(*types.Var)
			if v != nil && i < len(call.Args) && astutil.IsNamed(v.Type(), "net/http", "Header") && copiesAll(m.info, body, v) {
				return call.Args[i], true
			}
			i++
		}
		if len(field.Names) == 0 {
			i++
		}
	}
	return nil, false
}

// calleeBody returns the type and body of the function call runs when it
// is declared in the package, or held by a variable assigned one function
// literal.
func (m *Model) calleeBody(call *ast.CallExpr) (*ast.FuncType, *ast.BlockStmt) {
	switch obj := typeutil.Callee(m.info, call).(type) {
	case *types.Func:
		if decl := m.ev.decls[obj.Origin()]; decl != nil {
			return decl.Type, decl.Body
		}
	case *types.Var:
		if defs := m.ev.defs[obj]; len(defs) == 1 {
			if lit, ok := ast.Unparen(defs[0]).(*ast.FuncLit); ok {
				return lit.Type, lit.Body
			}
		}
	}
	return nil, nil
}

// copiesAll reports whether body ranges over h and writes each of its
// values into a map by index, with no branch in the loop that could leave
// an entry out or mask it.
func copiesAll(info *types.Info, body *ast.BlockStmt, h *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		r, ok := n.(*ast.RangeStmt)
		if !ok || found {
			return !found
		}
		if astutil.VarOperand(info, r.X) != h || r.Value == nil {
			return true
		}
		writes, branches := false, false
		ast.Inspect(r.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.BranchStmt:
				branches = true
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					if _, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
						writes = true
					}
				}
			}
			return !branches
		})
		found = writes && !branches
		return !found
	})
	return found
}
