package ratelimit

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"maps"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/credential"
	"github.com/credlint/credlint/internal/diag"
	"github.com/credlint/credlint/internal/httpreq"
)

//go:generate go run ../../internal/diag/gendoc ratelimit

var Analyzer = &analysis.Analyzer{
	Name:      "ratelimit",
	Doc:       docText,
	URL:       "https://github.com/credlint/credlint/blob/main/docs/ratelimit.md",
	Requires:  []*analysis.Analyzer{httpreq.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(InjectedFact), new(EndpointFact)},
	// It exports facts: see astutil.IllTyped.
	RunDespiteErrors: true,
}

// selfHosted also reports clients whose endpoint comes only from the
// user's configuration.
var selfHosted bool

func init() {
	Analyzer.Flags.BoolVar(&selfHosted, "selfhosted", false, "also report clients whose endpoint comes only from configuration (self-hosted servers)")
}

// Categories of the findings, for -json and SARIF.
const (
	categoryMissing = "missing-429"
	categoryDropped = "dropped-response"
	categoryQuality = "retry-quality"
)

type checker struct {
	pass   *analysis.Pass
	res    *httpreq.Result
	report *diag.Reporter
	wraps  map[*httpreq.Func][]*httpreq.Send // the calls of each wrapper
	asides map[*httpreq.Func]bool            // memo of aside
	around map[*httpreq.Func]bool            // memo of callersHandle
	// rateTypes are the package types with a method that tests for 429;
	// builds memoises hands429.
	rateTypes map[*types.TypeName]bool
	builds    map[*httpreq.Func]bool
	// viaIface lists, per method name, the calls of the package made
	// through an interface method of that name (see callers).
	viaIface map[string][]ifaceCall
	// siblings maps a client field to the field it shares a Transport
	// with (see sibling); built on first use.
	siblings map[*types.Var]*types.Var
	// params maps a parameter to its function (see paramOf).
	params map[*types.Var]paramAt
	// login is the package's login flow (see loginFetch); found on first use.
	login *loginState
	// endFields are the endpoint fields the last hosted call found (see
	// tracer.fields).
	endFields []*types.Var
	// onceRun memoises once, funcUses counts uses of the package's
	// functions (see uses); both filled on first use.
	onceRun  map[*httpreq.Func]bool
	funcUses map[*types.Func]int
	// started memoises startup.
	started map[*httpreq.Func]bool
}

func run(pass *analysis.Pass) (any, error) {
	if astutil.IllTyped(pass) {
		return nil, nil
	}
	res := pass.ResultOf[httpreq.Analyzer].(*httpreq.Result)
	c := &checker{pass: pass, res: res, report: diag.New(pass), wraps: make(map[*httpreq.Func][]*httpreq.Send),
		asides: make(map[*httpreq.Func]bool), around: make(map[*httpreq.Func]bool), builds: make(map[*httpreq.Func]bool)}
	c.builders()
	c.exportEndpoints()
	if len(res.Sends) == 0 {
		return nil, nil
	}
	for _, s := range res.Sends {
		if s.Wrapper != nil {
			c.wraps[s.Wrapper] = append(c.wraps[s.Wrapper], s)
		}
	}
	c.clients()
	c.quality()
	return nil, nil
}

// A client is the requests sent through one HTTP client: a field or
// package variable holding it, the default client, or one local value.
type client struct {
	key     any
	sends   []*httpreq.Send        // the sends through it (not wrapper calls)
	calls   map[*httpreq.Send]bool // API calls that use a response and handle no 429
	dropper *httpreq.Send          // a send whose wrapper drops error responses
	// handled: whether some API call through the client does handle 429
	// (minio-go's executeMethod retries it; two calls send around it).
	handled bool
}

