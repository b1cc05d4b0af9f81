package credential

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
)

// cleanRequestAt reports whether the *http.Request variable e provably
// holds no credential at position at: statement order matters for a
// request, which gets its credential at one point of the function that
// makes it (debugRequest(req); req.SetBasicAuth(user, key)).
//
// It holds when e is a local variable of the function around at, every
// assignment to it is http.NewRequest or NewRequestWithContext, and no
// use of it before at (or anywhere in a loop around at that the variable
// outlives) can attach a credential: only reads of its fields, headers
// set under harmless names to non-credential values, and comparisons
// pass. A parameter qualifies the same way when its function is an
// unexported plain function, every use of which is a call in the package
// that passes a request clean at that call, or when its function attaches
// the credential itself after at (see authorizedLater). Anything else — a
// request handed to another function before at, one captured by a
// closure, one received from an exported function's caller — may carry
// credentials.
func (m *Model) cleanRequestAt(e ast.Expr, at token.Pos, body bool, depth int) bool {
	if m.ev == nil || depth > 3 {
		return false
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := m.info.Uses[id].(*types.Var)
	if !ok || v.Pkg() != m.ev.pkg || v.IsField() || v.Parent() == m.ev.pkg.Scope() {
		return false
	}
	if t, ok := types.Unalias(v.Type()).(*types.Pointer); !ok || !astutil.IsNamed(t.Elem(), "net/http", "Request") {
		return false
	}
	decl := m.declAt(at)
	if decl == nil || decl.Body == nil {
		return false
	}
	// The function literal or declaration around at must declare v.
	var fn ast.Node = decl
	var ftype *ast.FuncType = decl.Type
	block := decl.Body
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok && lit.Pos() <= at && at < lit.End() {
			fn, ftype, block = lit, lit.Type, lit.Body
		}
		return n == nil || n.Pos() <= at && at < n.End()
	})
	if v.Pos() < fn.Pos() || v.Pos() >= fn.End() {
		return false // captured from an enclosing function
	}
	param := v.Pos() < ftype.End()
	if param && fn != decl {
		return false // a closure's parameter: callers unknown
	}
	if !m.usesBefore(block, v, at, param, body) {
		return false
	}
	if !param {
		return true
	}
	return m.cleanCalls(decl, v, body, depth) || !body && m.authorizedLater(decl, v, at)
}

// usesBefore reports whether every use of v in body that may run before
// at is harmless (see cleanRequestAt); for a local, every assignment must
// also make a new request. A loop around at that v outlives makes its
// whole body run before at.
func (m *Model) usesBefore(body *ast.BlockStmt, v *types.Var, at token.Pos, param, withBody bool) bool {
	var loop ast.Node // the outermost loop around at declared outside v
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil || at < n.Pos() || at >= n.End() {
			return false
		}
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			if loop == nil && (v.Pos() < n.Pos() || v.Pos() >= n.End()) {
				loop = n
			}
		}
		return true
	})
	ok := true
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if !ok {
			return false // no f(nil) follows a false: push nothing
		}
		stack = append(stack, n)
		id, isID := n.(*ast.Ident)
		if !isID || m.info.ObjectOf(id) != v || id.Pos() == v.Pos() && param {
			return true
		}
		inLoop := loop != nil && loop.Pos() <= id.Pos() && id.Pos() < loop.End()
		parents := stack[:len(stack)-1]
		if assigned, clean := m.requestDef(parents, id, v, withBody); assigned {
			ok = clean && !param
			return true
		}
		if id.Pos() >= at && !inLoop {
			return true // runs after at
		}
		for _, p := range parents {
			if _, isLit := p.(*ast.FuncLit); isLit {
				ok = false // a closure may run at any time
			}
		}
		if ok {
			ok = m.harmlessUse(parents, id)
		}
		return true
	})
	return ok
}

