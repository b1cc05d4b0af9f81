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

// URLPassword reports whether e, printed whole, shows the password of a
// URL: e is a *url.URL or its *url.Userinfo (both String methods write
// "user:password"), or X.String() of one, and the URL holds a password by
// the package's evidence: its password is read (u.User.Password(), the
// password kept), or url.UserPassword is set into it; and the package
// never sets its user info to anything else (safe.User = nil). u.Redacted(),
// u.Host and a url.URL value (fmt shows its User pointer as an address)
// show none. It also returns the *url.URL whose Redacted form would print
// the rest (nil when e is the Userinfo).
func (m *Model) URLPassword(e ast.Expr) (ast.Expr, Source, bool) {
	if m.ev == nil {
		return nil, Source{}, false
	}
	x := ast.Unparen(e)
	if call, ok := x.(*ast.CallExpr); ok {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "String" || len(call.Args) != 0 {
			return nil, Source{}, false
		}
		x = ast.Unparen(sel.X) // u.String(), u.User.String()
	} else if _, ptr := types.Unalias(m.info.TypeOf(x)).(*types.Pointer); !ptr {
		return nil, Source{}, false
	}
	t := m.info.TypeOf(x)
	fixed := x
	if t != nil && astutil.IsNamed(t, "net/url", "Userinfo") {
		sel, ok := x.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "User" {
			return nil, Source{}, false
		}
		x, fixed = ast.Unparen(sel.X), nil // u.User
	} else if t == nil || !astutil.IsNamed(t, "net/url", "URL") {
		return nil, Source{}, false
	}
	src, ok := m.urlHolds(x, 0)
	return fixed, src, ok
}

// urlHolds reports whether the URL x holds a password (see URLPassword).
func (m *Model) urlHolds(x ast.Expr, depth int) (Source, bool) {
	x = ast.Unparen(x)
	switch u := x.(type) {
	case *ast.UnaryExpr:
		if u.Op == token.AND {
			return m.urlHolds(u.X, depth)
		}
		return Source{}, false
	case *ast.StarExpr:
		return m.urlHolds(u.X, depth)
	case *ast.CompositeLit:
		if user := astutil.Field(u, "User"); user != nil {
			if set, ok := m.userPassword(user); ok && set {
				return Source{Kind: Named, Name: "set by url.UserPassword"}, true
			}
		}
		return Source{}, false
	}
	var v *types.Var
	switch x := x.(type) {
	case *ast.Ident:
		v, _ = m.info.Uses[x].(*types.Var)
	case *ast.SelectorExpr:
		v, _ = m.info.Uses[x.Sel].(*types.Var)
	}
	if v == nil {
		return Source{}, false
	}
	v = v.Origin()
	set := m.urlUsers()[v]
	switch {
	case set.other:
		return Source{}, false // its user info replaced or cleared somewhere
	case m.ev.used[v] || m.ev.usedPart[v]:
		return Source{Kind: Named, Name: "read with User.Password()"}, true
	case set.password:
		return Source{Kind: Named, Name: "set by url.UserPassword"}, true
	}
	if depth < 3 {
		for _, d := range m.ev.defs[v] {
			if src, ok := m.urlHolds(d, depth+1); ok {
				return src, true
			}
		}
	}
	return Source{}, false
}

// urlUser says what the package sets as a URL variable's or field's user
// info: url.UserPassword with a password, or anything else.
type urlUser struct{ password, other bool }

// urlUsers finds, once per model, the assignments u.User = … of the
// package, by the variable or field u.
func (m *Model) urlUsers() map[types.Object]urlUser {
	if m.urlUserSets != nil {
		return m.urlUserSets
	}
	m.urlUserSets = make(map[types.Object]urlUser)
	for _, f := range m.ev.files {
		ast.Inspect(f, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != len(as.Rhs) {
				return true
			}
			for i, l := range as.Lhs {
				sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "User" || !astutil.IsNamed(m.info.TypeOf(sel.X), "net/url", "URL") {
					continue
				}
				base := baseOf(m.info, sel.X)
				if base == nil {
					continue
				}
				s := m.urlUserSets[base]
				if set, ok := m.userPassword(as.Rhs[i]); ok && set {
					s.password = true
				} else {
					s.other = true
				}
				m.urlUserSets[base] = s
			}
			return true
		})
	}
	return m.urlUserSets
}

