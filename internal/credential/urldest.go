package credential

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/sinks"
)

// Whether text holding a credential is a URL is decided by where it goes.
// A credential in a URL leaks when the URL is requested (access logs,
// proxies) or printed; a data source name with the same "?token=" shape
// is handed to a database driver, which parses it and sends the secret in
// its own login exchange (gosnowflake's DSN), and printing it is secretlog's
// concern, not a URL's.

// dest is a set of the places a value goes.
type dest uint8

const (
	// destSent: the URL argument of net/http's Get, Head, Post or
	// PostForm, or of a request built by NewRequest and only sent by
	// Client.Do, which star the user info's password out of their errors.
	destSent dest = 1 << iota
	// destRequest: any other URL use (http.NewRequest, url.Parse…).
	destRequest
	// destDSN: a database driver's data source name (sinks.DSNArg).
	destDSN
	// destOther: anywhere else, or a place not followed: printed, stored
	// in a field, returned out of the package, given to another package.
	destOther
)

// maxDestDepth bounds how many variables, parameters and returns the
// destinations of one value are followed through (gorqlite's URL goes
// through 6: u, out, assembleURL's result, url, doOnce's parameter, req).
const maxDestDepth = 6

// OnlySent reports whether the URL e (text, or a url.URL literal whose
// String() is taken) goes only to net/http's client as the URL of a Get,
// Head, Post or PostForm: directly, through local variables, parameters
// of the package's functions, and the results of its unexported functions
// (shoutrrr's zulip getAPIURL). Go's client turns the URL's user info
// into Basic auth and stars the password out of the *url.Error it returns,
// so the secret travels as SetBasicAuth would send it.
func (m *Model) OnlySent(e ast.Expr) bool {
	return m.ev != nil && m.destinations(e) == destSent
}

// OnlySentURL is OnlySent for the URL held by x, a local variable whose
// user info is set by assignment (u.User = url.UserPassword(…), gorqlite's
// assembleURL): x is a url.URL value or a pointer it defined from a
// url.URL literal, so no other variable shares the URL.
func (m *Model) OnlySentURL(x ast.Expr) bool {
	id := identOf(x)
	if m.ev == nil || id == nil {
		return false
	}
	v, ok := m.info.Uses[id].(*types.Var)
	if !ok || !isLocal(v) {
		return false
	}
	decl := m.declAt(v.Pos())
	if decl == nil || decl.Body == nil || !m.ownURL(v, decl) {
		return false
	}
	return m.varDest(v, decl, 0, make(map[types.Object]bool)) == destSent
}

// ownURL reports whether the local variable v of decl holds a URL no
// other variable shares: a url.URL value, or a pointer every assignment
// of which is &url.URL{…} (u = c.base later would share c.base's).
func (m *Model) ownURL(v *types.Var, decl *ast.FuncDecl) bool {
	if !astutil.IsNamed(v.Type(), "net/url", "URL") {
		return false
	}
	if _, ptr := types.Unalias(v.Type()).(*types.Pointer); !ptr {
		return true
	}
	own, shared := false, false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if shared {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if id := identOf(l); id == nil || m.info.Defs[id] != v && m.info.Uses[id] != v {
					continue
				}
				if len(n.Lhs) != len(n.Rhs) || !isNewURL(n.Rhs[i]) {
					shared = true
					return false
				}
				own = true
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && isVar(m.info, n.X, v) {
				shared = true // &u: written through another pointer
			}
		}
		return true
	})
	return own && !shared
}

// isNewURL reports whether e is &T{…}, a pointer to a value of its own.
func isNewURL(e ast.Expr) bool {
	u, ok := ast.Unparen(e).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return false
	}
	_, ok = ast.Unparen(u.X).(*ast.CompositeLit)
	return ok
}