// requestDef reports whether id is assigned (or declared) here, and
// whether the value is a new request (http.NewRequest…, or nothing) or
// a copy of v itself (req = req.WithContext(ctx)).
func (m *Model) requestDef(parents []ast.Node, id *ast.Ident, v *types.Var, withBody bool) (assigned, clean bool) {
	if len(parents) == 0 {
		return false, false
	}
	switch p := parents[len(parents)-1].(type) {
	case *ast.AssignStmt:
		for i, lhs := range p.Lhs {
			if lhs != id {
				continue
			}
			var rhs ast.Expr
			if len(p.Rhs) == len(p.Lhs) {
				rhs = p.Rhs[i]
			} else if i == 0 && len(p.Rhs) == 1 {
				rhs = p.Rhs[0]
			}
			return true, rhs != nil && m.newRequest(rhs, v, withBody)
		}
	case *ast.ValueSpec:
		for i, name := range p.Names {
			if name == id {
				return true, len(p.Values) == 0 || i == 0 && m.newRequest(p.Values[0], v, withBody)
			}
		}
	case *ast.UnaryExpr:
		if p.Op == token.AND {
			return true, false // &req: written through a pointer
		}
	}
	return false, false
}

func (m *Model) newRequest(e ast.Expr, v *types.Var, withBody bool) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && (sel.Sel.Name == "WithContext" || sel.Sel.Name == "Clone") {
		id, ok := ast.Unparen(sel.X).(*ast.Ident)
		return ok && m.info.Uses[id] == v
	}
	fn, _ := typeutil.Callee(m.info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "net/http" ||
		fn.Name() != "NewRequest" && fn.Name() != "NewRequestWithContext" {
		return false
	}
	// A dump with its body shows what the body holds (a token request's
	// client_secret): only a request without one is clean then.
	return !withBody || len(call.Args) > 0 && m.noBody(call.Args[len(call.Args)-1])
}

// noBody reports whether e is nil or http.NoBody.
func (m *Model) noBody(e ast.Expr) bool {
	if m.info.Types[e].IsNil() {
		return true
	}
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := m.info.Uses[sel.Sel].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "net/http" && v.Name() == "NoBody"
}

// readMethods are the methods of *http.Request that attach nothing.
func readMethods(w string) bool {
	switch w {
	case "Context", "Cookie", "Cookies", "UserAgent", "Referer",
		"ProtoAtLeast", "BasicAuth", "WithContext", "Clone":
		return true
	}
	return false
}

// readers are the packages whose functions only read a request passed to
// them: printing or dumping it attaches nothing.
func readers(w string) bool {
	switch w {
	case "fmt", "log", "log/slog", "net/http/httputil":
		return true
	}
	return false
}

// harmlessUse reports whether a use of a request, before the point
// judged, attaches no credential: a field read, a harmless header set or
// read, a read method, a comparison.
func (m *Model) harmlessUse(parents []ast.Node, id *ast.Ident) bool {
	p := func(i int) ast.Node { // the i-th ancestor, 0 the parent
		if i < len(parents) {
			return parents[len(parents)-1-i]
		}
		return nil
	}
	switch x := p(0).(type) {
	case *ast.CallExpr:
		return m.readerCall(x, id)
	case *ast.BinaryExpr:
		return x.Op == token.EQL || x.Op == token.NEQ
	case *ast.SelectorExpr:
		if written(parents, x) {
			return false // req.Header = h, req.URL.User = …
		}
		if call, ok := p(1).(*ast.CallExpr); ok && call.Fun == x {
			return readMethods(x.Sel.Name)
		}
		if x.Sel.Name != "Header" {
			return true // req.URL, req.Method
		}
		if call, ok := p(1).(*ast.CallExpr); ok {
			return m.readerCall(call, x) // log.Print(req.Header)
		}
		sel, ok := p(1).(*ast.SelectorExpr)
		if !ok {
			return false // the header map escapes: h := req.Header
		}
		call, ok := p(2).(*ast.CallExpr)
		if !ok || call.Fun != sel {
			return false
		}
		switch sel.Sel.Name {
		case "Get", "Values":
			return true
		case "Set", "Add":
			if len(call.Args) != 2 {
				return false
			}
			return harmlessHeaderName(m.info, call.Args[0]) && !m.holdsCredential(call.Args[1])
		}
	}
	return false
}

