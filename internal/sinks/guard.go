package sinks

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/credlint/credlint/internal/astutil"
)

// emptyGuard returns the index of a string parameter of fn that must be
// empty for call, in decl's body, to run: the call sits under
// `if p == "" {…}`, or after `if p != "" { …; return }` in its block or an
// enclosing one (pgx's uriDecode quotes its raw input only when no secret
// name is given: a closure that first returns a message naming the
// secret). -1 when there is none, or when the body assigns p.
func (f *finder) emptyGuard(decl *ast.FuncDecl, fn *types.Func, call *ast.CallExpr) int {
	params := fn.Signature().Params()
	path := pathTo(decl, call)
	for k := 1; k < len(path); k++ {
		switch n := path[k].(type) {
		case *ast.IfStmt:
			if path[k-1] == n.Body {
				if j := f.emptyTest(n.Cond, params, token.EQL); j >= 0 && !f.assigned(decl, params.At(j)) {
					return j
				}
			}
		case *ast.BlockStmt:
			for _, st := range n.List {
				if st.Pos() >= path[k-1].Pos() {
					break
				}
				is, ok := st.(*ast.IfStmt)
				if !ok || is.Else != nil || is.Init != nil || len(is.Body.List) == 0 {
					continue
				}
				if _, ret := is.Body.List[len(is.Body.List)-1].(*ast.ReturnStmt); !ret {
					continue
				}
				if j := f.emptyTest(is.Cond, params, token.NEQ); j >= 0 && !f.assigned(decl, params.At(j)) {
					return j
				}
			}
		case *ast.FuncDecl:
			return -1
		}
	}
	return -1
}

// emptyTest returns the index of the string parameter that cond compares
// with "" by op (p == "" for EQL, p != "" for NEQ), or -1.
func (f *finder) emptyTest(cond ast.Expr, params *types.Tuple, op token.Token) int {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != op {
		return -1
	}
	x, y := b.X, b.Y
	if s, ok := astutil.ConstString(f.info, x); ok && s == "" {
		x, y = y, x
	}
	if s, ok := astutil.ConstString(f.info, y); !ok || s != "" {
		return -1
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return -1
	}
	obj := f.info.Uses[id]
	for i := range params.Len() {
		if params.At(i) == obj {
			return i
		}
	}
	return -1
}

// assigned reports whether decl's body assigns v or takes its address.
func (f *finder) assigned(decl *ast.FuncDecl, v *types.Var) bool {
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && f.info.ObjectOf(id) == v {
					found = true
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && f.info.Uses[id] == v {
				found = true
			}
		}
		return !found
	})
	return found
}

// pathTo returns the nodes from n up to root, n first.
func pathTo(root, n ast.Node) []ast.Node {
	var stack, path []ast.Node
	ast.Inspect(root, func(m ast.Node) bool {
		if path != nil {
			return false
		}
		if m == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if m.Pos() > n.Pos() || m.End() < n.End() {
			return false
		}
		stack = append(stack, m)
		if m == n {
			for i := len(stack) - 1; i >= 0; i-- {
				path = append(path, stack[i])
			}
			return false
		}
		return true
	})
	return path
}
