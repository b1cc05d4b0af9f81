package cleartext

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/httpreq"
	"github.com/credlint/credlint/internal/netname"
)

// A plainURL is a cleartext URL a request is made for.
type plainURL struct {
	origin string // scheme and host only: "http://api.example.com"
	via    string // the variable or field it came from, "" if written in place
}

// plain follows a URL expression to the constant it starts with: a
// constant, a concatenation or Sprintf starting with one, url.Parse or
// JoinPath of one, or a variable or field whose values in the package are
// one. It reports an http:// URL with a constant, non-loopback host.
func plain(info *types.Info, res *httpreq.Result, e ast.Expr, depth int) (plainURL, bool) {
	if depth > 4 {
		return plainURL{}, false
	}
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() != constant.String {
			return plainURL{}, false
		}
		return cleartext(constant.StringVal(tv.Value), false)
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if p, ok := astutil.ConstString(info, e.X); ok {
			return cleartext(p, true)
		}
		return plain(info, res, e.X, depth+1)
	case *ast.Ident, *ast.SelectorExpr:
		var obj types.Object
		if id, ok := e.(*ast.Ident); ok {
			obj = info.Uses[id]
		} else {
			obj = info.Uses[e.(*ast.SelectorExpr).Sel]
		}
		if _, ok := obj.(*types.Var); !ok {
			return plainURL{}, false
		}
		for _, v := range res.Values(obj) {
			if u, ok := plain(info, res, v, depth+1); ok {
				if u.via == "" {
					u.via = obj.Name()
				}
				return u, true
			}
		}
	case *ast.StarExpr:
		return plain(info, res, e.X, depth+1)
	case *ast.UnaryExpr:
		return plain(info, res, e.X, depth+1)
	case *ast.CallExpr:
		return plainCall(info, res, e, depth)
	}
	return plainURL{}, false
}

// plainCall follows the URL through the calls that keep its start.
func plainCall(info *types.Info, res *httpreq.Result, call *ast.CallExpr, depth int) (plainURL, bool) {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return plainURL{}, false
	}
	path, name := fn.Pkg().Path(), fn.Name()
	recv := fn.Signature().Recv() != nil
	switch {
	case path == "fmt" && name == "Sprintf" && len(call.Args) > 0:
		format, ok := astutil.ConstString(info, call.Args[0])
		if !ok {
			return plainURL{}, false
		}
		if strings.HasPrefix(format, "%s") || strings.HasPrefix(format, "%v") {
			if len(call.Args) > 1 {
				return plain(info, res, call.Args[1], depth+1)
			}
			return plainURL{}, false
		}
		if i := strings.IndexByte(format, '%'); i >= 0 {
			return cleartext(format[:i], true)
		}
		return cleartext(format, false)
	case path == "net/url" && !recv && (name == "Parse" || name == "JoinPath" || name == "ParseRequestURI"),
		path == "strings" && strings.HasPrefix(name, "Trim") && name != "TrimPrefix" && name != "TrimLeft" && name != "TrimLeftFunc":
		if len(call.Args) > 0 {
			return plain(info, res, call.Args[0], depth+1)
		}
	case path == "net/url" && recv:
		// u.String(), base.ResolveReference(ref), base.JoinPath("x")
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return plain(info, res, sel.X, depth+1)
		}
	}
	return plainURL{}, false
}

// cleartext reports whether s starts an http:// URL with a host that is
// neither loopback nor link-local. partial says more text follows s, so a
// host running to the end of s may be incomplete: "http://" + host is
// not reported.
func cleartext(s string, partial bool) (plainURL, bool) {
	const scheme = "http://"
	if len(s) < len(scheme) || !strings.EqualFold(s[:len(scheme)], scheme) {
		return plainURL{}, false
	}
	rest := s[len(scheme):]
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		if partial && !strings.Contains(rest, ".") {
			return plainURL{}, false // "http://" + host, "http://api" + domain
		}
		end = len(rest)
	}
	hostport := rest[:end]
	if at := strings.LastIndexByte(hostport, '@'); at >= 0 {
		hostport = hostport[at+1:] // never show user:password@
	}
	if hostport == "" || netname.Local(hostport) {
		return plainURL{}, false
	}
	return plainURL{origin: "http://" + hostport}, true
}
