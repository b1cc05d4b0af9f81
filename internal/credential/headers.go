package credential

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/sinks"
	"golang.org/x/tools/go/types/typeutil"
)

// Headers reports whether e is, or prints, a request's headers: an
// http.Header, an *http.Request or http.Request (their %v shows the
// headers), a struct holding either by value, the output of
// httputil.DumpRequest or DumpRequestOut (or a variable assigned it in the
// function), or a direct read of a credential header (Header.Get or
// Values("Authorization"), Header["Cookie"]). It returns what e is, for
// messages. Call Enter on the enclosing function body first.
//
// Credential values read from a header into a variable are Credential
// sources instead: Headers covers the header itself.
func (m *Model) Headers(e ast.Expr) (string, bool) {
	what, ok := m.headers(e, true)
	if ok {
		if left, incomplete := m.redactionLeaves(e); incomplete {
			what += ", redacted but for the " + left + " header the package sets"
		}
	}
	return what, ok
}

// headers is Headers; reads says whether direct header reads count, which
// they do in a sink's argument but not when assigned to a variable.
func (m *Model) headers(e ast.Expr, reads bool) (string, bool) {
	what, ok := m.headersOf(e, reads)
	if ok && (m.cleanRequestIn(e) || m.transportOnly(e.Pos())) {
		return "", false // dumped before any credential is attached, or where none ever is
	}
	return what, ok
}

func (m *Model) headersOf(e ast.Expr, reads bool) (string, bool) {
	if m.cleanHeader(e, 0) {
		return "", false // http.Header{"Content-Type": …}, never given a credential
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if m.masked[m.info.ObjectOf(x)] {
			return "", false // a dump whose credentials a regexp replaced
		}
		if m.redactedCopy(x) {
			return "", false
		}
		if what, ok := m.dumps[m.info.ObjectOf(x)]; ok {
			return what, true
		}
		if what, ok := m.rangedHeader(x); ok {
			return what, true // for name, v := range req.Header
		}
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			if what, ok := m.headers(x.X, reads); ok {
				return what, true
			}
			return m.headers(x.Y, reads)
		}
	case *ast.CallExpr:
		if tv, ok := m.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return m.headers(x.Args[0], reads) // string(dump)
		}
		if h, ok := m.headerCopy(x); ok {
			return m.headers(h, reads) // toSimpleMap(req.Header)
		}
		fn, _ := typeutil.Callee(m.info, x).(*types.Func)
		if fn == nil || fn.Pkg() == nil {
			break
		}
		if m.redactsHeaders(fn) {
			return "", false // redactHeaders(req.Header)
		}
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && (fn.Name() == "String" || fn.Name() == "Bytes") {
			if obj := m.buffer(sel.X); obj != nil {
				if what, ok := m.dumps[obj]; ok {
					return what, true // buf.String() of a buffer the headers were written to
				}
			}
		}
		switch path := fn.Pkg().Path(); {
		case path == "net/http/httputil" && strings.HasPrefix(fn.Name(), "DumpRequest"):
			return "the output of httputil." + fn.Name(), true
		case path == "fmt" && strings.HasPrefix(fn.Name(), "Sprint"), path == "strings", path == "bytes":
			for _, a := range sinks.FormatShown(m.info, x, fn) {
				if what, ok := m.headers(a, reads); ok {
					return what, true
				}
			}
			return "", false
		case reads && isHeaderGet(fn) && len(x.Args) == 1:
			if name, ok := m.constString(x.Args[0]); ok && IsCredentialHeader(name) {
				return "the " + name + " header", true
			}
		}
	case *ast.CompositeLit:
		// map[string]any{"header": req.Header}: a structured log entry
		// holding the headers prints them.
		if _, isMap := m.info.TypeOf(x).Underlying().(*types.Map); isMap {
			for _, elt := range x.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if what, ok := m.headers(kv.Value, reads); ok {
						return what, true
					}
				}
			}
		}
	case *ast.SelectorExpr:
		if astutil.FieldOf(m.info, x, "net/http", "Response") {
			return "", false // resp.Header: the server's headers, also promoted (struct{ *http.Response })
		}
	case *ast.IndexExpr:
		if t := m.info.TypeOf(x.X); reads && t != nil && astutil.IsNamed(t, "net/http", "Header") {
			if name, ok := m.constString(x.Index); ok && IsCredentialHeader(name) {
				return "the " + name + " header", true
			}
		}
		if id, ok := ast.Unparen(x.X).(*ast.Ident); ok {
			if what, ok := m.rangedHeader(id); ok {
				return what, true // v[j] of for k, v := range req.Header
			}
		}
	}
	t := m.info.TypeOf(e)
	if t == nil {
		return "", false
	}
	return HeaderType(t)
}