// clients groups the package's sends by client and reports each client
// once, at its sending function.
func (c *checker) clients() {
	byKey := make(map[any]*client)
	var order []*client
	for _, s := range c.res.Sends {
		if s.Wrapper != nil || s.Func == nil || c.res.InTest(s.Call) || c.inExample(s.Call) {
			continue
		}
		k := c.key(s)
		cl := byKey[k]
		if cl == nil {
			cl = &client{key: k, calls: make(map[*httpreq.Send]bool)}
			byKey[k] = cl
			order = append(order, cl)
		}
		cl.sends = append(cl.sends, s)
		if s.Drops && cl.dropper == nil && !c.res.Handles429(s.Func) && !c.hands429(s.Func) && !c.res.Retrying(s) &&
			c.res.Credentialed(s) && !c.aside(s.Func) && !c.callersHandle(s.Func) {
			cl.dropper = s
		}
		for _, u := range c.users(s, 0) {
			// Cheapest tests first: a client's many API calls share their answers.
			if c.res.InTest(u.Call) {
				continue
			}
			if c.handled(u) {
				cl.handled = true
				continue
			}
			if !c.res.Credentialed(u) || c.aside(u.Func) || c.callersHandle(u.Func) {
				continue
			}
			cl.calls[u] = true
		}
	}
	for _, cl := range order {
		if len(cl.calls) == 0 && cl.dropper == nil {
			continue
		}
		if cl.dropper == nil && !c.statusLost(cl) && !c.repeats(cl) && c.apiCalls(cl.untyped()) < manyCalls {
			// One request per call of a few the package offers, whose
			// error says the status: its caller sees the 429 and decides.
			// So it does with an error that keeps the status typed, however
			// many such calls the package offers: errors.As, then back off.
			continue
		}
		if c.oneRun(cl) {
			continue // a program's few requests, each once per run
		}
		if cl.handled && cl.dropper == nil && len(cl.untyped()) == 0 {
			// The client has a path that handles 429 (minio-go's
			// executeMethod), and the calls sent around it keep the status
			// typed: the package knows how, and their callers can tell.
			continue
		}
		if !selfHosted {
			if ok, ends := c.hosted(cl); !ok {
				// A self-hosted server's client, unless an internal
				// package's constructor is given a hosted API's address,
				// or another package sets its endpoint field to one.
				if len(ends) > 0 && internal(c.pass.Pkg.Path()) {
					c.reportClient(cl, ends, nil)
				} else if len(c.endFields) > 0 {
					c.reportClient(cl, nil, c.endFields)
				}
				continue
			}
		}
		c.reportClient(cl, nil, nil)
	}
}

// manyCalls is where a client becomes an SDK of many API operations: its
// callers cannot each be expected to wrap every one in a retry that reads
// the status from an error's text, and its request helper is the one
// place where Retry-After can be read.
const manyCalls = 10

// untyped returns the functions of the client's API calls whose error
// says the status only in its text (or not at all): those that keep it
// typed, without the headers, let the caller tell a 429 apart (errors.As)
// whatever the number of calls.
func (cl *client) untyped() []*httpreq.Func {
	var out []*httpreq.Func
	for u := range cl.calls {
		if !u.StatusKept {
			out = append(out, u.Func)
		}
	}
	return out
}

// reportClient reports the client, or, in an internal package whose
// importers build it (ends: the constructors' endpoint parameters, for a
// client not known to be hosted), exports the fact they judge it by; so it
// does on each endpoint field another package sets (fields).
func (c *checker) reportClient(cl *client, ends map[*types.Func][]int, fields []*types.Var) {
	calls := make([]*httpreq.Send, 0, len(cl.calls))
	for u := range cl.calls {
		calls = append(calls, u)
	}
	sort.Slice(calls, func(i, j int) bool { return c.before(calls[i].Call.Pos(), calls[j].Call.Pos()) })
	at := cl.dropper
	if at == nil {
		// The send most unhandled API calls go through (a request helper
		// over a one-off probe), then the first in the source: by file
		// name and offset, since token.Pos order across files is the
		// order the loader happened to parse them in.
		most := -1
		for _, s := range cl.sends {
			if !c.reaches(s, cl.calls) {
				continue
			}
			n := c.apiCalls([]*httpreq.Func{s.Func})
			if n > most || n == most && c.before(s.Call.Pos(), at.Call.Pos()) {
				at, most = s, n
			}
		}
	}
	funcs := make([]*httpreq.Func, 0, len(calls)+1)
	for _, u := range calls {
		funcs = append(funcs, u.Func)
	}
	if cl.dropper != nil {
		funcs = append(funcs, cl.dropper.Func)
	}
	set := c.apiCallSet(funcs)
	n := countCalls(funcs, set)
	counted := "(" + plural(n) + ")"
	switch gw := c.gateways(set); len(gw) {
	case 0:
	case 1:
		counted += " and those other packages make through the exported interface " + gw[0]
	default:
		counted += " and those other packages make through the exported interfaces " + strings.Join(gw[:len(gw)-1], ", ") + " and " + gw[len(gw)-1]
	}
	sender := senderOf(at)
	for _, f := range fields {
		c.pass.ExportObjectFact(f, &InjectedFact{Param: -1, Calls: n, Sender: sender, Pkg: c.pass.Pkg.Name(), Field: true, Type: fieldOwner(c.pass.Pkg, f)})
	}
	if c.deferToBuilder(cl, sender, n, ends) || ends != nil || fields != nil {
		return
	}
	d := analysis.Diagnostic{Pos: at.Call.Pos(), End: at.Call.End(), Category: categoryMissing}
	for _, u := range calls {
		if u != at {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: u.Call.Pos(), End: u.Call.End(), Message: "API call through " + sender})
		}
	}
	if cl.dropper != nil {
		d.Category = categoryDropped
		d.Message = fmt.Sprintf("%s in %s returns the response only on success: an error status becomes an error without the response, so callers never see 429 Too Many Requests or Retry-After (%s): keep the status and headers in a typed error, or handle 429 here: wait as Retry-After says when present, else back off exponentially, with capped attempts",
			sender, at.Func.Obj.Name(), plural(n))
	} else if len(cl.calls) > 0 && len(cl.untyped()) == 0 {
		d.Message = fmt.Sprintf("authenticated %s sent by %s %s in a loop of the package, and nothing here handles 429 Too Many Requests: its errors keep the status but drop Retry-After, and the loop cannot be resumed by the caller: on 429 wait as Retry-After says when present, else back off exponentially, with capped attempts; or keep the headers in the typed error",
			requests(n), sender, counted)
	} else if cl.handled {
		d.Message = fmt.Sprintf("authenticated %s sent by %s %s without the 429 Too Many Requests handling that other calls of this client have: on 429 wait as Retry-After says when present, else back off exponentially, with capped attempts; or send them the way those calls go",
			requests(n), sender, counted)
	} else {
		d.Message = fmt.Sprintf("authenticated %s sent by %s %s, and nothing here handles 429 Too Many Requests: on 429 wait as Retry-After says when present, else back off exponentially, with capped attempts; or return the status and headers to the caller in a typed error, or use a retrying client (hashicorp/go-retryablehttp)",
			requests(n), sender, counted)
	}
	c.report.Report(d)
}