// NeverRequested reports whether text built at e (by + or fmt.Sprintf,
// or appended to a variable by +=) is no URL requested over HTTP: it
// reaches a database driver as its data source name and no URL use (a
// DSN handed to sql.Open, and perhaps printed), or it starts with a
// scheme other than http, https, ws or wss (postgres://, googlechat://),
// or with user info not after "//" (url.QueryEscape(user) + ":" + … + "@"
// + host, a DSN's user:password@host).
func (m *Model) NeverRequested(e ast.Expr) bool {
	if m.ev == nil {
		return false
	}
	if d := m.destinations(e); d&destDSN != 0 && d&(destRequest|destSent) == 0 {
		return true
	}
	if m.nonHTTPHead(sinks.URLParts(m.info, e)) {
		return true
	}
	// dsn += "?" + params.Encode(): the head is what dsn held before.
	as, v := m.appendedTo(e)
	if v == nil {
		return false
	}
	decl := m.declAt(v.Pos())
	if decl == nil || decl.Body == nil {
		return false
	}
	heads, known := 0, true
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		a, ok := n.(*ast.AssignStmt)
		if !ok || a == as || !known {
			return known
		}
		for i, l := range a.Lhs {
			if !isVar(m.info, l, v) && m.info.Defs[identOf(l)] != v {
				continue
			}
			if a.Tok == token.ADD_ASSIGN || len(a.Lhs) != len(a.Rhs) || !m.nonHTTPHead(sinks.URLParts(m.info, a.Rhs[i])) {
				known = false
			}
			heads++
		}
		return known
	})
	return known && heads > 0
}

