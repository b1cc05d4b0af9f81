package credential

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
)

// A function that attaches the package's credential to the request it
// receives is where the package's requests get it: its callers hand it
// requests without one. mailjet-apiv3-go's doRequest logs its request's
// headers (debugRequest, core.go:233) one line before
// req.SetBasicAuth(public, private): the dump shows what its one caller
// put on the request, Accept, User-Agent and the user's extra headers,
// and no credential.

// authorizedLater reports whether the request parameter v of decl, at
// position at (before which only harmless uses of v run: see
// usesBefore), holds no credential because decl attaches one to it after
// at, and no call of decl in the package passes a request its caller gave
// a credential first. decl must be unexported, and called directly only:
// another package, or a function value, may pass anything.
func (m *Model) authorizedLater(decl *ast.FuncDecl, v *types.Var, at token.Pos) bool {
	fn, _ := m.info.Defs[decl.Name].(*types.Func)
	if fn == nil || fn.Exported() || !m.attachesAfter(decl.Body, v, at) {
		return false
	}
	index := paramIndex(fn, v)
	if index < 0 {
		return false
	}
	calls := m.directCalls(fn)
	if len(calls) == 0 {
		return false // no call seen (tests or reflection), or used as a value
	}
	for _, call := range calls {
		if index >= len(call.Args) {
			return false
		}
		caller := m.declAt(call.Pos())
		if caller == nil || caller.Body == nil || m.attachesBefore(caller.Body, call.Args[index], call) {
			return false
		}
	}
	return true
}

// paramIndex is the index of v among fn's parameters, or −1 (also for a
// variadic one).
func paramIndex(fn *types.Func, v *types.Var) int {
	sig := fn.Signature()
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == v && !(sig.Variadic() && i == sig.Params().Len()-1) {
			return i
		}
	}
	return -1
}

// attachesAfter reports whether body, outside its function literals,
// attaches a credential to the request variable v after at.
func (m *Model) attachesAfter(body *ast.BlockStmt, v *types.Var, at token.Pos) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok || found {
			return false
		}
		if call, ok := n.(*ast.CallExpr); ok && call.Pos() > at {
			if req, credential := m.attachCall(call); credential && isVar(m.info, req, v) {
				found = true
			}
		}
		return !found
	})
	return found
}

// attachesBefore reports whether body, before the call passing req (a
// request expression), may give req a credential: a credential attached
// to it (see attachCall), its headers replaced, or req handed to a
// function of the package, which may attach one.
func (m *Model) attachesBefore(body *ast.BlockStmt, req ast.Expr, at *ast.CallExpr) bool {
	same := func(e ast.Expr) bool { return types.ExprString(ast.Unparen(e)) == types.ExprString(ast.Unparen(req)) }
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found || n == nil || n.Pos() >= at.Pos() || n == at {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if r, credential := m.attachCall(n); r != nil && same(r) {
				found = credential
			}
			if fn, ok := typeutil.Callee(m.info, n).(*types.Func); ok && fn.Pkg() == m.ev.pkg {
				for _, a := range n.Args {
					found = found || same(a)
				}
			}
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && sel.Sel.Name == "Header" && same(sel.X) {
					found = true // req.Header = h
				}
			}
		}
		return !found
	})
	return found
}

// attachCall matches a call that puts something on a request's headers,
// returns the request, and says whether what it puts may be a
// credential: SetBasicAuth, AddCookie, and Header.Set or Add under a
// credential header's name or with a credential value. A header of a
// name not known, with a value not known to be a credential (the user's
// extra headers, copied in), is none of the package's credentials.
func (m *Model) attachCall(call *ast.CallExpr) (req ast.Expr, credential bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, false
	}
	switch sel.Sel.Name {
	case "SetBasicAuth", "AddCookie":
		if astutil.IsNamed(m.info.TypeOf(sel.X), "net/http", "Request") {
			return sel.X, true
		}
	case "Set", "Add":
		hdr, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
		if !ok || hdr.Sel.Name != "Header" || len(call.Args) != 2 || !astutil.IsNamed(m.info.TypeOf(hdr.X), "net/http", "Request") {
			return nil, false
		}
		name, constant := m.constString(call.Args[0])
		return hdr.X, constant && credentialHeaderLike(name) || m.holdsCredential(call.Args[1])
	}
	return nil, false
}

// directCalls returns the calls of a package function or method, or nil
// when it is also used otherwise (a function or method value).
func (m *Model) directCalls(fn *types.Func) []*ast.CallExpr {
	uses := 0
	for _, obj := range m.info.Uses {
		if obj == fn {
			uses++
		}
	}
	var calls []*ast.CallExpr
	for _, decl := range m.ev.decls {
		if decl.Body == nil {
			continue
		}
		ast.Inspect(decl.Body, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && typeutil.StaticCallee(m.info, call) == fn {
				calls = append(calls, call)
			}
			return true
		})
	}
	if len(calls) != uses {
		return nil
	}
	return calls
}