// senderOf names what s sends through: c.hc.Do, or, for a call of a
// local variable holding a method value (f := c.HTTPClient.Do; f(req)),
// the method it holds.
func senderOf(s *httpreq.Send) string {
	if _, ok := ast.Unparen(s.Call.Fun).(*ast.Ident); ok && s.Client != nil && s.Callee != nil {
		return types.ExprString(s.Client) + "." + s.Callee.Name()
	}
	return types.ExprString(s.Call.Fun)
}

// before orders positions by file name, then offset.
func (c *checker) before(a, b token.Pos) bool {
	pa, pb := c.pass.Fset.Position(a), c.pass.Fset.Position(b)
	if pa.Filename != pb.Filename {
		return pa.Filename < pb.Filename
	}
	return pa.Offset < pb.Offset
}

func plural(n int) string {
	if n == 1 {
		return "1 API call"
	}
	return fmt.Sprintf("%d API calls", n)
}

// key returns what identifies the client s is sent through.
func (c *checker) key(s *httpreq.Send) any {
	if k := c.clientKey(s.Client, s.Func, 0); k != nil {
		return k
	}
	return s
}

// clientKey returns what identifies the client e, an expression of f:
// a field, a package variable, the default client, a local variable, or,
// for a parameter of f, the one client every call of f passes (vod's
// upload helpers all given the client their caller made); nil when
// unknown.
func (c *checker) clientKey(e ast.Expr, f *httpreq.Func, depth int) any {
	if e == nil {
		return "default client" // http.Get and friends
	}
	for steps := 0; e != nil && steps < 16; steps++ {
		switch x := ast.Unparen(e).(type) {
		case *ast.CallExpr: // resty: c.r.R().SetHeader(…).Get → c.r
			sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
			if !ok {
				return nil
			}
			if fn := c.accessor(x); fn != nil {
				return fn // p.Client() in every method: one client
			}
			e = sel.X
			continue
		case *ast.StarExpr:
			e = x.X
			continue
		case *ast.Ident, *ast.SelectorExpr:
			var obj types.Object
			if id, ok := x.(*ast.Ident); ok {
				obj = c.pass.TypesInfo.ObjectOf(id)
			} else {
				obj = c.pass.TypesInfo.ObjectOf(x.(*ast.SelectorExpr).Sel)
			}
			v, ok := obj.(*types.Var)
			if !ok {
				return nil
			}
			if v.IsField() {
				if from := c.fieldCopy(v); from != nil && from != v {
					v = from // registry{httpClient: c.HTTPClient}: c.HTTPClient's client
				}
				return c.sibling(v) // a client field, or the first of its siblings sharing its Transport
			}
			if v.Parent() == c.pass.Pkg.Scope() || v.Pkg() != c.pass.Pkg {
				return v // a package variable, http.DefaultClient
			}
			if from := c.derivedFrom(f, obj); from != nil {
				e = from // a local copy of a client sharing its Transport
				continue
			}
			if from := c.copyOf(v); from != nil {
				e = from // httpClient := client.httpClient (simpleforce)
				continue
			}
			if g, i := c.paramOf(v); g != nil && g == f {
				if k, called := c.paramKey(f, i, depth); called {
					return k
				}
				return v // no call in the package: the parameter is one client
			}
			if k := c.madeInMethod(f, v); k != nil {
				return k
			}
			if c.defaultClient(v) {
				return "default client" // client := http.DefaultClient
			}
			return v // a local client
		}
		return nil
	}
	return nil
}