// assignedTo reports whether e is among the left-hand sides of n, an
// assignment.
func assignedTo(n ast.Node, e ast.Expr) bool {
	as, ok := n.(*ast.AssignStmt)
	return ok && slices.Contains(as.Lhs, e)
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// appendedTo returns the statement v += e that appends e to the local
// text variable v, if e is appended so.
func (m *Model) appendedTo(e ast.Expr) (*ast.AssignStmt, *types.Var) {
	path := astutil.PathTo(m.ev.files, e)
	if len(path) < 2 {
		return nil, nil
	}
	as, ok := path[1].(*ast.AssignStmt)
	if !ok || as.Tok != token.ADD_ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 || as.Rhs[0] != path[0] {
		return nil, nil
	}
	id := identOf(as.Lhs[0])
	if id == nil {
		return nil, nil
	}
	v, ok := m.info.Uses[id].(*types.Var)
	if !ok || !isLocal(v) {
		return nil, nil
	}
	return as, v
}

// nonHTTPHead reports whether text built from parts cannot be a URL
// requested over HTTP by how it starts: a constant scheme that is not
// http, https, ws or wss; or user info ("…@") before any "/", "?" or
// "://", after constant text or text escaped by url.QueryEscape, which
// cannot hold a scheme.
func (m *Model) nonHTTPHead(parts []sinks.URLPart) bool {
	for len(parts) > 0 && parts[0].Lit && parts[0].Text == "" {
		parts = parts[1:] // Sprintf's text before its first verb
	}
	if len(parts) == 0 || !parts[0].Lit && !m.queryEscaped(parts[0].Expr) {
		return false
	}
	text := ""
	for _, p := range parts {
		if p.Lit {
			text += p.Text
		} else {
			text += "*"
		}
	}
	if scheme, _, ok := strings.Cut(text, "://"); ok {
		return !strings.ContainsAny(scheme, "*/?@") && scheme != "" && !SentOverHTTP(scheme)
	}
	at := strings.IndexByte(text, '@')
	return at > 0 && !strings.ContainsAny(text[:at], "/?#")
}

// queryEscaped reports whether e is url.QueryEscape(…).
func (m *Model) queryEscaped(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	return ok && fn.FullName() == "net/url.QueryEscape"
}

// SentOverHTTP reports whether a URL of this scheme is requested over
// HTTP, where its query lands in access logs: http, https and the
// WebSocket schemes (the handshake is an HTTP request). A URL of another
// scheme with a query is a configuration string (a DSN, a service URL).
func SentOverHTTP(scheme string) bool {
	switch strings.ToLower(scheme) {
	case "http", "https", "ws", "wss":
		return true
	}
	return false
}

// destinations is where the value of e goes (see dest).
func (m *Model) destinations(e ast.Expr) dest {
	return m.destsOf(e, -1, 0, make(map[types.Object]bool))
}

// destsOf is where the value of e goes; res, when not negative, says the
// value is result res of e, a call.
func (m *Model) destsOf(e ast.Expr, res, depth int, seen map[types.Object]bool) dest {
	if depth > maxDestDepth {
		return destOther
	}
	path := astutil.PathTo(m.ev.files, e)
	if path == nil {
		return destOther
	}
	for k := 0; k+1 < len(path); k++ {
		cur := path[k]
		switch p := path[k+1].(type) {
		case *ast.ParenExpr:
			continue
		case *ast.UnaryExpr:
			if p.Op == token.AND {
				continue
			}
			return destOther
		case *ast.BinaryExpr:
			if p.Op == token.ADD {
				continue // the text goes on inside a longer text
			}
			return 0 // compared: it goes nowhere
		case *ast.SelectorExpr:
			if p.X != cur {
				return destOther
			}
			v, ok := m.info.Uses[p.Sel].(*types.Var)
			if ok && v.IsField() && assignedTo(path[k+2], p) {
				return 0 // u.User = …: a part set, nothing read
			}
			if ok && v.IsField() && p.Sel.Name != "User" && p.Sel.Name != "URL" {
				return 0 // u.Host, req.Header: a part; u.User and req.URL print the password
			}
			call, ok := path[k+2].(*ast.CallExpr)
			if ok && call.Fun == p && len(call.Args) == 0 && p.Sel.Name == "Redacted" && astutil.IsNamed(m.info.TypeOf(p.X), "net/url", "URL") {
				return 0 // u.Redacted(): the password starred out
			}
			if ok && p.Sel.Name == "String" && call.Fun == p && len(call.Args) == 0 {
				k++ // u.String(): the same URL as text
				continue
			}
			return destOther
		case *ast.CallExpr:
			if p.Fun == cur {
				return destOther
			}
			fn, _ := typeutil.Callee(m.info, p).(*types.Func)
			if fn == nil {
				return destOther
			}
			if fn.FullName() == "fmt.Sprintf" {
				continue // the text goes on inside a longer text
			}
			i := slices.Index(p.Args, cur.(ast.Expr))
			if i < 0 || p.Ellipsis.IsValid() {
				return destOther
			}
			if IsSanitizer(fn) {
				return 0 // redactURL(u): what it returns shows no password
			}
			if j, ok := sinks.URLArg(fn); ok && j == i && strings.HasPrefix(fn.Name(), "NewRequest") {
				// The request's URL is the text: where the request goes.
				if m.destsOf(p, 0, depth, seen) == destSent {
					return destSent
				}
				return destRequest
			}
			return m.argDest(fn, i, depth, seen)
		case *ast.AssignStmt:
			return m.assignedDest(p.Lhs, p.Rhs, cur.(ast.Expr), res, depth, seen)
		case *ast.ValueSpec:
			return m.assignedDest(astutil.IdentExprs(p.Names), p.Values, cur.(ast.Expr), res, depth, seen)
		case *ast.ReturnStmt:
			i := slices.Index(p.Results, cur.(ast.Expr))
			for _, n := range path[k+2:] {
				switch n := n.(type) {
				case *ast.FuncLit:
					return destOther
				case *ast.FuncDecl:
					return m.returnDest(n, i, depth, seen)
				}
			}
			return destOther
		default:
			return destOther
		}
	}
	return destOther
}

// assignedDest is where e, one of rhs assigned to lhs, goes; res as for
// destsOf.
func (m *Model) assignedDest(lhs, rhs []ast.Expr, e ast.Expr, res, depth int, seen map[types.Object]bool) dest {
	if i := slices.Index(rhs, e); i >= 0 {
		switch {
		case len(lhs) == len(rhs):
			return m.storedDest(lhs[i], depth, seen)
		case len(rhs) == 1 && res >= 0 && res < len(lhs):
			return m.storedDest(lhs[res], depth, seen)
		}
	}
	return destOther
}

// argDest is where argument i of a call of fn goes.
func (m *Model) argDest(fn *types.Func, i, depth int, seen map[types.Object]bool) dest {
	if j, ok := sinks.DSNArg(fn); ok && j == i {
		return destDSN
	}
	if sinks.SendsURL(fn, i) || i == 0 && fn.FullName() == "(*net/http.Client).Do" {
		return destSent
	}
	if j, ok := sinks.URLArg(fn); ok && j == i {
		return destRequest
	}
	decl := m.ev.decls[fn.Origin()]
	sig := fn.Signature()
	if decl == nil || decl.Body == nil || i >= sig.Params().Len() || sig.Variadic() && i >= sig.Params().Len()-1 {
		return destOther
	}
	return m.varDest(sig.Params().At(i), decl, depth+1, seen)
}

// storedDest is where a value assigned to lhs goes: a local variable's
// uses; a field, a global or an element keeps it (destOther).
func (m *Model) storedDest(lhs ast.Expr, depth int, seen map[types.Object]bool) dest {
	id := identOf(lhs)
	if id == nil {
		return destOther
	}
	if id.Name == "_" {
		return 0
	}
	v, ok := m.info.ObjectOf(id).(*types.Var)
	if !ok || !isLocal(v) {
		return destOther
	}
	decl := m.declAt(v.Pos())
	if decl == nil || decl.Body == nil {
		return destOther
	}
	return m.varDest(v, decl, depth+1, seen)
}

// varDest is where the local variable or parameter v of decl goes: where
// each of its reads goes, and, for a named result, where decl's results
// go.
func (m *Model) varDest(v *types.Var, decl *ast.FuncDecl, depth int, seen map[types.Object]bool) dest {
	if seen[v] {
		return 0
	}
	seen[v] = true
	if depth > maxDestDepth {
		return destOther
	}
	var d dest
	if fn, ok := m.info.Defs[decl.Name].(*types.Func); ok {
		results := fn.Signature().Results()
		for i := range results.Len() {
			if results.At(i) == v {
				d |= m.returnDest(decl, i, depth, seen)
			}
		}
	}
	var reads []*ast.Ident
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if isVar(m.info, l, v) && n.Tok != token.ADD_ASSIGN {
					// Written, not read (+= both reads and writes: the
					// text goes on in v, followed already).
					for _, r := range n.Rhs {
						ast.Inspect(r, func(n ast.Node) bool {
							if id, ok := n.(*ast.Ident); ok && m.info.Uses[id] == v {
								reads = append(reads, id)
							}
							return true
						})
					}
					return false
				}
			}
		case *ast.Ident:
			if m.info.Uses[n] == v {
				reads = append(reads, n)
			}
		}
		return true
	})
	for _, id := range reads {
		if d |= m.destsOf(id, -1, depth, seen); d&destOther != 0 {
			break
		}
	}
	return d
}

