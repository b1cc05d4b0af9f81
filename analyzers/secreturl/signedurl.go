package secreturl

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
)

// presigner is a function that signs the URL it builds (see signsURL and
// signsOwnURL); keys are what it signs with, which its URL must not carry.
type presigner struct {
	decl *ast.FuncDecl
	keys map[types.Object]bool
}

// covers reports whether a finding on [pos, end) lies in p's function and
// shows none of its signing keys: a presigned URL carries signatures by
// design, never the key that makes them.
func (c *checker) covers(p presigner, pos, end token.Pos) bool {
	if pos < p.decl.Pos() || pos >= p.decl.End() {
		return false
	}
	key := false
	ast.Inspect(p.decl.Body, func(n ast.Node) bool {
		if n == nil || key || n.End() <= pos || n.Pos() >= end {
			return false
		}
		if id, ok := n.(*ast.Ident); ok && p.keys[c.pass.TypesInfo.ObjectOf(id)] {
			key = true
		}
		return !key
	})
	return !key
}

// signsOwnURL reports whether fn returns a URL (text or *url.URL) that it
// signs: a signing call (hmac's Write, a Sign… method or function, or a
// function of the package that signs) is given the URL or the request
// being built. The signature grants that URL only, until its deadline:
// qiniu's MakePrivateURL (mac.Sign(urlToSign)), its pili SignPublishURL
// (an HMAC over u.Path and u.RawQuery), cos's GetPresignedURL
// (newAuthorization(ak, sk, req)). A token signed over anything else (a
// JWT over its claims) is a bearer credential. It returns the keys the
// function signs with: HMAC keys, and the other operands of the signing
// calls.
func (c *checker) signsOwnURL(fn *ast.FuncDecl) (map[types.Object]bool, bool) {
	if fn.Body == nil || !c.returnsURL(fn) {
		return nil, false
	}
	info := c.pass.TypesInfo
	macs := make(map[types.Object]bool) // variables holding hmac.New(…)
	keys := make(map[types.Object]bool)
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == len(as.Rhs) {
			for i, r := range as.Rhs {
				if call, ok := ast.Unparen(r).(*ast.CallExpr); ok && isHMACNew(info, call) {
					if id, ok := as.Lhs[i].(*ast.Ident); ok {
						macs[info.ObjectOf(id)] = true
					}
					if len(call.Args) == 2 {
						addObjects(info, call.Args[1], keys)
					}
				}
			}
		}
		return true
	})
	signs := false
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		callee, ok := typeutil.Callee(info, call).(*types.Func)
		if !ok {
			return true
		}
		var data []ast.Expr
		sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		switch {
		case isSel && strings.HasPrefix(callee.Name(), "Write") && isObjIn(info, sel.X, macs):
			data = call.Args
		case signingName(callee.Name()) || c.signer(callee, 0):
			data = call.Args
			if isSel {
				data = append(data, sel.X)
			}
		}
		if !slices.ContainsFunc(data, c.mentionsURL) {
			return true
		}
		signs = true
		for _, a := range data {
			if !c.mentionsURL(a) {
				addObjects(info, a, keys)
			}
		}
		return true
	})
	return keys, signs
}

// signer reports whether fn, a function of the package, signs: it calls
// hmac.New or a Sign… function, itself or through the package's functions.
func (c *checker) signer(fn *types.Func, depth int) bool {
	decl := c.decls()[fn.Origin()]
	if decl == nil || decl.Body == nil || depth > 3 {
		return false
	}
	if v, ok := c.signers[fn]; ok {
		return v
	}
	c.signers[fn] = false // a cycle signs nothing new
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			if isHMACNew(c.pass.TypesInfo, call) {
				found = true
			} else if f, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func); ok {
				found = signingName(f.Name()) || c.signer(f, depth+1)
			}
		}
		return !found
	})
	c.signers[fn] = found
	return found
}

// decls indexes the package's function declarations.
func (c *checker) decls() map[*types.Func]*ast.FuncDecl {
	if c.funcs == nil {
		c.funcs = make(map[*types.Func]*ast.FuncDecl)
		for _, f := range c.pass.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok {
					if obj, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
						c.funcs[obj] = fd
					}
				}
			}
		}
	}
	return c.funcs
}

// signingName reports whether a function's name says it signs: Sign,
// SignV2, calSignature; not SignedString (a JWT), Signal or Design, nor
// an account's SignIn, SignUp, SignOut or SignOn.
func signingName(name string) bool {
	if rest, ok := strings.CutPrefix(name, "Sign"); ok {
		for _, w := range []string{"In", "Up", "Out", "On"} {
			if r, ok := strings.CutPrefix(rest, w); ok && (r == "" || unicode.IsUpper(rune(r[0]))) {
				return false
			}
		}
		return rest == "" || unicode.IsUpper(rune(rest[0])) || unicode.IsDigit(rune(rest[0]))
	}
	return strings.HasSuffix(name, "Signature")
}

func isHMACNew(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "crypto/hmac" && fn.Name() == "New"
}

// returnsURL reports whether fn's first result is text or a URL.
func (c *checker) returnsURL(fn *ast.FuncDecl) bool {
	obj, ok := c.pass.TypesInfo.Defs[fn.Name].(*types.Func)
	if !ok || obj.Signature().Results().Len() == 0 {
		return false
	}
	t := obj.Signature().Results().At(0).Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	b, isBasic := t.Underlying().(*types.Basic)
	return astutil.IsNamed(t, "net/url", "URL") || isBasic && b.Info()&types.IsString != 0
}

// mentionsURL reports whether e refers to a URL or a request: a value of
// type url.URL or http.Request, or a variable named for a URL (urlToSign).
func (c *checker) mentionsURL(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		x, ok := n.(ast.Expr)
		if !ok || found {
			return !found
		}
		if t := c.pass.TypesInfo.TypeOf(x); t != nil {
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			found = astutil.IsNamed(t, "net/url", "URL") || astutil.IsNamed(t, "net/http", "Request")
		}
		if id, ok := x.(*ast.Ident); ok && !found {
			l := strings.ToLower(id.Name)
			found = strings.Contains(l, "url") || strings.Contains(l, "uri")
		}
		return !found
	})
	return found
}

// addObjects adds the variables and fields e refers to.
func addObjects(info *types.Info, e ast.Expr, to map[types.Object]bool) {
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := info.ObjectOf(id).(*types.Var); ok {
				to[v] = true
			}
		}
		return true
	})
}

func isObjIn(info *types.Info, e ast.Expr, set map[types.Object]bool) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && set[info.ObjectOf(id)]
}