// accessor returns the method call is when it hands out its receiver's
// client: a method without arguments whose result is an *http.Client (goth's p.Client(), which falls back to the default
// client). Its every call is the same client, in whichever method of the
// type it is made.
func (c *checker) accessor(call *ast.CallExpr) *types.Func {
	if len(call.Args) != 0 || !astutil.IsNamed(c.pass.TypesInfo.TypeOf(call), "net/http", "Client") {
		return nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if s := c.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
		fn, _ := s.Obj().(*types.Func)
		return fn
	}
	return nil
}

// fieldCopy returns the field whose client the field f holds when every
// value the package gives f is that other field (scs-library-client's
// &ociRegistry{httpClient: c.HTTPClient}, oci.go:650): the same client,
// sending the same API's requests, whichever struct it is reached
// through. It follows such copies a few levels; f itself when none.
func (c *checker) fieldCopy(f *types.Var) *types.Var {
	for range 4 {
		var from *types.Var
		for _, e := range c.res.Values(f) {
			sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
			if !ok {
				return f
			}
			g, ok := c.pass.TypesInfo.ObjectOf(sel.Sel).(*types.Var)
			if !ok || !g.IsField() || g == f || from != nil && g != from {
				return f // a client made here, a parameter, or two sources
			}
			from = g
		}
		if from == nil {
			return f
		}
		f = from
	}
	return f
}

// copyOf returns what the local variable v copies when its only value is
// another variable or a field (httpClient := client.httpClient): the
// client it sends through is that one.
func (c *checker) copyOf(v *types.Var) ast.Expr {
	if v.IsField() || v.Parent() == c.pass.Pkg.Scope() || c.defaultClient(v) {
		return nil // client := http.DefaultClient sends as http.Get does
	}
	vals := c.res.Values(v)
	if len(vals) != 1 {
		return nil
	}
	switch x := ast.Unparen(vals[0]).(type) {
	case *ast.Ident:
		if c.pass.TypesInfo.ObjectOf(x) == v {
			return nil
		}
		return x
	case *ast.SelectorExpr:
		if _, ok := c.pass.TypesInfo.ObjectOf(x.Sel).(*types.Var); ok {
			return x
		}
	}
	return nil
}

// inExample reports whether n is in an example program, which, like a
// test, makes its calls for the person reading it (credential.IsExample).
func (c *checker) inExample(n ast.Node) bool {
	f := c.pass.Fset.File(n.Pos())
	return f != nil && credential.IsExample(f.Name())
}

// defaultClient reports whether every value of the local variable v is
// http.DefaultClient: it sends as http.Get does.
func (c *checker) defaultClient(v *types.Var) bool {
	vals := c.res.Values(v)
	for _, e := range vals {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		if obj := c.pass.TypesInfo.ObjectOf(sel.Sel); obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != "net/http" || obj.Name() != "DefaultClient" {
			return false
		}
	}
	return len(vals) > 0
}

// A methodClient stands for the clients the methods of one type make
// where they send (miniflux's pinboard: getBookmark and CreateBookmark
// each call client.NewClientWithOptions): one API's client, one finding.
type methodClient struct{ recv *types.TypeName }

// madeInMethod returns the methodClient of v, a local variable of the
// method f whose every value makes a new *http.Client (a constructor call,
// an http.Client literal), or nil.
func (c *checker) madeInMethod(f *httpreq.Func, v *types.Var) any {
	recv := f.Obj.Signature().Recv()
	if recv == nil {
		return nil
	}
	n := namedOf(recv.Type())
	vals := c.res.Values(v)
	if n == nil || len(vals) == 0 {
		return nil
	}
	for _, e := range vals {
		e = ast.Unparen(e)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
		switch e.(type) {
		case *ast.CallExpr, *ast.CompositeLit:
		default:
			return nil
		}
		if t := c.pass.TypesInfo.TypeOf(e); t == nil || !astutil.IsNamed(t, "net/http", "Client") {
			return nil
		}
	}
	return methodClient{n.Obj()}
}