// redactedCopy reports whether every value assigned to the variable id is
// the result of a header redactor (see redactsHeaders).
func (m *Model) redactedCopy(id *ast.Ident) bool {
	if m.ev == nil {
		return false
	}
	v, ok := m.info.ObjectOf(id).(*types.Var)
	if !ok || v.IsField() || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return false
	}
	defs := m.ev.defs[v]
	for _, d := range defs {
		call, ok := ast.Unparen(d).(*ast.CallExpr)
		if !ok {
			return false
		}
		fn, _ := typeutil.Callee(m.info, call).(*types.Func)
		if fn == nil || !m.redactsHeaders(fn) {
			return false
		}
	}
	return len(defs) > 0
}

// cleanRequestIn reports whether e shows a request that, where e is
// evaluated, provably holds no credential yet (see cleanRequestAt): the
// request itself, its Header, a header read from it, or its dump.
func (m *Model) cleanRequestIn(e ast.Expr) bool {
	if m.ev == nil {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return m.cleanRequestAt(x, x.Pos(), false, 0)
	case *ast.StarExpr:
		return m.cleanRequestAt(x.X, x.Pos(), false, 0)
	case *ast.SelectorExpr:
		return x.Sel.Name == "Header" && m.cleanRequestAt(x.X, x.Pos(), false, 0)
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(m.info, x).(*types.Func)
		if fn == nil || fn.Pkg() == nil || len(x.Args) == 0 {
			return false
		}
		if fn.Pkg().Path() == "net/http/httputil" {
			// DumpRequest(req, body): with the body, the body must be empty.
			body := true
			if len(x.Args) > 1 {
				if tv := m.info.Types[x.Args[1]]; tv.Value != nil && tv.Value.ExactString() == "false" {
					body = false
				}
			}
			return m.cleanRequestAt(x.Args[0], x.Pos(), body, 0) || m.redactedBefore(x.Args[0], x.Pos())
		}
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && isHeaderGet(fn) {
			return m.cleanRequestIn(sel.X) // req.Header.Get("Authorization")
		}
	}
	return false
}

// redactedBefore reports whether, before at in the function around it, the
// request req had its credential header last replaced by a constant or deleted
// (go-containerregistry's logging transport sets "authorization" to
// "<redacted>" on the request, dumps it, then restores the saved headers).
func (m *Model) redactedBefore(req ast.Expr, at token.Pos) bool {
	id, ok := ast.Unparen(req).(*ast.Ident)
	if !ok || m.ev == nil {
		return false
	}
	v := m.info.Uses[id]
	decl := m.declAt(at)
	if v == nil || decl == nil || decl.Body == nil {
		return false
	}
	return m.headerRedactedIn(decl.Body, v, at)
}

// headerRedactedIn reports whether, in body before at, the credential
// headers of v (a request, whose Header is written, or an http.Header)
// were last replaced by a constant or a redactor's result, or deleted,
// and they are all the credential headers the package sets (see
// redaction.go).
func (m *Model) headerRedactedIn(body *ast.BlockStmt, v types.Object, at token.Pos) bool {
	redacted := m.redactedHeaders(body, v, at)
	if len(redacted) == 0 {
		return false
	}
	_, left := m.leftUnredacted(redacted)
	return !left
}

// redactsHeaders reports whether fn, a function of the package returning
// headers or a request, is a sanitizer by what it does: each value it
// returns is a variable whose credential header it replaced by a constant
// or deleted before the return (a copy, newHeaders.Set("Authorization",
// "[REDACTED]")), or a parameter whose credential header it read, to
// return it unchanged only where that header is absent (conjur-api-go's
// redactHeaders). A function that returns its argument untouched, or
// redacts a copy it does not return, is none.
func (m *Model) redactsHeaders(fn *types.Func) bool {
	if m.ev == nil {
		return false
	}
	fn = fn.Origin()
	decl := m.ev.decls[fn]
	rets := m.ev.returns[fn]
	if decl == nil || decl.Body == nil || len(rets) == 0 {
		return false
	}
	res := fn.Signature().Results()
	if res.Len() == 0 {
		return false
	}
	if _, ok := HeaderType(res.At(0).Type()); !ok {
		return false
	}
	redacted := false
	for _, r := range rets {
		id, ok := ast.Unparen(r).(*ast.Ident)
		if !ok {
			return false
		}
		v, ok := m.info.Uses[id].(*types.Var)
		if !ok {
			return false
		}
		switch {
		case m.headerRedactedIn(decl.Body, v, r.Pos()):
			redacted = true
		case m.isParamOf(v, fn) && v != fn.Signature().Recv() && m.readsCredentialHeader(decl.Body, v):
		default:
			return false
		}
	}
	return redacted
}

