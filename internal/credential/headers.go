package credential

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/credlint/credlint/internal/astutil"
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
func (m *Model) Headers(e ast.Expr) (string, bool) { return m.headers(e, true) }

// headers is Headers; reads says whether direct header reads count, which
// they do in a sink's argument but not when assigned to a variable.
func (m *Model) headers(e ast.Expr, reads bool) (string, bool) {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if m.masked[m.info.ObjectOf(x)] {
			return "", false // a dump whose credentials a regexp replaced
		}
		if what, ok := m.dumps[m.info.ObjectOf(x)]; ok {
			return what, true
		}
		if m.ev != nil {
			if what, ok := m.ev.headerValues[m.info.ObjectOf(x)]; ok {
				return what, true // for name, v := range req.Header
			}
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
		fn, _ := typeutil.Callee(m.info, x).(*types.Func)
		if fn == nil || fn.Pkg() == nil {
			break
		}
		switch path := fn.Pkg().Path(); {
		case path == "net/http/httputil" && strings.HasPrefix(fn.Name(), "DumpRequest"):
			return "the output of httputil." + fn.Name(), true
		case path == "fmt" && strings.HasPrefix(fn.Name(), "Sprint"), path == "strings", path == "bytes":
			for _, a := range x.Args {
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
	case *ast.SelectorExpr:
		if t := m.info.TypeOf(x.X); t != nil && astutil.IsNamed(t, "net/http", "Response") {
			return "", false // resp.Header: the server's headers
		}
	case *ast.IndexExpr:
		if t := m.info.TypeOf(x.X); reads && t != nil && astutil.IsNamed(t, "net/http", "Header") {
			if name, ok := m.constString(x.Index); ok && IsCredentialHeader(name) {
				return "the " + name + " header", true
			}
		}
	}
	t := m.info.TypeOf(e)
	if t == nil {
		return "", false
	}
	return HeaderType(t)
}

// HeaderType reports whether printing a value of type t whole shows
// request headers: http.Header, http.Request or a pointer to one, or a
// struct that holds one of them by value (fmt prints nested pointers as
// addresses). Types with their own String, Error or LogValue method are
// trusted. http.Response is not reported: its headers are the server's.
func HeaderType(t types.Type) (string, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	switch {
	case astutil.IsNamed(t, "net/http", "Header"):
		return "http.Header", true
	case astutil.IsNamed(t, "net/http", "Request"):
		return "an http.Request", true
	}
	if astutil.IsNamed(t, "net/http", "Response") {
		return "", false
	}
	return headerField(t, 0)
}

func headerField(t types.Type, depth int) (string, bool) {
	if depth > 2 || hasFormatter(t) {
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