// paramKey returns the client every call of f passes as its i-th
// argument, or nil when the calls pass different ones; called is false
// when the package does not call f (its callers are the package's users).
func (c *checker) paramKey(f *httpreq.Func, i, depth int) (key any, called bool) {
	if depth > 3 || f.Obj.Signature().Variadic() && i == f.Obj.Signature().Params().Len()-1 {
		return nil, true
	}
	for call, caller := range c.res.CallsOf(f) {
		called = true
		if i >= len(call.Args) {
			return nil, true
		}
		k := c.clientKey(call.Args[i], caller, depth+1)
		if k == nil || key != nil && k != key {
			return nil, true
		}
		key = k
	}
	return key, called
}

// sibling returns the field that stands for the client field f: the first
// field of the same struct literal given an http.Client over the same
// Transport expression (scs-build-client's httpClient and
// buildContextHTTPClient, both &http.Client{Transport: co.transport}, one
// with a timeout), else f. They send the same requests to the same API.
func (c *checker) sibling(f *types.Var) *types.Var {
	if c.siblings == nil {
		c.siblings = make(map[*types.Var]*types.Var)
		for _, file := range c.pass.Files {
			ast.Inspect(file, func(n ast.Node) bool {
				if lit, ok := n.(*ast.CompositeLit); ok {
					c.transportSiblings(lit)
				}
				return true
			})
		}
	}
	if s, ok := c.siblings[f]; ok {
		return s
	}
	return f
}

// transportSiblings records, for a struct literal, each field given an
// http.Client whose Transport another field's http.Client shares.
func (c *checker) transportSiblings(lit *ast.CompositeLit) {
	first := make(map[string]*types.Var) // Transport expression → first field
	for id, kv := range astutil.Fields(lit) {
		f, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
		if !ok || !f.IsField() {
			continue
		}
		tr := httpClientTransport(c.pass.TypesInfo, kv.Value)
		if tr == "" {
			continue
		}
		if s, ok := first[tr]; ok {
			c.siblings[f] = s
		} else {
			first[tr] = f
		}
	}
}

// httpClientTransport returns the Transport expression of an http.Client
// literal (&http.Client{Transport: t, …}), or "".
func httpClientTransport(info *types.Info, e ast.Expr) string {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok || !astutil.IsNamed(info.TypeOf(lit), "net/http", "Client") {
		return ""
	}
	// The client's own transport (tr, co.transport): not a call, which
	// makes one each time, nor a shared one of another package
	// (http.DefaultTransport), which any client may use.
	switch v := ast.Unparen(astutil.Field(lit, "Transport")).(type) {
	case *ast.Ident:
		return v.Name
	case *ast.SelectorExpr:
		if x, ok := ast.Unparen(v.X).(*ast.Ident); ok {
			if _, pkg := info.ObjectOf(x).(*types.PkgName); pkg {
				return ""
			}
		}
		return types.ExprString(v)
	}
	return ""
}

// derivedFrom returns the client a local client variable of f is derived
// from: one made as http.Client{Transport: c.hc.Transport, …} (to change
// CheckRedirect or the timeout) sends over the same connections, to the
// same API, as c.hc, and is the same client. One made over a transport
// held in a field (`hc := &http.Client{}; hc.Transport =
// a.config.HTTPTransport`) is that field's client, in every function that
// makes one so.
func (c *checker) derivedFrom(f *httpreq.Func, obj types.Object) ast.Expr {
	if f == nil || f.Decl == nil || f.Decl.Body == nil || obj == nil {
		return nil
	}
	info := c.pass.TypesInfo
	var from ast.Expr
	defs, froms := 0, 0
	transport := func(t ast.Expr) {
		sel, ok := ast.Unparen(t).(*ast.SelectorExpr)
		if !ok {
			return
		}
		if x := info.TypeOf(sel.X); sel.Sel.Name == "Transport" && x != nil && astutil.IsNamed(x, "net/http", "Client") {
			from, froms = sel.X, froms+1
		} else if v, ok := info.ObjectOf(sel.Sel).(*types.Var); ok && v.IsField() {
			from, froms = sel, froms+1
		}
	}
	ast.Inspect(f.Decl.Body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != len(as.Rhs) {
			return true
		}
		for i, lhs := range as.Lhs {
			// hc.Transport = a.config.HTTPTransport
			if sel, ok := lhs.(*ast.SelectorExpr); ok && sel.Sel.Name == "Transport" {
				if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && info.ObjectOf(id) == obj {
					transport(as.Rhs[i])
				}
				continue
			}
			if id, ok := lhs.(*ast.Ident); !ok || info.ObjectOf(id) != obj {
				continue
			}
			defs++
			rhs := ast.Unparen(as.Rhs[i])
			if u, ok := rhs.(*ast.UnaryExpr); ok && u.Op == token.AND {
				rhs = ast.Unparen(u.X)
			}
			lit, ok := rhs.(*ast.CompositeLit)
			if !ok || !astutil.IsNamed(info.TypeOf(lit), "net/http", "Client") {
				continue
			}
			if tr := astutil.Field(lit, "Transport"); tr != nil {
				transport(tr)
			}
		}
		return true
	})
	if defs != 1 || froms != 1 {
		return nil
	}
	return from
}