// userPassword matches url.UserPassword(user, password), and says whether
// the password may be set: not the constant "".
func (m *Model) userPassword(e ast.Expr) (set, ok bool) {
	call, isCall := ast.Unparen(e).(*ast.CallExpr)
	if !isCall || len(call.Args) != 2 {
		return false, false
	}
	fn, isFn := typeutil.Callee(m.info, call).(*types.Func)
	if !isFn || fn.Name() != "UserPassword" || fn.Pkg() == nil || fn.Pkg().Path() != "net/url" {
		return false, false
	}
	s, isConst := astutil.ConstString(m.info, call.Args[1])
	return !isConst || s != "", true
}

// URLCarries reports whether e, a URL printed whole (text, a *url.URL, a
// request's URL, or its String()), was built with a credential in it
// although the value is not known to be one: the value of a credential
// query parameter, by secreturl's patterns (base + "?api_key=" + k,
// fmt.Sprintf("%s?token=%s", …)), or the password of its user info
// written as text ("https://" + user + ":" + pass + "@" + host), which
// secreturl does not report. The URL is followed
// through variables, parameters (what callers pass), url.Parse and
// http.NewRequest.
func (m *Model) URLCarries(e ast.Expr) (Source, bool) {
	if m.ev == nil || m.ev.handover[ast.Unparen(e)] {
		return Source{}, false // a link shown to the user on purpose (handover.go)
	}
	return m.urlCarries(e, 0, true)
}

// URLErrorCarries is URLCarries for the URL a *url.Error of net/http's
// client quotes (e, the URL or the request sent): the client stars out
// the password of its user info (stripPassword), so only a credential
// elsewhere in the URL counts.
func (m *Model) URLErrorCarries(e ast.Expr) (Source, bool) {
	if m.ev == nil {
		return Source{}, false
	}
	return m.urlCarries(e, 0, false)
}

// urlDepth is how many definitions, arguments and returns urlCarries
// follows from the URL it is asked about.
const urlDepth = 5

// urlCarries is URLCarries; userinfo says whether a password in the
// URL's user info counts.
func (m *Model) urlCarries(e ast.Expr, depth int, userinfo bool) (Source, bool) {
	if depth > urlDepth {
		return Source{}, false
	}
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.Ident:
		v, ok := m.info.Uses[x].(*types.Var)
		if !ok || !urlLike(v.Type()) || slices.Contains(m.quiet, v) {
			return Source{}, false // a wrapper's parameter: its callers are reported
		}
		// The loops test the depth before they call: a parameter's
		// definitions are what every caller passes (go-github's
		// NewRequest(method, urlStr, body) has 1,500 callers), and calls
		// past the depth, each answering nothing at once, were 73 million
		// of go-github's 75 million.
		if depth < urlDepth {
			for _, d := range m.ev.defs[v.Origin()] {
				if src, ok := m.urlCarries(d, depth+1, userinfo); ok {
					return src, true
				}
			}
		}
		return m.rawQueryCarries(v)
	case *ast.CompositeLit:
		// url.URL{RawQuery: q.Encode()} of url.Values given a credential.
		if astutil.IsNamed(m.info.TypeOf(x), "net/url", "URL") {
			for _, elt := range x.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "RawQuery" {
						return m.valuesCarry(kv.Value)
					}
				}
			}
		}
		return Source{}, false
	case *ast.SelectorExpr:
		if x.Sel.Name == "URL" && astutil.IsNamed(m.info.TypeOf(x.X), "net/http", "Request") {
			return m.urlCarries(x.X, depth+1, userinfo) // req.URL
		}
		return Source{}, false
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return m.urlCarries(x.X, depth, userinfo)
		}
		return Source{}, false
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(m.info, x).(*types.Func); ok {
			if i, ok := sinks.URLArg(fn); ok && i < len(x.Args) {
				return m.urlCarries(x.Args[i], depth+1, userinfo) // url.Parse(s), http.NewRequest(…, s, …)
			}
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && fn.Name() == "String" && len(x.Args) == 0 &&
				astutil.IsNamed(m.info.TypeOf(sel.X), "net/url", "URL") {
				return m.urlCarries(sel.X, depth+1, userinfo)
			}
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && (fn.Name() == "WithContext" || fn.Name() == "Clone") &&
				astutil.IsNamed(m.info.TypeOf(sel.X), "net/http", "Request") {
				return m.urlCarries(sel.X, depth+1, userinfo) // req.WithContext(ctx): the same URL
			}
			if base, parts, ok := sinks.JoinPathParts(m.info, x); ok {
				// u.JoinPath("webhooks", id, token): what u carries, or an
				// element of the path it adds.
				if src, ok := m.urlCarries(base, depth+1, userinfo); ok {
					return src, true
				}
				return m.partsCarry(parts, userinfo)
			}
			if _, local := m.ev.decls[fn.Origin()]; local && fn.Signature().Results().Len() > 0 && urlLike(fn.Signature().Results().At(0).Type()) {
				// A helper of the package that builds the URL (discord's
				// CreateAPIURLFromConfig puts the webhook token in its path).
				if depth < urlDepth {
					for _, r := range m.ev.returns[fn.Origin()] {
						if src, ok := m.urlCarries(r, depth+1, userinfo); ok {
							return src, true
						}
					}
				}
				return Source{}, false
			}
		}
	}
	return m.partsCarry(m.urlParts(e), userinfo)
}