// readsCredentialHeader reports whether body reads a credential header of
// v: v.Get("Authorization"), or v.Header.Get of a request.
func (m *Model) readsCredentialHeader(body *ast.BlockStmt, v *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if found || !ok || len(call.Args) != 1 {
			return !found
		}
		fn, _ := typeutil.Callee(m.info, call).(*types.Func)
		sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if fn == nil || sel == nil || !isHeaderGet(fn) {
			return true
		}
		x := ast.Unparen(sel.X)
		if hdr, ok := x.(*ast.SelectorExpr); ok && hdr.Sel.Name == "Header" {
			x = ast.Unparen(hdr.X)
		}
		if base, ok := x.(*ast.Ident); ok && m.info.Uses[base] == v {
			name, ok := m.constString(call.Args[0])
			found = ok && IsCredentialHeader(name)
		}
		return !found
	})
	return found
}

// cleanHeader reports whether e is an http.Header that provably holds no
// credential: a literal whose names are constants not credentialHeaderLike
// and whose values are no credential, make(http.Header), nil, or a
// variable (unexported, or a parameter of an unexported function) whose
// every value is one of these and into which the package writes no header
// that may carry a credential, itself or through a function it is passed
// to. Only with the package's evidence.
func (m *Model) cleanHeader(e ast.Expr, depth int) bool {
	if m.ev == nil || depth > 4 {
		return false
	}
	t := m.info.TypeOf(e)
	if t == nil || !astutil.IsNamed(t, "net/http", "Header") {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		for _, elt := range x.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return false
			}
			name, ok := m.constString(kv.Key)
			if !ok || credentialHeaderLike(name) {
				return false
			}
			if m.holdsCredential(kv.Value) {
				return false
			}
		}
		return true
	case *ast.CallExpr:
		id, ok := ast.Unparen(x.Fun).(*ast.Ident)
		return ok && id.Name == "make" && m.info.Uses[id] == types.Universe.Lookup("make")
	case *ast.Ident:
		if m.info.Types[x].IsNil() {
			return true
		}
		v, ok := m.info.Uses[x].(*types.Var)
		return ok && m.cleanHeaderVar(v, depth)
	}
	return false
}

// holdsCredential reports whether a header value, a string or a []string
// literal, may hold a credential.
func (m *Model) holdsCredential(e ast.Expr) bool {
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
		return slices.ContainsFunc(lit.Elts, m.holdsCredential)
	}
	if t := m.info.TypeOf(e); t == nil || !IsStringLike(t) {
		return true // values from elsewhere: unknown
	}
	_, ok := m.Credential(e)
	return ok
}

func (m *Model) cleanHeaderVar(v *types.Var, depth int) bool {
	if m.cleanVars == nil {
		m.cleanVars = make(map[*types.Var]bool)
	}
	if clean, ok := m.cleanVars[v]; ok {
		return clean
	}
	m.cleanVars[v] = false // a cycle proves nothing
	clean := m.cleanHeaderVarUncached(v, depth)
	m.cleanVars[v] = clean
	return clean
}

func (m *Model) cleanHeaderVarUncached(v *types.Var, depth int) bool {
	ev := m.ev
	if v.Pkg() != ev.pkg || v.IsField() || m.headerWritten(v, 0) {
		return false
	}
	for _, val := range ev.headerSets[v] {
		if m.holdsCredential(val) {
			return false // h.Set("X-Session", token)
		}
	}
	defs := ev.defs[v]
	if v.Parent() == ev.pkg.Scope() {
		if v.Exported() {
			return false // other packages may write into it
		}
	} else if len(defs) == 0 {
		return false // a closure's parameter, a named result: nothing known
	} else if fn := m.paramOwner(v); fn != nil && fn.Exported() {
		return false // callers in other packages pass what they like
	}
	for _, d := range defs {
		if dt := m.info.TypeOf(d); dt == nil || !astutil.IsNamed(dt, "net/http", "Header") {
			continue // h[name] = values, judged by headerWritten
		}
		if !m.cleanHeader(d, depth+1) {
			return false
		}
	}
	return true
}