// users returns the API calls s serves: s itself when its response is
// looked at, or, when a wrapper returns it, the calls of the wrapper that
// look at theirs.
func (c *checker) users(s *httpreq.Send, depth int) []*httpreq.Send {
	if depth > 5 {
		return nil
	}
	if s.StatusKept && s.Returned {
		return nil // every error status reaches the caller with its status, and the response with its headers
	}
	// A typed status error without the headers (bitbucket's
	// UnexpectedResponseStatusError{StatusCode}) lets the caller see a
	// 429, as an error that says it in its text does, but not its
	// Retry-After: the API call is judged as one whose error says the
	// status (see clients).
	if !s.Returned {
		if s.Used {
			return []*httpreq.Send{s}
		}
		return nil
	}
	if s.Func == nil || !s.Func.ReturnsResponse() {
		return nil
	}
	var out []*httpreq.Send
	for _, w := range c.wraps[s.Func] {
		out = append(out, c.users(w, depth+1)...)
	}
	return out
}

// reaches reports whether one of calls goes through s.
func (c *checker) reaches(s *httpreq.Send, calls map[*httpreq.Send]bool) bool {
	for _, u := range c.users(s, 0) {
		if calls[u] {
			return true
		}
	}
	return false
}

// handled reports whether the API call u deals with rate limits: it, or a
// function on its way to the send, handles 429; the client retries; or it
// paces its requests (a limiter, a ticker, a fixed pause between calls).
func (c *checker) handled(u *httpreq.Send) bool {
	return c.res.Handles429(u.Func) || c.res.Retrying(u) || u.Paced || c.res.Paces(u.Func) || c.hands429(u.Func)
}

// hands429 reports whether f, or a same-package function it calls a few
// levels down, builds a value of a package type with a method that tests
// for 429 or a rate-limit code (APIError{StatusCode: …} with
// RateLimited(), Error{Code: …} with Throttled()): the client hands the
// 429 to its callers as a typed answer, as the advice asks.
func (c *checker) hands429(f *httpreq.Func) bool {
	if c.rateTypes == nil {
		c.rateTypes = make(map[*types.TypeName]bool)
		for _, g := range c.res.Funcs() {
			if recv := g.Obj.Signature().Recv(); recv != nil && len(g.Mentions429)+len(g.RateCodes) > 0 {
				if n := namedOf(recv.Type()); n != nil {
					c.rateTypes[n.Obj()] = true
				}
			}
		}
	}
	if len(c.rateTypes) == 0 || f == nil {
		return false
	}
	return memo(c.builds, f, func(f *httpreq.Func) bool { return c.builds429(f, 0) })
}

func (c *checker) builds429(f *httpreq.Func, depth int) bool {
	if f.Decl == nil || f.Decl.Body == nil || depth > 3 {
		return false
	}
	found := false
	ast.Inspect(f.Decl.Body, func(n ast.Node) bool {
		if lit, ok := n.(*ast.CompositeLit); ok && !found {
			if t := namedOf(c.pass.TypesInfo.TypeOf(lit)); t != nil && c.rateTypes[t.Obj()] {
				found = true
			}
		}
		return !found
	})
	if found {
		return true
	}
	for g := range f.Callees() {
		if g != f && c.builds429(g, depth+1) {
			return true
		}
	}
	return false
}