// urlParts is sinks.URLParts, once per expression: urlCarries reaches the
// same text from every call that leads to it (go-github's 1,500 requests
// share their URL helpers), and splitting a format again each time cost
// more than following the flow.
func (m *Model) urlParts(e ast.Expr) []sinks.URLPart {
	if p, ok := m.urlPartsOf[e]; ok {
		return p
	}
	if m.urlPartsOf == nil {
		m.urlPartsOf = make(map[ast.Expr][]sinks.URLPart)
	}
	p := sinks.URLParts(m.info, e)
	m.urlPartsOf[e] = p
	return p
}

// partsCarry looks in URL text for a credential query parameter or a
// user info password whose value is an operand that may be one, a
// credential anywhere in the path or the query ("/v1/" + apiKey +
// "/items", "?user=" + apiKey), or the Encode() of url.Values holding one.
func (m *Model) partsCarry(parts []sinks.URLPart, userinfo bool) (Source, bool) {
	text := "" // the constant text so far, operands as "*"
	for i, p := range parts {
		if p.Lit {
			text += p.Text
			continue
		}
		next := ""
		if i+1 < len(parts) && parts[i+1].Lit {
			next = parts[i+1].Text
		}
		name, param := sinks.QueryParam(text)
		var j ParamJudgement
		if param {
			j = m.ParamCarries(name, p.Expr)
		}
		if j.ByName {
			return Source{Kind: Named, Name: ShowExpr(p.Expr) + " (as " + name + "=)"}, true
		}
		if _, after, ok := strings.Cut(text, "://"); userinfo && ok && strings.HasSuffix(after, ":") && !strings.ContainsAny(after, "/@?") &&
			strings.HasPrefix(next, "@") && m.PlausibleParamValue("password", p.Expr) {
			return Source{Kind: Named, Name: ShowExpr(p.Expr) + " (as the URL's password)"}, true
		}
		if pathOrQuery(text) {
			if src, ok := m.valuesCarry(p.Expr); ok && strings.HasSuffix(text, "?") {
				return src, true
			}
			if param && j.Evidence {
				return Source{Kind: Named, Name: j.Source.Describe() + " (as " + name + "=)"}, true
			}
			if src, ok := m.Credential(p.Expr); ok && !param {
				where := " (in the URL path)"
				if strings.Contains(text, "?") {
					where = " (in the URL query)"
				}
				return Source{Kind: Named, Name: src.Describe() + where}, true
			}
		}
		text += "*"
	}
	return Source{}, false
}

// pathOrQuery reports whether an operand that follows the URL text so
// far (operands as "*") lands in its path or query, not in its scheme,
// user info or host: a "/" after the authority, or a "?".
func pathOrQuery(text string) bool {
	if _, after, ok := strings.Cut(text, "://"); ok {
		return strings.ContainsAny(after, "/?")
	}
	return strings.HasPrefix(text, "*") && strings.ContainsAny(text, "/?") || strings.HasPrefix(text, "/")
}

// rawQueryCarries reports whether the function that declares v, a local
// *url.URL or url.URL, sets its query to the Encode() of url.Values given
// a credential (u.RawQuery = data.Encode(), shoutrrr's join service).
func (m *Model) rawQueryCarries(v *types.Var) (Source, bool) {
	if !isLocal(v) || !astutil.IsNamed(v.Type(), "net/url", "URL") {
		return Source{}, false
	}
	decl := m.declAt(v.Pos())
	if decl == nil || decl.Body == nil {
		return Source{}, false
	}
	var src Source
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if found || !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			return !found
		}
		sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr)
		if ok && sel.Sel.Name == "RawQuery" && isVar(m.info, sel.X, v) {
			src, found = m.valuesCarry(as.Rhs[0])
		}
		return !found
	})
	return src, found
}

// isVar reports whether e is a use of v.
func isVar(info *types.Info, e ast.Expr, v *types.Var) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && info.Uses[id] == v
}

// A querySrc is what valuesCarry found for one url.Values variable.
type querySrc struct {
	src Source
	ok  bool
}

