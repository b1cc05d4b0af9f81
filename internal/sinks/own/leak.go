package own

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/credlint/credlint/internal/credential"
	"github.com/credlint/credlint/internal/sinks"
)

// A LeakKind says how an argument of a sink call shows a credential.
type LeakKind int

const (
	// Value: the argument is a credential.
	Value LeakKind = iota + 1
	// Field: a value printed or encoded whole with a credential field.
	Field
	// URLPassword: a URL printed whole with the password it holds (see
	// credential.URLPassword).
	URLPassword
	// URLCarries: a URL built with a credential in it (see
	// credential.URLCarries).
	URLCarries
	// URLError: the error of a request sent (client.Do), which quotes the
	// request URL, and the URL carries a credential (see
	// credential.URLErrorCarries).
	URLError
)

// A Leak is how an argument of a sink call shows a credential.
type Leak struct {
	Kind  LeakKind
	Src   credential.Source // Value, URLPassword, URLCarries, URLError
	Field string            // Field: the credential field
	// URL is, for URLPassword, the *url.URL whose Redacted form prints the
	// rest (nil when the argument is its user info).
	URL ast.Expr
}

// FindLeak is the test of secretlog: whether it reports arg, an argument
// of the sink call c (c's Forwarded quieted in m), and why. The wrappers'
// own parameters are decided by the same test, so that a leak counted as
// reported inside a wrapper is one secretlog shows there: counting one it
// does not report would silence the callers and lose it (a test-support
// file's fixture helper called with a credential read at run time);
// leaving out one it does report would report it twice (a struct printed
// whole with its credential field, inside by its type and again at each
// call).
func FindLeak(pass *analysis.Pass, m *credential.Model, c sinks.Call, arg ast.Expr) (Leak, bool) {
	demo := credential.InDemoFile(pass.Fset, arg.Pos())
	if demo && c.Kind == sinks.Response {
		// A handler in a test (an httptest server standing in for an API)
		// answers the code under test, not a user: what it serves, even a
		// credential read at run time, is the fixture the test is about.
		return Leak{}, false
	}
	if c.Kind == sinks.Log && !c.URLError && m.Consented(c.Call) {
		return Leak{}, false // if o.LogSecrets { log.Print(token) }: what the option asks for
	}
	if c.URLError {
		// Only the URL of the request is in its error, not its headers.
		if src, ok := m.URLErrorCarries(arg); ok && !demo {
			return Leak{Kind: URLError, Src: src}, true
		}
		return Leak{}, false
	}
	if c.ParseEcho && sinks.ParsedURLText(pass.TypesInfo, arg) {
		return Leak{}, false // u.String() parses again: no error quotes it
	}
	if _, ok := m.Headers(arg); ok {
		return Leak{}, false // a header dump: headerlog's
	}
	if src, ok := m.Credential(arg); ok {
		// Not a test's fixture, nor the client's own credential sent back
		// to it in a response.
		if (!demo || src.Runtime()) && (c.Kind != sinks.Response || src.Kind != credential.HeaderRead) {
			return Leak{Kind: Value, Src: src}, true
		}
	} else if t := pass.TypesInfo.TypeOf(arg); t != nil && !demo {
		field, ok := m.CredentialField(t, c.Fmt)
		if c.Serialized {
			field, ok = credential.SerializedField(t)
		}
		if ok {
			return Leak{Kind: Field, Field: field}, true
		}
	}
	if c.Serialized || demo {
		return Leak{}, false // an encoder writes no String; a test's URL is a fixture
	}
	if u, src, ok := m.URLPassword(arg); ok {
		return Leak{Kind: URLPassword, Src: src, URL: u}, true
	}
	if src, ok := m.URLCarries(arg); ok {
		return Leak{Kind: URLCarries, Src: src}, true
	}
	return Leak{}, false
}
