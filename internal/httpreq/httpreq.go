// Package httpreq finds, in one package, where HTTP requests get their
// headers and where they are sent, so that the checks about requests
// (authscheme, ratelimit, cleartext) share one walk and one notion of "this
// request carries credentials". Calls are recognised through the sinks
// table; what is a credential header through internal/credential.
//
// Its Analyzer computes a *Result per package and exports facts (FuncFact,
// TypeFact) so that a 429 handler, a retrying or credentialed client
// constructor, or a RoundTripper in another package of the module counts.
// Facts make go vet run it on every dependency: a package that imports
// neither net/http nor a known HTTP client library stops at the first test.
package httpreq

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"reflect"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astindex"
	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/credential"
	"github.com/credlint/credlint/internal/sinks"
)

// Analyzer computes the package's *Result. Checks list it in Requires.
var Analyzer = &analysis.Analyzer{
	Name: "httpreq",
	Doc:  "find HTTP header writes and request sends for credlint's request checks",
	// astindex, not inspect.Analyzer: with facts, go vet runs this on every
	// dependency, and most stop at the import test before any walk; the
	// inspector is built only for those that go on, once for all checks.
	Requires:   []*analysis.Analyzer{astindex.Analyzer, credential.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(FuncFact), new(TypeFact)},
	// See astutil.IllTyped.
	RunDespiteErrors: true,
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
	cred   bool
}

// Credential reports whether the write puts a credential on the request:
// an auth token or basic auth, a credential header (Authorization,
// X-Api-Key, a vendor header named like a secret: AuthorizationToken,
// PddToken), or any header whose value the credential model says is a
// credential (X-LSW-Auth: apiKey).
func (w *Write) Credential() bool { return w.cred }

// credentialWrite decides Write.Credential with the package's model.
func (w *walker) credentialWrite(wr *Write) bool {
	switch wr.Kind {
	case sinks.AuthToken, sinks.BasicAuth:
		return true
	case sinks.Header:
		if wr.Name != "" && (credential.IsCredentialHeader(wr.Name) || credential.ClassifyName(wr.Name) == credential.Secret) {
			return true
		}
		for _, v := range wr.Values {
			if w.credentialValue(v) {
				return true
			}
		}
	}
	return false
}