// namedOf is the named type of t or of what t points to, or nil.
func namedOf(t types.Type) *types.Named {
	if t == nil {
		return nil
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

// callersHandle reports whether a caller of f, a few levels up, handles
// 429 around it, paces its calls or retries them with backoff (a call of
// a helper that turns 429 into an error, inside retry.Do or a backoff
// loop). A credential fetch among the callers counts for none: its loop
// paces or retries only itself.
func (c *checker) callersHandle(f *httpreq.Func) bool {
	return memo(c.around, f, c.callersHandleUncached)
}

// memo returns m[k], computing it with f and remembering it on first use.
func memo[K comparable](m map[K]bool, k K, f func(K) bool) bool {
	if v, ok := m[k]; ok {
		return v
	}
	v := f(k)
	m[k] = v
	return v
}

func (c *checker) callersHandleUncached(f *httpreq.Func) bool {
	if c.res.PacedCall(f) || c.res.RetriedCall(f) {
		return true
	}
	seen := map[*httpreq.Func]bool{f: true}
	level := []*httpreq.Func{f}
	for range 3 {
		var next []*httpreq.Func
		for _, g := range level {
			for h := range c.callers(g) {
				if seen[h] || h.Decl != nil && c.res.InTest(h.Decl) {
					continue // a test pacing its own calls paces no user's
				}
				seen[h] = true
				if c.aside(h) && !c.constructor(h) {
					// A token refresh on a timer (go-lark's heartbeat) paces
					// the token fetch, not the API calls sharing its helper.
					// (A constructor may set up what handles them.)
					continue
				}
				if h.Handles429 || h.Paces || c.res.PacedCall(h) || c.res.RetriedCall(h) || c.res.ClassifiesRateLimit(h) {
					return true
				}
				next = append(next, h)
			}
		}
		level = next
	}
	return false
}

// An ifaceCall is a call through an interface method, in function from.
type ifaceCall struct {
	iface *types.Interface
	from  *httpreq.Func
	call  *ast.CallExpr
}

// callers returns the functions that call g (outside the tests): directly,
// and, when g is a method, through a method of an interface its type
// implements (a client held as an interface so that tests can swap in a
// mock). A function calling g twice comes twice.
func (c *checker) callers(g *httpreq.Func) iter.Seq[*httpreq.Func] {
	return func(yield func(*httpreq.Func) bool) {
		for _, h := range c.callSites(g) {
			if !yield(h) {
				return
			}
		}
	}
}

// callSites yields the calls of g in the package outside the tests, with
// the calling function, as callers says.
func (c *checker) callSites(g *httpreq.Func) iter.Seq2[*ast.CallExpr, *httpreq.Func] {
	return func(yield func(*ast.CallExpr, *httpreq.Func) bool) {
		for call, h := range c.res.CallsOf(g) {
			if !yield(call, h) {
				return
			}
		}
		if g.Obj.Signature().Recv() == nil {
			return
		}
		if c.viaIface == nil {
			c.interfaceCalls()
		}
		for _, ic := range c.viaIface[g.Obj.Name()] {
			if implements(g, ic) && !c.res.InTest(ic.call) && !yield(ic.call, ic.from) {
				return
			}
		}
	}
}

// implements reports whether the receiver type of the method g implements
// the interface ic calls through.
func implements(g *httpreq.Func, ic ifaceCall) bool {
	return types.Implements(g.Obj.Signature().Recv().Type(), ic.iface)
}

// interfaceCalls fills viaIface from the package's function bodies.
func (c *checker) interfaceCalls() {
	c.viaIface = make(map[string][]ifaceCall)
	for _, f := range c.res.Funcs() {
		if f.Decl == nil || f.Decl.Body == nil {
			continue
		}
		ast.Inspect(f.Decl.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok {
				return true
			}
			s := c.pass.TypesInfo.Selections[sel]
			if s == nil || s.Kind() != types.MethodVal {
				return true
			}
			if it, ok := s.Recv().Underlying().(*types.Interface); ok {
				c.viaIface[sel.Sel.Name] = append(c.viaIface[sel.Sel.Name], ifaceCall{it, f, call})
			}
			return true
		})
	}
}

// apiCalls counts the API calls that reach the functions: the exported
// functions of the package that call them (or are them), else the
// functions themselves.
func (c *checker) apiCalls(funcs []*httpreq.Func) int {
	return countCalls(funcs, c.apiCallSet(funcs))
}

// countCalls counts the API calls that reach funcs, given the exported
// functions that call them (see apiCallSet).
func countCalls(funcs []*httpreq.Func, exported map[*types.Func]bool) int {
	if len(exported) > 0 {
		return len(exported)
	}
	distinct := make(map[*httpreq.Func]bool)
	for _, f := range funcs {
		distinct[f] = true
	}
	return len(distinct)
}

// apiCallSet returns the exported functions of the package that call the
// functions (or are them), as apiCalls counts them.
func (c *checker) apiCallSet(funcs []*httpreq.Func) map[*types.Func]bool {
	seen := make(map[*httpreq.Func]bool)
	exported := make(map[*types.Func]bool)
	level := funcs
	for _, f := range funcs {
		seen[f] = true
	}
	for _, f := range funcs {
		if f.Obj.Exported() && !c.aside(f) {
			exported[f.Obj] = true
		}
	}
	var forwarders []*httpreq.Func
	for depth := 0; depth < 6 && len(level) > 0; depth++ {
		var next []*httpreq.Func
		for _, g := range level {
			for h := range c.callers(g) {
				if seen[h] || h.Decl == nil || c.res.InTest(h.Decl) {
					continue
				}
				seen[h] = true
				if h.Obj.Exported() && !c.aside(h) {
					exported[h.Obj] = true
					forwarders = append(forwarders, h)
				}
				next = append(next, h)
			}
		}
		level = next
	}
	// X, which only hands its arguments to XWithContext (or to another
	// exported function counted), is that call again.
	var again []*types.Func
	for _, h := range forwarders {
		if g := c.forwardsTo(h); g != nil && g != h.Obj && exported[g] {
			again = append(again, h.Obj) // X → XWithContext → XWithOptions: only the last
		}
	}
	for _, fn := range again {
		delete(exported, fn)
	}
	return exported
}

// gateways returns, sorted, the exported interfaces of the package through
// which other packages reach the API calls of set (see apiCallSet): those
// with a method that one of them implements for its unexported receiver
// type, which they can reach no other way (clerk-sdk-go's Backend, whose
// Call its 30 resource packages make ~130 API calls through). Analysis
// facts flow from a package to its importers, so their calls cannot be
// counted here; the message names the interfaces instead.
func (c *checker) gateways(set map[*types.Func]bool) []string {
	var recvs []*types.Func // methods of unexported types
	for fn := range set {
		if recv := fn.Signature().Recv(); recv != nil {
			if n := namedOf(recv.Type()); n != nil && !n.Obj().Exported() {
				recvs = append(recvs, fn) // an exported type's methods are counted as its own
			}
		}
	}
	if len(recvs) == 0 {
		return nil
	}
	scope := c.pass.Pkg.Scope()
	found := make(map[string]bool)
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !tn.Exported() {
			continue
		}
		it, ok := tn.Type().Underlying().(*types.Interface)
		if !ok || it.NumMethods() == 0 {
			continue
		}
		for _, fn := range recvs {
			if m, _, _ := types.LookupFieldOrMethod(it, false, c.pass.Pkg, fn.Name()); m != nil && types.Implements(fn.Signature().Recv().Type(), it) {
				found[name] = true
				break
			}
		}
	}
	return slices.Sorted(maps.Keys(found))
}

