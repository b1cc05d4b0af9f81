package credential

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"
)

// isLocal reports whether obj is a variable declared inside a function.
func isLocal(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && !v.IsField() && v.Parent() != nil && v.Parent() != types.Universe &&
		(v.Pkg() == nil || v.Parent() != v.Pkg().Scope())
}

// usedApart reports whether v, a local whose name says nothing of
// credentials, is used as one only on paths that cannot share its value at
// pos: go-oidc's UserInfo reads a reply into body, returns
// fmt.Errorf("%s: %s", resp.Status, body) when the status is not 200, and
// only past that return verifies body as a signed JWT. An ambiguous name
// (token) is corroborated by any use, as before.
func (ev *Evidence) usedApart(v *types.Var, pos token.Pos) bool {
	uses := ev.usedAt[v]
	if len(uses) == 0 || !isLocal(v) || ClassifyName(v.Name()) != Plain {
		return false
	}
	for _, u := range uses {
		if !ev.apart(pos, u) {
			return false
		}
	}
	return true
}

// apartVar answers for v where its uses as a credential are apart (see
// usedApart): by what it is assigned, not by those uses. It is not
// memoised (the answer depends on the position); busy ends cycles.
func (m *Model) apartVar(v *types.Var, at token.Pos) (Source, bool) {
	if src, ok := m.derived[v]; ok {
		return src, true
	}
	if m.apartBusy[v] {
		return Source{}, false
	}
	if m.apartBusy == nil {
		m.apartBusy = make(map[*types.Var]bool)
	}
	m.apartBusy[v] = true
	defer delete(m.apartBusy, v)
	return m.evVarUsed(v, false, at)
}

// apart reports whether no path runs from p to u or from u to p within
// one function: one of them is in a block that ends in a return or a
// panic, which the other follows.
func (ev *Evidence) apart(p, u token.Pos) bool {
	return ev.endsBefore(p, u) || ev.endsBefore(u, p)
}

// endsBefore reports whether a is inside a block that does not hold b,
// ends in a return or panic, and ends before b.
func (ev *Evidence) endsBefore(a, b token.Pos) bool {
	var file *ast.File
	for _, f := range ev.files {
		if f.FileStart <= a && a <= f.FileEnd {
			file = f
			break
		}
	}
	if file == nil {
		return false
	}
	path, _ := astutil.PathEnclosingInterval(file, a, a)
	for _, n := range path {
		var list []ast.Stmt
		switch n := n.(type) {
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.CommClause:
			list = n.Body
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		default:
			continue
		}
		if n.Pos() <= b && b < n.End() {
			return false // the first block holding both: no exit between them
		}
		if b >= n.End() && len(list) > 0 && terminates(list[len(list)-1]) {
			return true
		}
	}
	return false
}

// terminates reports whether s leaves the function: a return or a panic.
func terminates(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.ExprStmt:
		if call, ok := s.X.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}