// valuesCarry reports whether e is v.Encode() of a url.Values variable
// into which the function that declares v sets a credential
// (v.Set("token", c.Token), v.Add("key", apiKey)): the query carries it.
func (m *Model) valuesCarry(e ast.Expr) (Source, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return Source{}, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Encode" || !astutil.IsNamed(m.info.TypeOf(sel.X), "net/url", "Values") {
		return Source{}, false
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return Source{}, false
	}
	v, ok := m.info.Uses[id].(*types.Var)
	if !ok || v.Parent() == nil {
		return Source{}, false
	}
	if q, done := m.queryCreds[v]; done {
		return q.src, q.ok
	}
	if m.queryCreds == nil {
		m.queryCreds = make(map[*types.Var]querySrc)
	}
	m.queryCreds[v] = querySrc{} // a cycle finds nothing
	var q querySrc
	if f := astutil.FileOf(m.ev.files, v.Pos()); f != nil {
		ast.Inspect(f, func(n ast.Node) bool {
			if q.ok {
				return false
			}
			if n != nil && (n.End() < v.Pos() || n.Pos() > v.Parent().End()) {
				return false
			}
			set, ok := n.(*ast.CallExpr)
			if !ok || len(set.Args) != 2 {
				return true
			}
			s, ok := ast.Unparen(set.Fun).(*ast.SelectorExpr)
			if !ok || s.Sel.Name != "Set" && s.Sel.Name != "Add" {
				return true
			}
			if x, ok := ast.Unparen(s.X).(*ast.Ident); !ok || m.info.Uses[x] != v {
				return true
			}
			name, _ := astutil.ConstString(m.info, set.Args[0]) // "" when not constant: the value alone decides
			switch j := m.ParamCarries(name, set.Args[1]); {
			case j.ByName:
				q = querySrc{Source{Kind: Named, Name: ShowExpr(set.Args[1]) + " (as " + name + "=)"}, true}
			case j.Evidence:
				q = querySrc{Source{Kind: Named, Name: j.Source.Describe() + " (in the URL query)"}, true}
			}
			return true
		})
	}
	m.queryCreds[v] = q
	return q.src, q.ok
}

// A ParamJudgement is what ParamCarries finds in a query parameter's value.
type ParamJudgement struct {
	// Evidence: the value is a credential by the model's own evidence,
	// explained by Source.
	Evidence bool
	Source   Source
	// ByName: the parameter's name is a credential's (api_key, token) and
	// the value can be one (PlausibleParamValue).
	ByName bool
}

// ParamCarries judges value as the value of query parameter name, for
// every check that meets a query (secreturl; the URLs and url.Values that
// secretlog and headerlog follow into errors): a credential by its own
// evidence, or under a credential parameter's name; neither under a
// parameter a protocol puts in URLs (InURLBySpec). Callers word their
// message after the reason they give first.
func (m *Model) ParamCarries(name string, value ast.Expr) ParamJudgement {
	var j ParamJudgement
	if InURLBySpec(name) {
		return j
	}
	j.ByName = IsCredentialParam(name) && m.PlausibleParamValue(name, value)
	j.Source, j.Evidence = m.Credential(value)
	return j
}

// PlausibleParamValue rules out values of a credential-named query
// parameter that cannot be credentials: constants, non-text, numbers and
// flags formatted by strconv, pagination cursors and values whose name
// (a variable's, a field's, or the function's that returns it) says they
// are about something else.
func (m *Model) PlausibleParamValue(name string, e ast.Expr) bool {
	tv, ok := m.info.Types[e]
	if !ok || tv.Value != nil || !IsStringLike(tv.Type) {
		return false
	}
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok && m.ev != nil {
		if f, ok := m.info.ObjectOf(sel.Sel).(*types.Var); ok && m.ev.PublicHalf(f) {
			return false // api_key=p.ClientKey beside p.Secret: Last.fm's public API key
		}
	}
	v := astutil.Name(e)
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		if fn, ok := typeutil.Callee(m.info, call).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "strconv" &&
			(strings.HasPrefix(fn.Name(), "Format") || fn.Name() == "Itoa") {
			return false // a number or a flag: oauthTokens=true
		}
		v = astutil.Name(call.Fun) // "?key=" + objectPrefix()
	}
	if v != "" {
		return !IsCursor(v) && ClassifyName(v) != About && !NamesOtherValue(name, v)
	}
	return true
}

// urlLike reports whether a variable of type t may hold a URL: text, a
// url.URL or an http.Request.
func urlLike(t types.Type) bool {
	return IsStringLike(t) || astutil.IsNamed(t, "net/url", "URL") || astutil.IsNamed(t, "net/http", "Request")
}