// forwardsTo returns the function f's body only calls, handing it f's own
// parameters, nil or a context.Background() (return
// c.GetUserWithContext(context.Background(), id)); nil when f does more,
// or passes a value of its own, such as a request path.
func (c *checker) forwardsTo(f *httpreq.Func) *types.Func {
	if f.Decl.Body == nil || len(f.Decl.Body.List) != 1 {
		return nil
	}
	var call *ast.CallExpr
	switch st := f.Decl.Body.List[0].(type) {
	case *ast.ReturnStmt:
		if len(st.Results) == 1 {
			call, _ = ast.Unparen(st.Results[0]).(*ast.CallExpr)
		}
	case *ast.ExprStmt:
		call, _ = ast.Unparen(st.X).(*ast.CallExpr)
	}
	if call == nil {
		return nil
	}
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return nil
	}
	for _, a := range call.Args {
		if !c.forwarded(f, a) {
			return nil
		}
	}
	return fn
}

// forwarded reports whether the argument a of a call in f passes on one
// of f's parameters, nil, or a fresh context (context.Background()).
func (c *checker) forwarded(f *httpreq.Func, a ast.Expr) bool {
	a = ast.Unparen(a)
	if u, ok := a.(*ast.UnaryExpr); ok && u.Op == token.AND {
		a = ast.Unparen(u.X)
	}
	switch a := a.(type) {
	case *ast.Ident:
		if a.Name == "nil" {
			return true
		}
		v, ok := c.pass.TypesInfo.Uses[a].(*types.Var)
		if !ok {
			return false
		}
		g, _ := c.paramOf(v)
		return g == f
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(c.pass.TypesInfo, a).(*types.Func)
		return ok && len(a.Args) == 0 && fn.Pkg() != nil && fn.Pkg().Path() == "context"
	}
	return false
}
