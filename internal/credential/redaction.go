package credential

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/sinks"
)

// A redaction before a dump makes the dump safe only if it covers every
// credential header the request may carry. minio-go's dumpHTTP rewrites
// the signature out of Authorization, then dumps the request with the
// session token header the package set, and with the SSE-C key: a
// redactor that leaves a credential header of the package untouched does
// not clean the dump.

// redactedHeaders returns the credential headers of v (a request, whose
// Header is written, or an http.Header) whose last write in body before
// at redacts them: Del, or Set to a constant or to the result of a
// redactor (redactSignature(auth)); nil when there is none.
func (m *Model) redactedHeaders(body *ast.BlockStmt, v types.Object, at token.Pos) map[string]bool {
	var redacted map[string]bool
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Pos() >= at || len(call.Args) == 0 {
			return true
		}
		fn, _ := typeutil.Callee(m.info, call).(*types.Func)
		sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if fn == nil || sel == nil || fn.Pkg() == nil || fn.Pkg().Path() != "net/http" ||
			fn.Name() != "Set" && fn.Name() != "Del" {
			return true
		}
		x := ast.Unparen(sel.X)
		if hdr, ok := x.(*ast.SelectorExpr); ok && hdr.Sel.Name == "Header" {
			x = ast.Unparen(hdr.X) // req.Header.Set
		}
		if base, ok := x.(*ast.Ident); !ok || m.info.Uses[base] != v {
			return true
		}
		name, ok := m.constString(call.Args[0])
		if !ok || !IsCredentialHeader(name) {
			return true
		}
		// The last write of each header before at decides.
		if redacted == nil {
			redacted = make(map[string]bool)
		}
		redacted[strings.ToLower(name)] = fn.Name() == "Del" || len(call.Args) > 1 && m.redactedValue(call.Args[1])
		return true
	})
	for name, ok := range redacted {
		if !ok {
			delete(redacted, name)
		}
	}
	return redacted
}

// redactedValue reports whether e, written over a credential header, is
// no credential: a constant, or what a redactor returns.
func (m *Model) redactedValue(e ast.Expr) bool {
	if _, ok := m.constString(e); ok {
		return true
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	return ok && IsRedactor(fn.Name())
}

// leftUnredacted returns a credential header the package sets with a
// value that is not constant (Header.Set, Add, a client library's
// SetHeader; Authorization by SetBasicAuth or an auth token setter), and
// that redacted does not hold.
func (m *Model) leftUnredacted(redacted map[string]bool) (string, bool) {
	for _, name := range m.setCredentialHeaders() {
		if !redacted[strings.ToLower(name)] {
			return name, true
		}
	}
	return "", false
}

// setCredentialHeaders lists, once per model and sorted, the credential
// headers the package's non-test files set with a value not constant.
func (m *Model) setCredentialHeaders() []string {
	if m.credHeaders != nil {
		return *m.credHeaders
	}
	seen := make(map[string]bool)
	var names []string
	add := func(name string) {
		if !seen[strings.ToLower(name)] {
			seen[strings.ToLower(name)] = true
			names = append(names, name)
		}
	}
	for _, f := range m.ev.files {
		if InTestFile(m.ev.fset, f.Pos()) {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn, ok := typeutil.Callee(m.info, call).(*types.Func)
			if !ok {
				return true
			}
			s, ok := sinks.Lookup(fn)
			if !ok {
				return true
			}
			switch s.Kind {
			case sinks.Header:
				if s.First+1 >= len(call.Args) {
					return true
				}
				name, ok := m.constString(call.Args[s.First])
				if _, constant := m.constString(call.Args[s.First+1]); ok && !constant && credentialHeaderLike(name) {
					add(name)
				}
			case sinks.BasicAuth, sinks.AuthToken:
				add("Authorization")
			}
			return true
		})
	}
	sort.Strings(names)
	m.credHeaders = &names
	return names
}

// redactionLeaves returns, for e showing the dump of a request (or a
// variable assigned one) that a redaction before it left incomplete, a
// credential header the package sets that the redaction leaves.
func (m *Model) redactionLeaves(e ast.Expr) (string, bool) {
	if m.ev == nil {
		return "", false
	}
	x := ast.Unparen(e)
	if call, ok := x.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if tv, ok := m.info.Types[call.Fun]; ok && tv.IsType() {
			x = ast.Unparen(call.Args[0]) // string(dump)
		}
	}
	if id, ok := x.(*ast.Ident); ok {
		defs := m.ev.defs[m.info.Uses[id]]
		if len(defs) != 1 {
			return "", false
		}
		x = ast.Unparen(defs[0])
	}
	call, ok := x.(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return "", false
	}
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "net/http/httputil" || !strings.HasPrefix(fn.Name(), "DumpRequest") {
		return "", false
	}
	req, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
	decl := m.declAt(call.Pos())
	if !ok || decl == nil || decl.Body == nil {
		return "", false
	}
	redacted := m.redactedHeaders(decl.Body, m.info.Uses[req], call.Pos())
	if len(redacted) == 0 {
		return "", false
	}
	return m.leftUnredacted(redacted)
}
