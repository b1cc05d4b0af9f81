package credential

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/credlint/credlint/internal/astutil"
)

// Reaching definitions of local variables, on the syntax: which of the
// values assigned to a variable can be the one it holds at a position.
// gosnowflake's ParseDSN unescapes the user, the password, the database
// and the role in turn into one s (dsn.go:596-626): the role it stores
// last is not the password stored before, and an err logged before a
// later err = … does not hold what that assignment gives it.

// flowVar reports whether v is a local variable (not a parameter or a
// named result) whose assignments all lie in the function that declares
// it, outside its function literals: then its syntax tells which of them
// reach a position in that function.
func (ev *Evidence) flowVar(v *types.Var) bool {
	ev.mu.Lock()
	ok, seen := ev.flowVars[v]
	ev.mu.Unlock()
	if seen {
		return ok
	}
	ok = ev.checkFlowVar(v)
	ev.mu.Lock()
	if ev.flowVars == nil {
		ev.flowVars = make(map[*types.Var]bool)
	}
	ev.flowVars[v] = ok
	ev.mu.Unlock()
	return ok
}

func (ev *Evidence) checkFlowVar(v *types.Var) bool {
	if !isLocal(v) || len(ev.defs[v]) < 2 {
		return false
	}
	path := astutil.Enclosing(ev.files, v.Pos())
	fn := funcOf(path)
	if fn == nil || hasGoto(fn) {
		return false
	}
	for _, n := range path {
		if _, ok := n.(*ast.FieldList); ok {
			return false // a parameter or a named result: its callers give it a value
		}
		if n == fn {
			break
		}
	}
	for _, d := range ev.defs[v] {
		if funcOf(astutil.Enclosing(ev.files, d.Pos())) != fn {
			return false // a closure assigns it, or a caller
		}
	}
	return true
}

// funcOf returns the innermost function declaration or literal of path.
func funcOf(path []ast.Node) ast.Node {
	for _, n := range path {
		switch n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return n
		}
	}
	return nil
}

// hasGoto reports whether fn holds a goto: a jump the block structure
// does not show.
func hasGoto(fn ast.Node) bool {
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if b, ok := n.(*ast.BranchStmt); ok && b.Tok == token.GOTO {
			found = true
		}
		return !found
	})
	return found
}

// reaches reports whether the value d, assigned to v (a flowVar), can be
// v's value at pos. It cannot when the assignment comes after pos with no
// loop around both, or when every path to pos passes another assignment
// of v: one that stands, unconditionally, in a block enclosing pos, before
// the statement that holds pos, with d not between the two.
func (ev *Evidence) reaches(v *types.Var, d ast.Expr, pos token.Pos) bool {
	path := astutil.Enclosing(ev.files, pos)
	fn := funcOf(path)
	if fn == nil || funcOf(astutil.Enclosing(ev.files, d.Pos())) != fn {
		return true // pos is in a closure, which may run at any time
	}
	if d.Pos() <= pos && pos < d.End() || pos < d.Pos() {
		// pos reads v before d is assigned: only a loop brings d round.
		loop := false
		for _, n := range path {
			if n == fn {
				break
			}
			switch n.(type) {
			case *ast.ForStmt, *ast.RangeStmt:
				loop = loop || n.Pos() <= d.Pos() && d.End() <= n.End()
			}
		}
		if !loop {
			return false
		}
	}
	for k, n := range path {
		if n == fn {
			break
		}
		list, ok := stmtList(n)
		if !ok || k == 0 {
			continue
		}
		holder := path[k-1] // the statement of n that holds pos
		for _, st := range list {
			if st == holder {
				break
			}
			// d itself, or assigned after st on the way to pos, or
			// brought round by a loop inside holder: st is passed first.
			if ev.kills(st, v) && !(st.Pos() <= d.Pos() && d.Pos() < holder.End()) {
				return false
			}
		}
	}
	return true
}

// kills reports whether st assigns v as a whole, unconditionally: v = …,
// v := …, var v = ….
func (ev *Evidence) kills(st ast.Stmt, v *types.Var) bool {
	switch st := st.(type) {
	case *ast.AssignStmt:
		if st.Tok != token.ASSIGN && st.Tok != token.DEFINE {
			return false
		}
		for _, l := range st.Lhs {
			if ev.names(l, v) {
				return true
			}
		}
	case *ast.DeclStmt:
		gd, ok := st.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			return false
		}
		for _, sp := range gd.Specs {
			vs := sp.(*ast.ValueSpec)
			for _, name := range vs.Names {
				if ev.info.Defs[name] == v {
					return true
				}
			}
		}
	}
	return false
}

// shareDef reports whether some assignment of v, a flowVar, reaches both
// p and u: only then can the value v holds at u be the one at p.
func (ev *Evidence) shareDef(v *types.Var, p, u token.Pos) bool {
	for _, d := range ev.defs[v] {
		if ev.reaches(v, d, p) && ev.reaches(v, d, u) {
			return true
		}
	}
	return false
}

// missesDef reports whether some assignment of v, a flowVar, cannot reach
// pos: then v's value there is judged by those that can (see atVar).
func (ev *Evidence) missesDef(v *types.Var, pos token.Pos) bool {
	if !ev.flowVar(v) {
		return false
	}
	for _, d := range ev.defs[v] {
		if !ev.reaches(v, d, pos) {
			return true
		}
	}
	return false
}

// stmtList returns the statements of a block or a case clause, run in
// order.
func stmtList(n ast.Node) ([]ast.Stmt, bool) {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List, true
	case *ast.CaseClause:
		return n.Body, true
	case *ast.CommClause:
		return n.Body, true
	}
	return nil, false
}
