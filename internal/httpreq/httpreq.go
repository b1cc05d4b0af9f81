// Package httpreq finds, in one package, where HTTP requests get their
// headers and where they are sent, so that the checks about requests
// (authscheme, ratelimit, cleartext) share one walk and one notion of "this
// request carries credentials". Calls are recognised through the sinks
// table; what is a credential header through internal/credential.
//
// Its Analyzer computes a *Result per package. It uses no facts: what a
// function in another package does is not known, which keeps go vet from
// analysing dependencies.
package httpreq

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/credential"
	"github.com/credlint/credlint/internal/sinks"
)

// Analyzer computes the package's *Result. Checks list it in Requires.
var Analyzer = &analysis.Analyzer{
	Name:       "httpreq",
	Doc:        "find HTTP header writes and request sends for credlint's request checks",
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
}

// Via says how a header is written.
type Via int

const (
	// Call: a setter from the sinks table (Header.Set, resty SetHeader,
	// SetAuthToken, SetBasicAuth) or an entry of a SetHeaders map literal.
	Call Via = iota
	// Index: h["Name"] = []string{…}, which keeps the name as written.
	Index
	// Literal: an entry of an http.Header{…} literal, also kept as written.
	Literal
)

// A Write is one header written on a request.
type Write struct {
	Node   ast.Node   // the call, the assignment or the literal's key/value
	Via    Via        // how: a setter call, a map index, a literal
	Kind   sinks.Kind // Header, AuthToken, AuthScheme or BasicAuth
	Key    ast.Expr   // the header name; nil for AuthToken, AuthScheme, BasicAuth
	Name   string     // the constant header name, "" if not constant
	Values []ast.Expr // the values: one argument, or the elements of a []string literal
	Func   *Func      // the enclosing function; nil at package level
	Resty  bool       // a resty setter (SetHeaders' map entries included)
}

// Credential reports whether the write puts a credential on the request.
func (w *Write) Credential() bool {
	switch w.Kind {
	case sinks.AuthToken, sinks.BasicAuth:
		return true
	case sinks.Header:
		return w.Name != "" && credential.IsCredentialHeader(w.Name)
	}
	return false
}

// A Send is a call that sends a request, or a call of a same-package
// wrapper that returns the response of one.
type Send struct {
	Call   *ast.CallExpr
	Callee *types.Func
	Sink   sinks.Sink // zero for a wrapper call
	Func   *Func      // the enclosing function; nil at package level
	// Wrapper is the same-package function called, for a wrapper call.
	Wrapper *Func
	// Client is the receiver (c.http in c.http.Do(req)); nil for http.Get.
	Client ast.Expr
	// URL is the URL argument, for sends given one.
	URL ast.Expr
	// Retrying: the library retries (go-retryablehttp), or the call is
	// inside a function literal handed to a retry helper (cenkalti/backoff).
	Retrying bool
	// Resp is the variable the response is assigned to, if any.
	Resp types.Object
	// Used: the response is looked at (not only closed or discarded).
	Used bool
	// Returned: the response is returned to the caller.
	Returned bool
	cur      inspector.Cursor
}

// A Func is what the package's functions do with requests.
type Func struct {
	Decl *ast.FuncDecl
	Obj  *types.Func
	// WritesCredential: the body writes a credential header, sets basic
	// auth or an auth token, or builds a client that does.
	WritesCredential bool
	// Handles429: the body mentions 429 / http.StatusTooManyRequests or
	// the Retry-After header.
	Handles429 bool
	callees    map[*Func]bool
	callers    map[*Func]bool
	retries    bool // calls a retry library's helper
	returnsRsp bool // a result is an *http.Response or a resty response

	authT, handlesT int8 // memo of the transitive answers: 0 unknown, 1 no, 2 yes
}

// A Result describes one package.
type Result struct {
	Writes []*Write
	Sends  []*Send
	// URLs are request URL arguments: of NewRequest calls, of sends given a
	// URL, and of resty SetBaseURL.
	URLs []URLUse
	// InsecureTLS are `InsecureSkipVerify: true` settings.
	InsecureTLS []Insecure

	info    *types.Info
	funcs   map[*types.Func]*Func
	decls   map[*ast.FuncDecl]*Func
	values  map[types.Object][]ast.Expr
	tests   map[*token.File]bool
	fset    *token.FileSet
	creds   map[*ast.CallExpr]bool // setter calls that put a credential
	byCall  map[*ast.CallExpr]*Send
	authRT  bool // the package has a RoundTrip method that adds credentials
	retryRT bool // … or one that handles 429
	restyCr bool // the package puts credentials on a resty client
	restyRt bool // the package makes a resty client retry
}