// credentialValue asks the package-wide credential model about e, the one
// every check asks: a value is a credential by the same evidence whether
// it reaches a log or a request header (a neutral field assigned an API key
// elsewhere in the package; not an uncorroborated token). The model is
// built on first need, so a package without such a header pays nothing.
func (w *walker) credentialValue(e ast.Expr) bool {
	if tv, ok := w.pass.TypesInfo.Types[e]; ok && tv.Value != nil {
		return false // "application/json": no model needed
	}
	if w.model == nil {
		if sinks.Standard(w.pass) {
			// go vet runs this on the standard library too, for facts no
			// check there reports: the function's own view is enough.
			w.model = credential.NewModel(w.pass.TypesInfo)
		} else {
			w.model = credential.NewPassModel(w.pass)
		}
	}
	if w.fn != nil {
		w.model.Enter(w.fn.Decl.Body)
	}
	_, ok := w.model.Credential(e)
	return ok
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
	// StatusKept: every error status of the response becomes an error
	// value that keeps the status as a typed, exported field (or the
	// response, or its headers): the caller can tell 429 apart.
	StatusKept bool
	// StatusSaid: every error status becomes an error that gives the
	// status at least in its text (or keeps it typed): the caller sees a
	// 429, though not its Retry-After.
	StatusSaid bool
	// Drops: the response is returned on success, but some error status
	// (a branch on resp.StatusCode) returns an error without it: callers
	// never see a 429 or its Retry-After.
	Drops bool
	// Paced: the call is in a loop that waits between requests (a fixed
	// sleep or a ticker) or on a rate limiter.
	Paced bool
	cur   inspector.Cursor
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
	// Mentions429 are the 429 / http.StatusTooManyRequests constants in
	// the body; RetryAfter: the body reads Retry-After (or a rate-limit
	// reset header).
	Mentions429 []ast.Node
	RetryAfter  bool
	// RateCodes are the rate-limit error codes the body compares with the
	// server's answer (err.Code == "RequestLimitExceeded"): APIs that
	// answer 200 with the limit in the body.
	RateCodes []ast.Node
	// Paces: the body waits on a rate limiter or a ticker.
	Paces      bool
	callees    map[*Func]bool
	callers    map[*Func]bool
	retries    bool // calls a retry library's helper
	returnsRsp bool // a result is an *http.Response or a resty response

	authT, handlesT, pacesT int8 // memo of the transitive answers: 0 unknown, 1 no, 2 yes
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
	pass    *analysis.Pass
	funcs   map[*types.Func]*Func
	decls   map[*ast.FuncDecl]*Func
	values  map[types.Object][]ast.Expr
	tests   map[*token.File]bool
	fset    *token.FileSet
	creds   map[*ast.CallExpr]bool // setter calls that put a credential
	byCall  map[*ast.CallExpr]*Send
	calls   []pkgCall // calls of the package's functions
	callsTo map[*Func][]pkgCall
	walked  bool // values and funcs are known (the walk ran, or indexValues)
	authRT  bool // the package has a RoundTrip method that adds credentials
	retryRT bool // … or one that handles 429
	restyCr bool // the package puts credentials on a resty client
	restyRt bool // the package makes a resty client retry
	// named maps the identifiers errResult makes for bare returns to the
	// named results they return.
	named map[*ast.Ident]*types.Var
	// callCur maps the calls of the package's functions to their cursors
	// (see cursorOf); built on first use.
	callCur map[*ast.CallExpr]inspector.Cursor
	// guards memoises readGuards, per function body.
	guards map[ast.Node]map[*ast.IfStmt]bool
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

// Callees returns the functions of the package that f calls.
func (f *Func) Callees() map[*Func]bool { return f.callees }

// ReturnsResponse reports whether a result of f is an *http.Response or a
// resty response.
func (f *Func) ReturnsResponse() bool { return f.returnsRsp }

// PacedCall reports whether f is called in a loop that waits between
// calls (a fixed sleep, a ticker, a limiter): a pause between requests.
func (r *Result) PacedCall(f *Func) bool {
	return r.someCall(f, func(c pkgCall) bool { return inPacingLoop(r.info, c.cur) })
}

// RetriedCall reports whether f, which turns an error status into an
// error, is called inside a retry helper (retry.Do(func() error {…}),
// backoff.Retry) or a loop that backs off, or where a failure starts a
// cooldown that grows (see coolsOnFailure): the 429 it reduces to an
// error is retried there, or waited out. A function that returns the
// response is not: its error is the transport's alone, and a 429 comes
// back without one.
func (r *Result) RetriedCall(f *Func) bool {
	if f.returnsRsp {
		return false
	}
	return r.someCall(f, func(c pkgCall) bool {
		return inRetryHelper(r.info, c.cur) || inBackoffLoop(r.info, c.cur) || r.coolsOnFailure(c)
	})
}

// someCall reports whether a call of f outside the tests satisfies ok: a
// test pacing or retrying its own calls does so for no user.
func (r *Result) someCall(f *Func, ok func(pkgCall) bool) bool {
	for _, c := range r.callsOf(f) {
		if !r.InTest(c.cur.Node()) && ok(c) {
			return true
		}
	}
	return false
}

func (r *Result) callsOf(f *Func) []pkgCall {
	if r.callsTo == nil {
		r.callsTo = make(map[*Func][]pkgCall)
		for _, c := range r.calls {
			r.callsTo[c.callee] = append(r.callsTo[c.callee], c)
		}
	}
	return r.callsTo[f]
}

// CallsOf yields the calls of f made by the package's functions outside
// the tests, with the calling function.
func (r *Result) CallsOf(f *Func) iter.Seq2[*ast.CallExpr, *Func] {
	return func(yield func(*ast.CallExpr, *Func) bool) {
		for _, c := range r.callsOf(f) {
			if !r.InTest(c.cur.Node()) && !yield(c.cur.Node().(*ast.CallExpr), c.caller) {
				return
			}
		}
	}
}

// Funcs returns the package's function declarations, in source order.
func (r *Result) Funcs() []*Func {
	out := make([]*Func, 0, len(r.decls))
	for _, f := range r.decls {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Decl.Pos() < out[j].Decl.Pos() })
	return out
}

// Pkg returns the package being analysed.
func (r *Result) Pkg() *types.Package { return r.pass.Pkg }

// Func returns what is known about a function of the package.
func (r *Result) Func(fn *types.Func) *Func { return r.funcs[fn] }

// InTest reports whether n is in a _test.go file.
func (r *Result) InTest(n ast.Node) bool { return r.tests[r.fset.File(n.Pos())] }

// Values returns the expressions assigned to obj anywhere in the package's
// non-test files: assignments, declarations, struct literal fields.
func (r *Result) Values(obj types.Object) []ast.Expr {
	if !r.walked {
		r.indexValues()
	}
	return r.values[obj]
}

