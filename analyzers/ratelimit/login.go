package ratelimit

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/credential"
	"github.com/credlint/credlint/internal/httpreq"
)

// A login-time identity fetch is no API call. A package that signs users
// in (it sends them to an authorization endpoint and exchanges the code it
// gets back for their token) fetches the signed-in user's profile once per
// login, with the token it has just obtained for that user, handed in with
// the login's session: goth's providers, whose FetchUser(session) GETs the
// user-info endpoint with sess.AccessToken. The token is new and used
// for a call or two; a 429 there comes back as a failed login, as any
// other status does. An API client that logs in and then makes its calls
// with the session token it keeps (c.sessionToken, read through its
// receiver) makes API calls with it, and stays one.

// loginState is what the package's login flow is made of, found once.
type loginState struct {
	flow   bool                // the package sends users to authorize
	fields map[*types.Var]bool // fields holding a token the package obtained at login
	reads  map[readKey]bool
}

// loginFetch reports whether f, or a same-package function it calls, puts
// on its request a token the package's own login obtained, read from a
// value handed in (the login's session), not from the client itself.
func (c *checker) loginFetch(f *httpreq.Func) bool {
	if c.login == nil {
		c.login = &loginState{fields: make(map[*types.Var]bool), reads: make(map[readKey]bool)}
		c.findLogin()
	}
	if !c.login.flow || len(c.login.fields) == 0 {
		return false
	}
	return c.readsLoginToken(f, 0)
}

// findLogin fills c.login: whether the package sends users to authorize
// (oauth2's AuthCodeURL or Exchange, or a "redirect_uri" query key of its
// own authorization URL), and the fields it stores the token of a login in:
// fields named as credentials, assigned from oauth2's Config.Exchange or
// from a same-package credential fetch (fetchToken returning an
// *oauth2.Token), or in a function that sends one (an Authorize that posts
// the code to the token URL).
func (c *checker) findLogin() {
	info := c.pass.TypesInfo
	for _, f := range c.res.Funcs() {
		if f.Decl == nil || f.Decl.Body == nil || c.res.InTest(f.Decl) {
			continue
		}
		fetch := !c.constructor(f) && c.fetchesCredential(f)
		calls := c.localCalls(f.Decl.Body)
		ast.Inspect(f.Decl.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if fn, ok := calleeOf(info, n); ok && oauth2Config(fn) && (fn.Name() == "AuthCodeURL" || fn.Name() == "Exchange") {
					c.login.flow = true
				}
			case *ast.BasicLit:
				if n.Kind == token.STRING {
					if tv, ok := info.Types[n]; ok && tv.Value != nil && constant.StringVal(tv.Value) == "redirect_uri" {
						c.login.flow = true
					}
				}
			case *ast.AssignStmt:
				if len(n.Lhs) != len(n.Rhs) {
					return true
				}
				for i, lhs := range n.Lhs {
					sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
					if !ok {
						continue
					}
					if v, ok := info.ObjectOf(sel.Sel).(*types.Var); ok && c.tokenField(v) && (fetch || c.fromLogin(n.Rhs[i], calls)) {
						c.login.fields[v] = true
					}
				}
			case *ast.CompositeLit:
				for id, kv := range astutil.Fields(n) {
					if v, ok := info.ObjectOf(id).(*types.Var); ok && c.tokenField(v) && (fetch || c.fromLogin(kv.Value, calls)) {
						c.login.fields[v] = true
					}
				}
			}
			return true
		})
	}
}

// tokenField reports whether v is a field of the package's own types
// named as a credential (Session.AccessToken): the Owner a token fetch also
// sets holds none, and oauth2.Token's AccessToken, which any caller may
// hold and hand to every API call, is no login session of the package.
func (c *checker) tokenField(v *types.Var) bool {
	return v.IsField() && v.Pkg() == c.pass.Pkg && credential.ClassifyName(v.Name()) == credential.Secret
}