// readerCall reports whether call passes arg to a function that only
// reads it (see readers).
func (m *Model) readerCall(call *ast.CallExpr, arg ast.Expr) bool {
	fn, _ := typeutil.Callee(m.info, call).(*types.Func)
	return call.Fun != arg && fn != nil && fn.Pkg() != nil && readers(fn.Pkg().Path())
}

// written reports whether the selector x is (part of) an assignment's
// target.
func written(parents []ast.Node, x ast.Expr) bool {
	for i := len(parents) - 1; i >= 0; i-- {
		switch p := parents[i].(type) {
		case *ast.SelectorExpr, *ast.IndexExpr, *ast.StarExpr, *ast.ParenExpr:
			x = p.(ast.Expr)
			continue
		case *ast.AssignStmt:
			for _, lhs := range p.Lhs {
				if lhs == x {
					return true
				}
			}
		case *ast.IncDecStmt:
			return p.X == x
		}
		return false
	}
	return false
}

// cleanCalls reports whether every use of decl's function is a call in
// the package passing, for parameter v, a request clean at that call.
func (m *Model) cleanCalls(decl *ast.FuncDecl, v *types.Var, body bool, depth int) bool {
	fn, _ := m.info.Defs[decl.Name].(*types.Func)
	if fn == nil || fn.Exported() || decl.Recv != nil {
		return false // exported or a method: callers outside the package or through an interface
	}
	sig := fn.Signature()
	index := -1
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == v {
			index = i
		}
	}
	if index < 0 || sig.Variadic() && index == sig.Params().Len()-1 {
		return false
	}
	calls := m.callsOf(fn)
	if calls == nil {
		return false // no call seen (tests or reflection), or used as a value
	}
	for _, call := range calls {
		if index >= len(call.Args) || !m.cleanRequestAt(call.Args[index], call.Args[index].Pos(), body, depth+1) {
			return false
		}
	}
	return true
}

// callsOf returns the calls of a package function, or nil when there is
// none or the function is also used as a value.
func (m *Model) callsOf(fn *types.Func) []*ast.CallExpr {
	if m.calls == nil {
		m.calls = make(map[*types.Func][]*ast.CallExpr)
		uses := make(map[*types.Func]int)
		for _, obj := range m.info.Uses {
			if f, ok := obj.(*types.Func); ok && f.Pkg() == m.ev.pkg {
				uses[f]++
			}
		}
		for _, decl := range m.ev.decls {
			if decl.Body == nil {
				continue
			}
			ast.Inspect(decl.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				id, ok := ast.Unparen(call.Fun).(*ast.Ident)
				if !ok {
					return true
				}
				if f, ok := m.info.Uses[id].(*types.Func); ok && f.Pkg() == m.ev.pkg {
					m.calls[f] = append(m.calls[f], call)
				}
				return true
			})
		}
		for f, n := range uses {
			if len(m.calls[f]) != n {
				m.calls[f] = nil // a function value: callers unknown
			}
		}
	}
	return m.calls[fn]
}

// declAt is the package function declaration holding pos.
func (m *Model) declAt(pos token.Pos) *ast.FuncDecl {
	if m.declList == nil {
		for _, d := range m.ev.decls {
			m.declList = append(m.declList, d)
		}
		sort.Slice(m.declList, func(i, j int) bool { return m.declList[i].Pos() < m.declList[j].Pos() })
	}
	i := sort.Search(len(m.declList), func(i int) bool { return m.declList[i].End() > pos })
	if i < len(m.declList) && m.declList[i].Pos() <= pos {
		return m.declList[i]
	}
	return nil
}