// A URLUse is a URL a request is made for.
type URLUse struct {
	URL  ast.Expr
	Call *ast.CallExpr
	Kind sinks.Kind // Send, NewRequest or BaseURL
	Func *Func
	// Client is the receiver of a send or SetBaseURL; nil otherwise.
	Client ast.Expr
}

// An Insecure is a TLS setting that turns off certificate verification.
type Insecure struct {
	Node ast.Node // the key/value or assignment
	Func *Func
}

// SendOf returns the send that call is, if it is one.
func (r *Result) SendOf(call *ast.CallExpr) *Send { return r.byCall[call] }

// Callers returns the functions of the package that call f.
func (f *Func) Callers() map[*Func]bool { return f.callers }

// Func returns what is known about a function of the package.
func (r *Result) Func(fn *types.Func) *Func { return r.funcs[fn] }

// InTest reports whether n is in a _test.go file.
func (r *Result) InTest(n ast.Node) bool { return r.tests[r.fset.File(n.Pos())] }

// Values returns the expressions assigned to obj anywhere in the package's
// non-test files: assignments, declarations, struct literal fields.
func (r *Result) Values(obj types.Object) []ast.Expr { return r.values[obj] }

// Authenticated reports whether f, or a same-package function it calls
// (transitively), puts credentials on a request.
func (r *Result) Authenticated(f *Func) bool {
	if f == nil {
		return false
	}
	return transitive(f, func(f *Func) *int8 { return &f.authT }, func(f *Func) bool { return f.WritesCredential })
}

// Handles429 reports whether f, or a same-package function it calls
// (transitively), looks at 429 Too Many Requests or Retry-After.
func (r *Result) Handles429(f *Func) bool {
	if f == nil {
		return false
	}
	return transitive(f, func(f *Func) *int8 { return &f.handlesT }, func(f *Func) bool { return f.Handles429 })
}

func transitive(f *Func, memo func(*Func) *int8, own func(*Func) bool) bool {
	m := memo(f)
	switch *m {
	case 1, 3:
		return false // 3: on the stack; a cycle adds nothing
	case 2:
		return true
	}
	*m = 3
	ok := own(f)
	for g := range f.callees {
		if ok {
			break
		}
		ok = transitive(g, memo, own)
	}
	*m = 1
	if ok {
		*m = 2
	}
	return ok
}

func run(pass *analysis.Pass) (any, error) {
	r := &Result{
		info:   pass.TypesInfo,
		funcs:  make(map[*types.Func]*Func),
		decls:  make(map[*ast.FuncDecl]*Func),
		values: make(map[types.Object][]ast.Expr),
		tests:  make(map[*token.File]bool),
		creds:  make(map[*ast.CallExpr]bool),
		fset:   pass.Fset,
	}
	if !importsHTTP(pass.Pkg) {
		return r, nil // the cheap test: most packages stop here
	}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		if strings.HasSuffix(tf.Name(), "_test.go") {
			r.tests[tf] = true
		}
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	w := walker{r: r, pass: pass, vars429: make(map[*types.Var]bool), varUses: make(map[*Func]map[*types.Var]bool)}
	w.walk(insp)
	w.complete()
	return r, nil
}

// importsHTTP reports whether pkg imports a package whose requests we know.
func importsHTTP(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		p := imp.Path()
		if p == "net/http" || p == sinks.RetryableHTTP || sinks.IsResty(p) {
			return true
		}
	}
	return false
}

// ConstString returns the value of a constant string expression.
func (r *Result) ConstString(e ast.Expr) (string, bool) { return astutil.ConstString(r.info, e) }

func calleeFunc(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

func pkgPath(obj types.Object) string {
	if obj == nil || obj.Pkg() == nil {
		return ""
	}
	return obj.Pkg().Path()
}

// isResponse reports whether t is *http.Response or a resty *Response.
func isResponse(t types.Type) bool {
	if astutil.IsNamed(t, "net/http", "Response") {
		return true
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		if n, ok := types.Unalias(p.Elem()).(*types.Named); ok {
			return n.Obj().Name() == "Response" && sinks.IsResty(pkgPath(n.Obj()))
		}
	}
	return false
}