// localCalls maps the local variables of body to the call each is set
// from (token, err := p.config.Exchange(ctx, code)).
func (c *checker) localCalls(body *ast.BlockStmt) map[types.Object]*ast.CallExpr {
	out := make(map[types.Object]*ast.CallExpr)
	astutil.Assignments(body, func(lhs *ast.Ident, rhs ast.Expr, at int) bool {
		if call, ok := ast.Unparen(rhs).(*ast.CallExpr); ok && at == 0 {
			out[c.pass.TypesInfo.ObjectOf(lhs)] = call
		}
		return true
	})
	return out
}

// fromLogin reports whether e reads the result of a token exchange:
// oauth2's Config.Exchange, or a same-package credential fetch.
func (c *checker) fromLogin(e ast.Expr, calls map[types.Object]*ast.CallExpr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		id, ok := rootOf(e).(*ast.Ident)
		if !ok {
			return false
		}
		if call, ok = calls[c.pass.TypesInfo.ObjectOf(id)]; !ok {
			return false
		}
	}
	fn, ok := calleeOf(c.pass.TypesInfo, call)
	if !ok {
		return false
	}
	if oauth2Config(fn) {
		return fn.Name() == "Exchange"
	}
	g := c.res.Func(fn)
	return g != nil && g.Decl != nil && !c.constructor(g) && c.fetchesCredential(g)
}

// readsLoginToken reports whether f, or a function it calls a few levels
// down, reads a login field through a value that is not its receiver's.
//
// The answer is memoised per function and depth: what a function reaches
// depends on the depth budget left, so an answer cut short at depth 3 must
// not stand for a call at depth 0 (and Callees is a map, so which comes
// first would vary from run to run). Depth grows on every call, so a cycle
// ends at the bound without a sentinel.
func (c *checker) readsLoginToken(f *httpreq.Func, depth int) bool {
	k := readKey{f, depth}
	if v, ok := c.login.reads[k]; ok {
		return v
	}
	v := c.readsLoginTokenUncached(f, depth)
	c.login.reads[k] = v
	return v
}

// readKey is a function and the depth it was asked about at.
type readKey struct {
	f     *httpreq.Func
	depth int
}

func (c *checker) readsLoginTokenUncached(f *httpreq.Func, depth int) bool {
	if f.Decl == nil || f.Decl.Body == nil || depth > 3 {
		return false
	}
	info := c.pass.TypesInfo
	recv := f.Obj.Signature().Recv()
	found := false
	ast.Inspect(f.Decl.Body, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || found {
			return !found
		}
		if v, ok := info.ObjectOf(sel.Sel).(*types.Var); ok && c.login.fields[v] && c.handedIn(f, sel.X, recv, 0) {
			found = true
		}
		return !found
	})
	if found {
		return true
	}
	for g := range f.Callees() {
		if g != f && c.readsLoginToken(g, depth+1) {
			return true
		}
	}
	return false
}

// handedIn reports whether e is rooted in a parameter of f other than its
// receiver, or in a local variable set from one (sess :=
// session.(*Session)): a value the caller hands in, not the client's own.
func (c *checker) handedIn(f *httpreq.Func, e ast.Expr, recv *types.Var, depth int) bool {
	id, ok := rootOf(e).(*ast.Ident)
	if !ok || depth > 3 {
		return false
	}
	v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || v == recv || v.Parent() == c.pass.Pkg.Scope() || v.Pkg() != c.pass.Pkg {
		return false
	}
	for p := range f.Obj.Signature().Params().Variables() {
		if p == v {
			return true
		}
	}
	// A local: every value it is set from must be handed in.
	vals := 0
	all := true
	astutil.Assignments(f.Decl.Body, func(lhs *ast.Ident, rhs ast.Expr, _ int) bool {
		if c.pass.TypesInfo.ObjectOf(lhs) == v {
			vals++
			all = c.handedIn(f, rhs, recv, depth+1)
		}
		return all
	})
	return vals > 0 && all
}

// rootOf returns the variable an access path starts from: sess for
// sess.AccessToken, session for session.(*Session).
func rootOf(e ast.Expr) ast.Expr {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.TypeAssertExpr:
			e = x.X
		case *ast.UnaryExpr:
			e = x.X
		default:
			return x
		}
	}
}

// oauth2Config reports whether fn is a method of golang.org/x/oauth2's
// Config.
func oauth2Config(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	return recv != nil && astutil.IsNamed(recv.Type(), "golang.org/x/oauth2", "Config")
}
