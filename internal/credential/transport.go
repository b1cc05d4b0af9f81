package credential

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/sinks"
)

// attachment records where a package puts credentials on its requests. A
// client that authenticates in a RoundTripper (dnsimple's
// BasicAuthTransport: req2 := clone(req); req2.SetBasicAuth(…)) and
// nowhere else sends requests that hold no credential anywhere outside
// that RoundTrip: logging them before Do shows none.
type attachment struct {
	inTransport bool // a RoundTrip method of the package attaches one
	elsewhere   bool // some other code may attach one
	serves      bool // the package has HTTP handlers: its requests may be incoming ones, with the client's credentials
}

// transportOnly reports whether the request headers at pos hold none of
// the package's credentials: the package attaches them only in a
// RoundTrip, serves no requests, and pos is neither in a RoundTrip nor in
// a function that one calls.
func (m *Model) transportOnly(pos token.Pos) bool {
	if m.ev == nil {
		return false
	}
	a := m.ev.attach
	if !a.inTransport || a.elsewhere || a.serves {
		return false
	}
	decl := m.declAt(pos)
	if decl == nil || isRoundTrip(m.info.Defs[decl.Name]) {
		return false
	}
	fn, _ := m.info.Defs[decl.Name].(*types.Func)
	if fn == nil {
		return false
	}
	for _, call := range m.callsOf(fn) {
		if d := m.declAt(call.Pos()); d == nil || isRoundTrip(m.info.Defs[d.Name]) {
			return false
		}
	}
	return true
}

// isRoundTrip reports whether obj is a RoundTrip method.
func isRoundTrip(obj types.Object) bool {
	fn, ok := obj.(*types.Func)
	return ok && fn != nil && fn.Name() == "RoundTrip" && fn.Signature().Recv() != nil
}

// noteAttachCall records a call that may put a credential on a request:
// what the sinks table knows sets a header under a name not known to be
// harmless, a header map, basic auth or a token (http.Header.Set,
// SetBasicAuth, resty's SetHeader and SetAuthToken), and AddCookie and
// url.UserPassword. s and isSink are the table's answer for callee; fn is
// the declared function around the call (nil inside a function literal:
// counted as elsewhere).
func (ev *Evidence) noteAttachCall(call *ast.CallExpr, callee *types.Func, s sinks.Sink, isSink bool, fn *types.Func) {
	attaches := false
	if isSink {
		switch s.Kind {
		case sinks.Header:
			attaches = s.First >= len(call.Args) || !harmlessHeaderName(ev.info, call.Args[s.First])
		case sinks.HeaderMap, sinks.BasicAuth, sinks.AuthToken:
			attaches = true
		}
	} else if callee.Pkg() != nil {
		switch callee.Pkg().Path() + "." + callee.Name() {
		case "net/url.UserPassword", "net/http.AddCookie":
			attaches = true
		}
	}
	if attaches {
		ev.noteAttach(fn)
	}
}

// noteAttachAssign records an assignment that may put a credential on a
// request: req.Header = h, h[name] = v under a name not known to be
// harmless. A fresh empty header (make(http.Header), http.Header{}) and a
// copy of another header's entries (for k, v := range r.Header { h[k] = v })
// add none. rhs is nil when unknown.
func (ev *Evidence) noteAttachAssign(lhs, rhs ast.Expr, fn *types.Func) {
	switch x := ast.Unparen(lhs).(type) {
	case *ast.SelectorExpr:
		if x.Sel.Name == "Header" && astutil.IsNamed(ev.info.TypeOf(x.X), "net/http", "Request") && !emptyHeader(rhs) {
			ev.noteAttach(fn)
		}
	case *ast.IndexExpr:
		if !astutil.IsNamed(ev.info.TypeOf(x.X), "net/http", "Header") || harmlessHeaderName(ev.info, x.Index) {
			return
		}
		if id, ok := ast.Unparen(x.Index).(*ast.Ident); ok && ev.headerKeys[ev.info.ObjectOf(id)] {
			return // copying another header's entries
		}
		ev.noteAttach(fn)
	}
}

// emptyHeader reports whether e makes a new header with nothing in it.
func emptyHeader(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		id, ok := ast.Unparen(x.Fun).(*ast.Ident)
		return ok && id.Name == "make" && id.Obj == nil
	case *ast.CompositeLit:
		return len(x.Elts) == 0
	}
	return false
}

// noteHeaderRange records the key of a range over an http.Header.
func (ev *Evidence) noteHeaderRange(r *ast.RangeStmt) {
	if id, ok := r.Key.(*ast.Ident); ok && astutil.IsNamed(ev.info.TypeOf(r.X), "net/http", "Header") {
		if obj := ev.info.ObjectOf(id); obj != nil {
			ev.headerKeys[obj] = true
		}
	}
}

func (ev *Evidence) noteAttach(fn *types.Func) {
	if isRoundTrip(fn) {
		ev.attach.inTransport = true
	} else {
		ev.attach.elsewhere = true
	}
}

// noteServes records a function that handles HTTP requests (a parameter
// of type http.ResponseWriter).
func (ev *Evidence) noteServes(ft *ast.FuncType) {
	if ft == nil || ft.Params == nil {
		return
	}
	for _, p := range ft.Params.List {
		if astutil.IsNamed(ev.info.TypeOf(p.Type), "net/http", "ResponseWriter") {
			ev.attach.serves = true
		}
	}
}