// headerWritten reports whether the package may write a credential header
// into v, directly or through the parameters it is passed to.
func (m *Model) headerWritten(v types.Object, depth int) bool {
	ev := m.ev
	if ev.headerWrites[v] || ev.headerEscapes[v] {
		return true
	}
	if depth > 4 {
		return len(ev.headerArgs[v]) > 0
	}
	for _, p := range ev.headerArgs[v] {
		if p != v && m.headerWritten(p, depth+1) {
			return true
		}
	}
	return false
}

// paramOwner is the package function v is a parameter of, or nil.
func (m *Model) paramOwner(v *types.Var) *types.Func {
	if m.params == nil {
		m.params = make(map[*types.Var]*types.Func)
		for fn := range m.ev.decls {
			sig := fn.Signature()
			for p := range sig.Params().Variables() {
				m.params[p] = fn
			}
		}
	}
	return m.params[v]
}

// HeaderType reports whether printing a value of type t whole shows
// request headers: http.Header, http.Request or a pointer to one, or a
// struct that holds one of them by value (fmt prints nested pointers as
// addresses). Types with their own String, Error or LogValue method are
// trusted, when the method is in the method set of the type printed (see
// printsItself). http.Response is not reported: its headers are the
// server's.
func HeaderType(t types.Type) (string, bool) {
	printed := t
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	switch {
	case astutil.IsNamed(t, "net/http", "Header"):
		return "http.Header", true
	case astutil.IsNamed(t, "net/http", "Request"):
		return "an http.Request", true
	}
	if astutil.IsNamed(t, "net/http", "Response") || printsItself(printed) {
		return "", false
	}
	return headerField(t, 0)
}

func headerField(t types.Type, depth int) (string, bool) {
	if depth > 2 {
		return "", false
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return "", false
	}
	for f := range st.Fields() {
		ft := types.Unalias(f.Type())
		if astutil.IsNamed(ft, "net/http", "Header") || astutil.IsNamed(ft, "net/http", "Request") && !isPointer(ft) {
			return "a struct holding " + types.TypeString(ft, types.RelativeTo(nil)) + " in field " + f.Name(), true
		}
		if _, ok := ft.(*types.Pointer); ok || astutil.IsNamed(ft, "net/http", "Response") {
			continue // printed as an address; the server's headers
		}
		if printsItself(ft) {
			continue
		}
		if what, ok := headerField(ft, depth+1); ok {
			return what, true
		}
	}
	return "", false
}

func isPointer(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Pointer)
	return ok
}

// constString is the value of a constant string expression.
func (m *Model) constString(e ast.Expr) (string, bool) {
	return astutil.ConstString(m.info, e)
}

// isWriteCall reports, by syntax alone, whether e may write text into a
// buffer: buf.Write(…), buf.WriteString(…), fmt.Fprint*(&buf, …). Gather
// lists such statements among a body's flow (see flowWrite).
func isWriteCall(e ast.Expr) bool {
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	switch sel.Sel.Name {
	case "Write", "WriteString", "Fprint", "Fprintf", "Fprintln":
		return true
	}
	return false
}

// flowWrite records a write of request headers into a local buffer
// (buf.WriteString(k + ": " + v) while ranging over req.Header, or
// fmt.Fprintf(&sb, "%s=%v", k, v)): the buffer's text then shows them, as
// a dump does.
func (m *Model) flowWrite(call *ast.CallExpr) {
	fn, _ := typeutil.Callee(m.info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	var dst ast.Expr
	src := call.Args
	switch {
	case fn.Pkg().Path() == "fmt" && len(call.Args) > 1:
		dst, src = call.Args[0], call.Args[1:]
	case fn.Signature().Recv() != nil:
		dst = call.Fun.(*ast.SelectorExpr).X // isWriteCall's test
	default:
		return
	}
	obj := m.buffer(dst)
	if obj == nil || sinks.IsLogWriter(dst) {
		return // a buffer named as a log is a sink: what it gets is reported there
	}
	if _, done := m.dumps[obj]; done {
		return
	}
	for _, a := range src {
		if what, ok := m.headers(a, false); ok {
			m.dumps[obj], m.changed = what, true
			return
		}
	}
}

// buffer returns the variable e names, or whose address it takes, when it
// is a bytes.Buffer or a strings.Builder (or a pointer to one); nil for
// anything else (a field, a call's result, an interface).
func (m *Model) buffer(e ast.Expr) types.Object {
	v := astutil.VarOperand(m.info, e)
	if v == nil {
		return nil
	}
	t := v.Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if astutil.IsNamed(t, "bytes", "Buffer") || astutil.IsNamed(t, "strings", "Builder") {
		return v
	}
	return nil
}