// returnDest is where result i of decl goes: where each call of it in the
// package puts that result, when decl is an unexported function or
// method (no caller outside the package; shoutrrr's zulip getAPIURL).
func (m *Model) returnDest(decl *ast.FuncDecl, i, depth int, seen map[types.Object]bool) dest {
	fn, ok := m.info.Defs[decl.Name].(*types.Func)
	if !ok || fn.Exported() || i < 0 || seen[fn] {
		return destOther
	}
	seen[fn] = true
	var refs []*ast.Ident
	for _, f := range m.ev.files {
		ast.Inspect(f, func(n ast.Node) bool {
			// A test that checks what the function returns prints its own
			// fixture (gorqlite's parse_test.go quotes assembleURL's
			// result with the test's password): not where the URL goes.
			if id, ok := n.(*ast.Ident); ok && m.info.Uses[id] == fn && !InTestFile(m.ev.fset, id.Pos()) {
				refs = append(refs, id)
			}
			return true
		})
	}
	if len(refs) == 0 {
		return destOther
	}
	var d dest
	for _, id := range refs {
		path := astutil.PathTo(m.ev.files, id)
		if len(path) > 2 {
			if sel, ok := path[1].(*ast.SelectorExpr); ok && sel.Sel == id {
				path = path[1:] // s.getAPIURL(c)
			}
		}
		if len(path) < 2 {
			return destOther
		}
		call, ok := path[1].(*ast.CallExpr)
		if !ok || ast.Unparen(call.Fun) != path[0] {
			return destOther // a function value: called who knows where
		}
		res := -1
		if fn.Signature().Results().Len() > 1 {
			res = i
		}
		if d |= m.destsOf(call, res, depth+1, seen); d&destOther != 0 {
			return d
		}
	}
	return d
}