// Decl returns the declaration of fn, a function of the package, or nil.
func (r *Result) Decl(fn *types.Func) *ast.FuncDecl {
	if !r.walked {
		r.indexValues()
	}
	if f := r.funcs[fn]; f != nil {
		return f.Decl
	}
	return nil
}

// indexValues records, for a package the walk skipped (it sends no
// request), the values assigned to its variables and fields and its
// function declarations: ratelimit traces a base URL through them (a
// region package's constants behind an exported URL method).
func (r *Result) indexValues() {
	r.walked = true
	sinks.Stat("httpreq", r.pass.Pkg.Path(), "index")
	for _, file := range r.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if fn, ok := r.info.Defs[n.Name].(*types.Func); ok {
					r.funcOf(fn).Decl = n
				}
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, lhs := range n.Lhs {
						r.value(lhs, n.Rhs[i])
					}
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if i < len(n.Values) {
						r.value(name, n.Values[i])
					}
				}
			case *ast.KeyValueExpr:
				if key, ok := n.Key.(*ast.Ident); ok {
					r.value(key, n.Value)
				}
			}
			return true
		})
	}
}

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

// ClassifiesRateLimit reports whether f calls a classifier of the
// server's answer that recognises a rate limit: a same-package function
// taking an error or a response and returning a bool, that (or what it
// calls) handles 429 or compares a rate-limit code (softlayer-go's
// isRetryable(err) -> hasRetryableCode over its retryableErrorCodes). A
// caller that asks it about a sender's error retries on rate limits as
// surely as one that compares the code itself.
func (r *Result) ClassifiesRateLimit(f *Func) bool {
	for g := range f.callees {
		if isClassifier(g.Obj.Signature()) && r.Handles429(g) {
			return true
		}
	}
	return false
}

// isClassifier reports whether sig is func(…error or response…) bool.
func isClassifier(sig *types.Signature) bool {
	if sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), types.Typ[types.Bool]) {
		return false
	}
	for p := range sig.Params().Variables() {
		if t := p.Type(); isResponse(t) || types.Implements(t, types.Universe.Lookup("error").Type().Underlying().(*types.Interface)) {
			return true
		}
	}
	return false
}

// Paces reports whether f, or a same-package function it calls
// (transitively), waits on a rate limiter or a ticker.
func (r *Result) Paces(f *Func) bool {
	if f == nil {
		return false
	}
	return transitive(f, func(f *Func) *int8 { return &f.pacesT }, func(f *Func) bool { return f.Paces })
}

func transitive(f *Func, memo func(*Func) *int8, own func(*Func) bool) bool {
	switch *memo(f) {
	case 1:
		return false
	case 2:
		return true
	}
	// A search from f that finds nothing has seen all that each visited
	// function reaches, so all of them are "no". Recording "no" for a
	// function whose search stopped at a cycle through a caller still on the
	// stack would make the answer depend on the order of the map walk.
	seen := make(map[*Func]bool)
	var walk func(g *Func) bool
	walk = func(g *Func) bool {
		switch *memo(g) {
		case 1:
			return false
		case 2:
			return true
		}
		if seen[g] {
			return false
		}
		seen[g] = true
		if own(g) {
			*memo(g) = 2
			return true
		}
		for h := range g.callees {
			if walk(h) {
				return true
			}
		}
		return false
	}
	if walk(f) {
		*memo(f) = 2
		return true
	}
	for g := range seen {
		*memo(g) = 1
	}
	return false
}

func run(pass *analysis.Pass) (any, error) {
	if astutil.IllTyped(pass) {
		return (*Result)(nil), nil
	}
	r := &Result{
		info:   pass.TypesInfo,
		pass:   pass,
		funcs:  make(map[*types.Func]*Func),
		decls:  make(map[*ast.FuncDecl]*Func),
		values: make(map[types.Object][]ast.Expr),
		tests:  make(map[*token.File]bool),
		creds:  make(map[*ast.CallExpr]bool),
		fset:   pass.Fset,
	}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		if credential.IsTestSupport(tf.Name()) {
			r.tests[tf] = true
		}
	}
	if !ImportsHTTP(pass.Pkg) {
		return r, nil // the cheap test: most packages stop here
	}
	sinks.Stat("httpreq", pass.Pkg.Path(), "walk")
	insp := astindex.Of(pass)
	w := walker{r: r, pass: pass, vars429: make(map[*types.Var]bool), varUses: make(map[*Func]map[*types.Var]bool)}
	r.walked = true
	w.walk(insp)
	w.complete()
	r.exportFacts(pass)
	return r, nil
}

// ImportsHTTP reports whether pkg imports a package whose requests we
// know: the Analyzer walks (and exports facts for) only such a package.
func ImportsHTTP(pkg *types.Package) bool {
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
