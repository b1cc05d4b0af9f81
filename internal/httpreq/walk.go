package httpreq

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/credlint/credlint/internal/astindex"
	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/credential"
	"github.com/credlint/credlint/internal/sinks"
)

// walker makes the package's one pass over the syntax.
type walker struct {
	r     *Result
	pass  *analysis.Pass
	fn    *Func // the function being walked
	calls []pkgCall
	model *credential.Model // built on the first header value to judge

	// A 429 mentioned in a package-level variable (minio-go's
	// retryableHTTPStatusCodes set) is handled by the functions that use it.
	spec    *ast.ValueSpec // the package-level declaration being walked
	vars429 map[*types.Var]bool
	varUses map[*Func]map[*types.Var]bool
}

// pkgCall is a call of a function of the package, kept to find the calls
// of wrappers once they are known.
type pkgCall struct {
	cur    inspector.Cursor
	callee *Func
	caller *Func
}

var walkTypes = []ast.Node{
	(*ast.FuncDecl)(nil),
	(*ast.CallExpr)(nil),
	(*ast.AssignStmt)(nil),
	(*ast.ValueSpec)(nil),
	(*ast.CompositeLit)(nil),
	(*ast.BasicLit)(nil),
	(*ast.Ident)(nil),
}

func (w *walker) walk(insp astindex.Index) {
	uses := w.identUses()
	for cur := range insp.Preorder(walkTypes...) {
		n := cur.Node()
		// Leaving a declaration: by range, not by order, as files are
		// parsed concurrently and a later file may have lower positions.
		if w.fn != nil && !inside(n, w.fn.Decl) {
			w.fn = nil
		}
		if w.spec != nil && !inside(n, w.spec) {
			w.spec = nil
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			w.funcDecl(n)
		case *ast.CallExpr:
			w.call(cur, n)
		case *ast.AssignStmt:
			w.assign(n)
		case *ast.ValueSpec:
			if w.fn == nil {
				w.spec = n
			}
			for i, name := range n.Names {
				if i < len(n.Values) {
					w.value(name, n.Values[i])
				}
			}
		case *ast.CompositeLit:
			w.composite(n)
		case *ast.BasicLit:
			if k := mention(n); k != 0 {
				w.mention429(n, k)
			} else if n.Kind == token.STRING && w.rateCodeUse(cur) {
				if s, err := strconv.Unquote(n.Value); err == nil && rateLimitCode(s) {
					w.mention429(n, rateCode)
				}
			}
		case *ast.Ident:
			if len(uses) == 0 {
				continue
			}
			switch obj := uses[n].(type) {
			case *types.Const:
				if k := mentionValue(obj.Val()); k != 0 && (k != rateCode || w.rateCodeUse(cur)) {
					w.mention429(n, k)
				}
			case *types.Var:
				if w.fn != nil && obj.Parent() == w.pass.Pkg.Scope() {
					if w.varUses[w.fn] == nil {
						w.varUses[w.fn] = make(map[*types.Var]bool)
					}
					w.varUses[w.fn][obj] = true
				}
			}
		}
	}
	for f, vars := range w.varUses {
		for v := range vars {
			if w.vars429[v] {
				f.Handles429 = true
			}
		}
	}
	for _, f := range w.r.decls {
		if f.Decl.Recv != nil && f.Decl.Name.Name == "RoundTrip" {
			w.r.authRT = w.r.authRT || w.r.Authenticated(f)
			w.r.retryRT = w.r.retryRT || w.r.Handles429(f)
		}
	}
}

// identUses returns the uses of the objects the walk acts on at an
// identifier (a constant that means 429 or Retry-After, a package-level
// variable): a few entries, where looking every identifier of a large
// package up in TypesInfo.Uses costs a cache miss each.
func (w *walker) identUses() map[*ast.Ident]types.Object {
	var out map[*ast.Ident]types.Object
	if w.pass.TypesInfo == nil {
		return nil // a pass without syntax: nothing to walk
	}
	scope := w.pass.Pkg.Scope()
	consts := make(map[*types.Const]bool) // mentions 429 or Retry-After, by constant
	for id, obj := range w.pass.TypesInfo.Uses {
		switch obj := obj.(type) {
		case *types.Const:
			m, ok := consts[obj]
			if !ok {
				m = mentionValue(obj.Val()) != 0
				consts[obj] = m
			}
			if !m {
				continue
			}
		case *types.Var:
			if obj.Parent() != scope {
				continue
			}
		default:
			continue
		}
		if out == nil {
			out = make(map[*ast.Ident]types.Object)
		}
		out[id] = obj
	}
	return out
}

// optIn reports whether n runs only under an if whose condition is not a
// constant: `if cfg.Insecure { tls.InsecureSkipVerify = true }` is the same
// user opt-in as `InsecureSkipVerify: cfg.Insecure` (vault/api's
// VAULT_SKIP_VERIFY).
func (w *walker) optIn(n ast.Node) bool {
	if w.fn == nil {
		return false
	}
	if optionNamed(w.fn.Decl) {
		return true
	}
	found := false
	ast.Inspect(w.fn.Decl.Body, func(m ast.Node) bool {
		if found || m == nil || !inside(n, m) {
			return false
		}
		if st, ok := m.(*ast.IfStmt); ok && inside(n, st.Body) {
			if tv, ok := w.pass.TypesInfo.Types[st.Cond]; ok && tv.Value == nil {
				found = true
			}
		}
		return true
	})
	return found
}

// optionNamed reports whether d is an exported option named for turning
// verification off that takes no credential (proxmox's
// WithInsecureSkipVerify(), SetInsecure(bool)): the setting runs only when
// a user calls it, as with `if cfg.Insecure`. A constructor that also
// takes the credential (NewInsecureClient(token)) is no such option.
func optionNamed(d *ast.FuncDecl) bool {
	if d == nil || !d.Name.IsExported() {
		return false
	}
	name := strings.ToLower(d.Name.Name)
	if !strings.Contains(name, "insecure") && !strings.Contains(name, "skipverify") && !strings.Contains(name, "skiptls") {
		return false
	}
	for _, f := range d.Type.Params.List {
		for _, id := range f.Names {
			if credential.ClassifyName(id.Name) != credential.Plain {
				return false
			}
		}
	}
	return true
}

func inside(n, outer ast.Node) bool {
	return outer.Pos() <= n.Pos() && n.Pos() < outer.End()
}

// mention429 records a 429 / Retry-After mention: for the function being
// walked, or for the package-level variables being declared.
func (w *walker) mention429(n ast.Node, k mentionKind) {
	switch {
	case w.fn != nil:
		w.fn.Handles429 = true
		switch k {
		case status429:
			w.fn.Mentions429 = append(w.fn.Mentions429, n)
		case retryAfter:
			w.fn.RetryAfter = true
		case rateCode:
			w.fn.RateCodes = append(w.fn.RateCodes, n)
		}
	case w.spec != nil:
		for _, name := range w.spec.Names {
			if v, ok := w.pass.TypesInfo.Defs[name].(*types.Var); ok {
				w.vars429[v] = true
			}
		}
	}
}

// funcOf returns the record of a function of the package.
func (r *Result) funcOf(obj *types.Func) *Func {
	f, ok := r.funcs[obj]
	if !ok {
		f = &Func{Obj: obj, callees: make(map[*Func]bool), callers: make(map[*Func]bool)}
		r.funcs[obj] = f
	}
	return f
}

func (w *walker) funcDecl(d *ast.FuncDecl) {
	obj, _ := w.pass.TypesInfo.Defs[d.Name].(*types.Func)
	if obj == nil || d.Body == nil {
		return
	}
	f := w.r.funcOf(obj)
	f.Decl = d
	w.r.decls[d] = f
	for res := range obj.Signature().Results().Variables() {
		if isResponse(res.Type()) {
			f.returnsRsp = true
		}
	}
	w.fn = f
}

func (w *walker) call(cur inspector.Cursor, call *ast.CallExpr) {
	info := w.pass.TypesInfo
	fn := calleeFunc(info, call)
	if fn == nil {
		if fn, s, client := w.sendValue(call.Fun); fn != nil {
			w.send(cur, call, fn, s, client)
		}
		return
	}
	if fn.Pkg() == w.pass.Pkg && w.fn != nil {
		g := w.r.funcOf(fn)
		w.fn.callees[g] = true
		g.callers[w.fn] = true
		w.calls = append(w.calls, pkgCall{cur, g, w.fn})
	}
	if w.fn != nil && isRetryLib(pkgPath(fn)) {
		w.fn.retries = true // backoff.Retry(operation, b) with operation a variable
	}
	if w.fn != nil {
		if paces(fn) {
			w.fn.Paces = true
		}
		if fn.Pkg() != w.pass.Pkg {
			w.imported(fn)
		}
		if isQuerySet(fn) && len(call.Args) == 2 {
			// q.Set("api_key", key): a credential in the query.
			if k, ok := astutil.ConstString(info, call.Args[0]); (ok && credential.IsCredentialParam(k)) || w.credentialValue(call.Args[1]) {
				w.fn.WritesCredential = true
			}
		}
	}
	if sinks.IsResty(pkgPath(fn)) && fn.Name() == "SetRetryCount" && len(call.Args) == 1 {
		if tv := info.Types[call.Args[0]]; tv.Value == nil || tv.Value.String() != "0" {
			w.r.restyRt = true
		}
	}
	s, ok := sendSink(fn)
	if !ok {
		return
	}
	arg := func(i int) ast.Expr {
		if i >= 0 && i < len(call.Args) {
			return call.Args[i]
		}
		return nil
	}
	resty := sinks.IsResty(pkgPath(fn))
	switch s.Kind {
	case sinks.Header:
		if k, v := arg(s.First), arg(s.First+1); k != nil && v != nil {
			name, _ := astutil.ConstString(info, k)
			w.add(call, &Write{Node: call, Via: Call, Kind: sinks.Header, Key: k, Name: name, Values: []ast.Expr{v}, Resty: resty})
		}
	case sinks.HeaderMap:
		if lit, ok := ast.Unparen(arg(s.First)).(*ast.CompositeLit); ok {
			for _, elt := range lit.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					name, _ := astutil.ConstString(info, kv.Key)
					w.add(call, &Write{Node: kv, Via: Call, Kind: sinks.Header, Key: kv.Key, Name: name, Values: []ast.Expr{kv.Value}, Resty: resty})
				}
			}
		}
	case sinks.AuthToken, sinks.AuthScheme, sinks.BasicAuth:
		if len(call.Args) > s.First {
			w.add(call, &Write{Node: call, Via: Call, Kind: s.Kind, Values: call.Args[s.First:], Resty: resty})
		}
	case sinks.Send:
		var client ast.Expr
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && fn.Signature().Recv() != nil {
			client = sel.X
		}
		w.send(cur, call, fn, s, client)
	case sinks.NewRequest, sinks.BaseURL:
		if u := arg(s.First); u != nil {
			if s.Kind == sinks.NewRequest {
				w.urlCredential(u)
			}
			use := URLUse{URL: u, Call: call, Kind: s.Kind, Func: w.fn}
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && s.Kind == sinks.BaseURL {
				use.Client = sel.X
			}
			w.r.URLs = append(w.r.URLs, use)
		}
	}
}

// send records call, a send of the sink s (fn) through client.
func (w *walker) send(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, s sinks.Sink, client ast.Expr) {
	info := w.pass.TypesInfo
	send := &Send{Call: call, Callee: fn, Sink: s, Func: w.fn, Client: client, cur: cur}
	if s.First >= 0 && s.First < len(call.Args) && astutil.IsString(info.TypeOf(call.Args[s.First])) {
		u := call.Args[s.First]
		send.URL = u
		w.r.URLs = append(w.r.URLs, URLUse{URL: u, Call: call, Kind: sinks.Send, Func: w.fn, Client: client})
		w.urlCredential(u)
	}
	send.Retrying = pkgPath(fn) == sinks.RetryableHTTP || inRetryHelper(info, cur) || inBackoffLoop(info, cur)
	w.r.Sends = append(w.r.Sends, send)
}

// sendValue returns the send a call of fun makes when fun is a local
// variable holding a send's method value, with the client it is bound to:
// go-binance's callAPI sends through `f := c.do; if f == nil { f =
// c.HTTPClient.Do }; res, err := f(req)`, where c.do is a hook its tests
// set. The variable's values are known here: they are assigned before the
// call, in the same function.
func (w *walker) sendValue(fun ast.Expr) (*types.Func, sinks.Sink, ast.Expr) {
	id, ok := ast.Unparen(fun).(*ast.Ident)
	if !ok || w.fn == nil {
		return nil, sinks.Sink{}, nil
	}
	v, ok := w.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Parent() == w.pass.Pkg.Scope() {
		return nil, sinks.Sink{}, nil
	}
	for _, e := range w.r.values[v] {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		s := w.pass.TypesInfo.Selections[sel]
		if s == nil || s.Kind() != types.MethodVal {
			continue
		}
		fn, ok := s.Obj().(*types.Func)
		if !ok {
			continue
		}
		if k, ok := sendSink(fn); ok && k.Kind == sinks.Send {
			return fn, k, sel.X
		}
	}
	return nil, sinks.Sink{}, nil
}

// sendSink returns the sink fn is: one of the table's, or the Do method
// of an HTTP client interface (isDoer).
func sendSink(fn *types.Func) (sinks.Sink, bool) {
	if s, ok := sinks.Lookup(fn); ok {
		return s, true
	}
	if isDoer(fn) {
		return sinks.Sink{Kind: sinks.Send, First: -1, Writer: -1}, true
	}
	return sinks.Sink{}, false
}

// isDoer reports whether fn is the Do method of an interface that stands
// for an HTTP client (scaleway's and telegram-bot-api's httpClient, slack's
// httpClient): Do(*http.Request) (*http.Response, error).
func isDoer(fn *types.Func) bool {
	sig := fn.Signature()
	if fn.Name() != "Do" || sig.Recv() == nil || !types.IsInterface(sig.Recv().Type()) {
		return false
	}
	if sig.Params().Len() != 1 || sig.Results().Len() != 2 {
		return false
	}
	return astutil.IsNamed(sig.Params().At(0).Type(), "net/http", "Request") &&
		astutil.IsNamed(sig.Results().At(0).Type(), "net/http", "Response")
}

// urlCredential marks the function as authenticating when a request URL
// carries a credential (a bot token in the path, a key in the query).
func (w *walker) urlCredential(u ast.Expr) {
	if w.fn != nil && !w.fn.WritesCredential && (w.credentialValue(u) || w.joinedCredential(u)) {
		w.fn.WritesCredential = true
	}
}

// joinedCredential reports whether the URL variable u was made by
// url.JoinPath from a credential (miniflux's telegram client:
// `endpointURL, err := url.JoinPath(apiEndpoint, "/bot"+c.botToken, …)`),
// whose two results the credential model does not follow.
func (w *walker) joinedCredential(u ast.Expr) bool {
	id, ok := ast.Unparen(u).(*ast.Ident)
	if !ok || w.fn.Decl == nil || w.fn.Decl.Body == nil {
		return false
	}
	info := w.pass.TypesInfo
	obj := info.ObjectOf(id)
	found := false
	ast.Inspect(w.fn.Decl.Body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || found || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
			return !found
		}
		lhs, ok := ast.Unparen(as.Lhs[0]).(*ast.Ident)
		call, isCall := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok || !isCall || info.ObjectOf(lhs) != obj {
			return true
		}
		if fn := calleeFunc(info, call); fn == nil || fn.FullName() != "net/url.JoinPath" {
			return true
		}
		for _, a := range call.Args {
			if w.credentialValue(a) {
				found = true
			}
		}
		return !found
	})
	return found
}

// isQuerySet reports whether fn is url.Values' Set or Add.
func isQuerySet(fn *types.Func) bool {
	if n := fn.Name(); n != "Set" && n != "Add" {
		return false // most calls: no full name built
	}
	switch fn.FullName() {
	case "(net/url.Values).Set", "(net/url.Values).Add":
		return true
	}
	return false
}

// paces reports whether a call of fn makes a client wait between requests:
// a token-bucket limiter or a ticker.
func paces(fn *types.Func) bool {
	return Limits(fn) || pkgPath(fn) == "time" && (fn.Name() == "Tick" || fn.Name() == "NewTicker")
}

// Limits reports whether a call of fn asks a token-bucket limiter
// (golang.org/x/time/rate, go.uber.org/ratelimit) for the next request:
// the limiter's rate, set where it is made, paces the requests.
func Limits(fn *types.Func) bool {
	switch pkgPath(fn) {
	case "golang.org/x/time/rate":
		switch fn.Name() {
		case "Wait", "WaitN", "Allow", "AllowN", "Reserve", "ReserveN":
			return fn.Signature().Recv() != nil
		}
	case "go.uber.org/ratelimit", "github.com/juju/ratelimit", "github.com/beefsack/go-rate":
		return true
	}
	return false
}

func (w *walker) add(call *ast.CallExpr, wr *Write) {
	wr.Func = w.fn
	wr.cred = w.credentialWrite(wr)
	w.r.Writes = append(w.r.Writes, wr)
	if !wr.Credential() {
		return
	}
	w.r.creds[call] = true
	if w.fn != nil {
		w.fn.WritesCredential = true
	}
	if wr.Resty {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if t := w.pass.TypesInfo.TypeOf(sel.X); t != nil && isRestyClient(t) {
				w.r.restyCr = true
			}
		}
	}
}

func isRestyClient(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Name() == "Client" && sinks.IsResty(pkgPath(n.Obj()))
}

func (w *walker) assign(a *ast.AssignStmt) {
	info := w.pass.TypesInfo
	if len(a.Lhs) != len(a.Rhs) {
		if len(a.Rhs) == 1 {
			w.value(a.Lhs[0], a.Rhs[0])
		}
		return
	}
	for i, lhs := range a.Lhs {
		rhs := a.Rhs[i]
		w.value(lhs, rhs)
		switch l := ast.Unparen(lhs).(type) {
		case *ast.IndexExpr:
			if a.Tok == token.ASSIGN && astutil.IsNamed(info.TypeOf(l.X), "net/http", "Header") {
				name, _ := astutil.ConstString(info, l.Index)
				wr := &Write{Node: a, Via: Index, Kind: sinks.Header, Key: l.Index, Name: name, Values: elements(rhs), Func: w.fn}
				wr.cred = w.credentialWrite(wr)
				w.r.Writes = append(w.r.Writes, wr)
				if wr.Credential() && w.fn != nil {
					w.fn.WritesCredential = true
				}
			}
		case *ast.SelectorExpr:
			if l.Sel.Name == "InsecureSkipVerify" && isTrue(info, rhs) && !w.optIn(a) {
				w.r.InsecureTLS = append(w.r.InsecureTLS, Insecure{Node: a, Func: w.fn})
			}
		}
	}
}

// value records that rhs is assigned to what lhs names.
func (w *walker) value(lhs, rhs ast.Expr) { w.r.value(lhs, rhs) }

func (r *Result) value(lhs, rhs ast.Expr) {
	var obj types.Object
	switch l := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		obj = r.info.ObjectOf(l)
	case *ast.SelectorExpr:
		obj = r.info.ObjectOf(l.Sel)
	}
	if obj != nil && !r.InTest(rhs) {
		r.values[obj] = append(r.values[obj], rhs)
	}
}

func (w *walker) composite(lit *ast.CompositeLit) {
	info := w.pass.TypesInfo
	t := info.TypeOf(lit)
	if t == nil {
		return
	}
	if astutil.IsNamed(t, "net/http", "Header") {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				name, _ := astutil.ConstString(info, kv.Key)
				wr := &Write{Node: kv, Via: Literal, Kind: sinks.Header, Key: kv.Key, Name: name, Values: elements(kv.Value), Func: w.fn}
				wr.cred = w.credentialWrite(wr)
				w.r.Writes = append(w.r.Writes, wr)
				if wr.Credential() && w.fn != nil {
					w.fn.WritesCredential = true
				}
			}
		}
		return
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return
	}
	if w.fn != nil && carriesRetryAfter(st, 0) {
		// &Error{ResponseParameters: p} with p.RetryAfter: the delay the
		// server asked for goes to the caller (Telegram's retry_after).
		w.fn.Handles429 = true
		w.fn.RetryAfter = true
	}
	tlsConfig := astutil.IsNamed(t, "crypto/tls", "Config")
	for key, kv := range astutil.Fields(lit) {
		w.value(key, kv.Value)
		if tlsConfig && key.Name == "InsecureSkipVerify" && isTrue(info, kv.Value) && !w.optIn(kv) {
			w.r.InsecureTLS = append(w.r.InsecureTLS, Insecure{Node: kv, Func: w.fn})
		}
	}
}

// carriesRetryAfter reports whether a struct has, a level or two down, a
// field named RetryAfter.
func carriesRetryAfter(st *types.Struct, depth int) bool {
	for f := range st.Fields() {
		if strings.EqualFold(f.Name(), "RetryAfter") {
			return true
		}
		if depth < 1 {
			t := f.Type()
			if p, ok := types.Unalias(t).(*types.Pointer); ok {
				t = p.Elem()
			}
			if inner, ok := t.Underlying().(*types.Struct); ok && carriesRetryAfter(inner, depth+1) {
				return true
			}
		}
	}
	return false
}

// elements returns the elements of a []string{…} literal, else e itself.
func elements(e ast.Expr) []ast.Expr {
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
		return lit.Elts
	}
	return []ast.Expr{e}
}

func isTrue(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
}

// mentionKind says what a constant says about rate limits.
type mentionKind int

const (
	status429  mentionKind = iota + 1 // 429, http.StatusTooManyRequests
	retryAfter                        // the Retry-After header, or a rate-limit reset header
	// rateCode: an API's rate-limit error code, which some APIs send in
	// the body of a 200 (Tencent's and AWS EC2's RequestLimitExceeded, AWS's
	// Throttling, Slack's ratelimited). Compared with what the server sent,
	// it is how the client recognises the limit, as 429 is elsewhere;
	// anywhere else (a log message) it says nothing.
	rateCode
)

// resetHeaders say when a rate limit resets: Retry-After, and the vendor
// headers that mean the same (X-RateLimit-Reset, RateLimit-Reset).
func resetHeaders(w string) bool {
	switch w {
	case "retry-after", "x-ratelimit-reset", "ratelimit-reset",
		"x-rate-limit-reset", "x-ratelimit-reset-after":
		return true
	}
	return false
}

func mention(lit *ast.BasicLit) mentionKind {
	switch lit.Kind {
	case token.INT:
		if lit.Value == "429" {
			return status429
		}
	case token.STRING:
		if len(lit.Value) < len(`"Retry-After"`) || len(lit.Value) > len(`"X-RateLimit-Reset-After"`) {
			return 0
		}
		if s, err := strconv.Unquote(lit.Value); err == nil && resetHeaders(strings.ToLower(s)) {
			return retryAfter
		}
	}
	return 0
}

func mentionValue(v constant.Value) mentionKind {
	switch v.Kind() {
	case constant.Int:
		if n, ok := constant.Int64Val(v); ok && n == 429 {
			return status429
		}
	case constant.String:
		s := constant.StringVal(v)
		if resetHeaders(strings.ToLower(s)) {
			return retryAfter
		}
		if rateLimitCode(s) {
			return rateCode
		}
	}
	return 0
}

// rateLimitCode reports whether s reads as a rate-limit error code or
// message: RequestLimitExceeded, Throttling, ThrottlingException,
// TooManyRequests, rate_limit_exceeded, RATE_LIMITED, ratelimited,
// SlowDown. Not a quota (LimitExceeded, QuotaExceeded): waiting does not
// lift it.
func rateLimitCode(s string) bool {
	if len(s) < len("SlowDown") || len(s) > 64 ||
		!containsFold(s, "limit") && !containsFold(s, "thrott") && !containsFold(s, "many") && !containsFold(s, "slow") {
		return false // most strings: no allocation
	}
	words := credential.SplitWords(s)
	at := func(i int) string {
		if i < 0 || i >= len(words) {
			return ""
		}
		return words[i]
	}
	for i, w := range words {
		switch w {
		case "throttling", "throttled", "ratelimit", "ratelimited":
			return true
		case "rate":
			switch at(i + 1) {
			case "limit", "limited", "exceeded":
				return true
			}
		case "limit":
			if p := at(i - 1); (p == "request" || p == "requests") && at(i+1) == "exceeded" {
				return true
			}
		case "many":
			if at(i-1) == "too" && at(i+1) == "requests" {
				return true
			}
		case "slow":
			if len(words) == 2 && at(i+1) == "down" {
				return true
			}
		}
	}
	return false
}

// containsFold reports whether s contains the lower-case ASCII sub in any
// case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// rateCodeUse reports whether the string at cur is compared with the
// server's answer (==, !=, a case of a switch, strings.Contains and the
// like) in a function, or is an element of a package-level variable's
// literal (a set of codes to retry on). The answer is told by its names:
// err.Code, apiErr.Error(), code, body, resp.Message — not cfg.Mode, whose
// "throttling" is a setting.
func (w *walker) rateCodeUse(cur inspector.Cursor) bool {
	if sel, ok := cur.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == cur.Node() {
		cur = cur.Parent() // errors.CodeLimitExceeded
	}
	switch p := cur.Parent().Node().(type) {
	case *ast.BinaryExpr:
		other := p.X
		if other == cur.Node() {
			other = p.Y
		}
		return w.fn != nil && (p.Op == token.EQL || p.Op == token.NEQ) && answerLike(other)
	case *ast.CaseClause:
		sw, ok := cur.Parent().Parent().Parent().Node().(*ast.SwitchStmt)
		return w.fn != nil && ok && (sw.Tag == nil || answerLike(sw.Tag))
	case *ast.CallExpr:
		fn := calleeFunc(w.pass.TypesInfo, p)
		if w.fn == nil || fn == nil || (pkgPath(fn) != "strings" && pkgPath(fn) != "bytes") || len(p.Args) < 2 {
			return false
		}
		switch fn.Name() {
		case "Contains", "EqualFold", "HasPrefix", "HasSuffix", "Index":
			return answerLike(p.Args[0]) || answerLike(p.Args[1])
		}
	case *ast.CompositeLit, *ast.KeyValueExpr:
		return w.fn == nil && w.spec != nil
	}
	return false
}

// answerLike reports whether a name in e says it holds the server's answer
// or an error: code, err, error, status, message, body, resp, reason…
func answerLike(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || found {
			return !found
		}
		for _, w := range credential.SplitWords(id.Name) {
			switch w {
			case "code", "codes", "err", "error", "errors", "status", "message", "msg", "reason", "body",
				"resp", "response", "res", "result", "answer", "reply", "detail", "details", "fault",
				"exception", "type", "kind", "data", "payload", "text", "s", "str":
				found = true
			}
		}
		return !found
	})
	return found
}

// retryLibs are packages whose helpers call a function literal again with
// back-off until it succeeds.
var retryLibs = []string{
	"github.com/cenkalti/backoff", "github.com/avast/retry-go",
	"github.com/sethvargo/go-retry", "k8s.io/apimachinery/pkg/util/wait",
	"k8s.io/client-go/util/retry",
}

func isRetryLib(path string) bool {
	for _, p := range retryLibs {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// inRetryHelper reports whether cur is inside a function literal passed to
// a retry helper: one from a retry library, or any function whose name
// says it retries or backs off (withRetry, retry.Do).
func inRetryHelper(info *types.Info, cur inspector.Cursor) bool {
	for lit := range cur.Enclosing((*ast.FuncLit)(nil)) {
		call, ok := lit.Parent().Node().(*ast.CallExpr)
		if !ok {
			continue
		}
		fn := calleeFunc(info, call)
		if fn == nil {
			continue
		}
		if isRetryLib(pkgPath(fn)) {
			return true
		}
		name := strings.ToLower(fn.Name())
		if strings.Contains(name, "retry") || strings.Contains(name, "backoff") {
			return true
		}
	}
	return false
}

// inPacingLoop reports whether cur is inside a loop, in the same function,
// whose body waits between requests on every pass: a statement of its own
// (not a retry branch) that sleeps, reads a ticker's channel, or waits on a
// rate limiter. A fixed pause between calls keeps under a rate limit as
// surely as a limiter does.
func inPacingLoop(info *types.Info, cur inspector.Cursor) bool {
	for loop, body := range loopsInFunc(cur) {
		if n, ok := loop.(*ast.RangeStmt); ok {
			if tv, ok := info.Types[n.X]; ok && IsTickChan(tv.Type) {
				return true // for range ticker.C
			}
		}
		for _, st := range body.List {
			var e ast.Node
			switch st := st.(type) {
			case *ast.ExprStmt:
				e = st.X
			case *ast.IfStmt: // if err := lim.Wait(ctx); err != nil
				e = st.Init
			case *ast.SelectStmt:
				e = st
			}
			if e != nil && waits(info, e) {
				return true
			}
		}
	}
	return false
}

// waits reports whether n sleeps, reads a ticker or waits on a limiter.
func waits(info *types.Info, n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if fn := calleeFunc(info, n); fn != nil {
				found = found || paces(fn) || (pkgPath(fn) == "time" && (fn.Name() == "Sleep" || fn.Name() == "After"))
			}
		case *ast.UnaryExpr:
			found = found || (n.Op == token.ARROW && IsTickChan(info.TypeOf(n.X)))
		case *ast.FuncLit:
			return false
		}
		return !found
	})
	return found
}

// IsTickChan reports whether t is a ticker's channel type (<-chan time.Time).
func IsTickChan(t types.Type) bool {
	ch, ok := types.Unalias(t).(*types.Chan)
	return ok && astutil.IsNamed(ch.Elem(), "time", "Time")
}

// inBackoffLoop reports whether cur is inside a hand-written retry loop
// that backs off: a loop, in the same function, that also waits for a
// computed delay (time.Sleep(backoff(n)), time.After(d)). A fixed
// time.Sleep(time.Second) is not backing off.
func inBackoffLoop(info *types.Info, cur inspector.Cursor) bool {
	for _, body := range loopsInFunc(cur) {
		found := false
		ast.Inspect(body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || found || len(call.Args) != 1 {
				return !found
			}
			if fn := calleeFunc(info, call); fn != nil && pkgPath(fn) == "time" {
				switch fn.Name() {
				case "Sleep", "After", "NewTimer", "Reset":
					found = info.Types[call.Args[0]].Value == nil
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// loopsInFunc yields the loops that repeat cur, innermost first, with
// their bodies, up to the function that holds it: cur in a loop's body,
// or in a for loop's condition or post statement (not its init, nor a
// range's operand, evaluated once). A loop outside a closure does not
// repeat the closure's calls.
func loopsInFunc(cur inspector.Cursor) iter.Seq2[ast.Node, *ast.BlockStmt] {
	return func(yield func(ast.Node, *ast.BlockStmt) bool) {
		pos := cur.Node().Pos()
		for c := range cur.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
			var body *ast.BlockStmt
			switch n := c.Node().(type) {
			case *ast.ForStmt:
				if !within(n.Body, pos) && !within(n.Cond, pos) && !within(n.Post, pos) {
					continue
				}
				body = n.Body
			case *ast.RangeStmt:
				if !within(n.Body, pos) {
					continue
				}
				body = n.Body
			default:
				return
			}
			if !yield(c.Node(), body) {
				return
			}
		}
	}
}

// within reports whether pos is inside n (a nil n holds nothing).
func within(n ast.Node, pos token.Pos) bool {
	return n != nil && n.Pos() <= pos && pos < n.End()
}

// InLoop reports whether call, a call in the package's syntax, is repeated
// by a loop of the function that holds it (see loopsInFunc): batches,
// pages, polling.
func (r *Result) InLoop(call *ast.CallExpr) bool {
	cur, ok := r.cursorOf(call)
	if !ok {
		return false
	}
	for range loopsInFunc(cur) {
		return true
	}
	return false
}

// InFuncLit reports whether call is inside a function literal of its
// function: a handler, a goroutine's body, a command's callback, which
// runs whenever it is called.
func (r *Result) InFuncLit(call *ast.CallExpr) bool {
	cur, ok := r.cursorOf(call)
	if !ok {
		return false
	}
	for c := range cur.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		_, lit := c.Node().(*ast.FuncLit)
		return lit
	}
	return false
}

// Repeated reports whether call is repeated by a loop of its function
// after a 429, as InLoop says, but for a send (or a wrapper call) whose
// innermost loop leaves on a 429: a retry loop for server errors that
// breaks out, or returns, on any status it does not retry (`if err != nil
// || resp.StatusCode < 500 || attempt == 3 { break }`). A 429 there goes
// to the caller; only an outer loop (pages, batches) would send again.
func (r *Result) Repeated(call *ast.CallExpr) bool {
	cur, ok := r.cursorOf(call)
	if !ok {
		return false
	}
	s := r.byCall[call]
	innermost := true
	for _, body := range loopsInFunc(cur) {
		if innermost && s != nil && s.Resp != nil {
			innermost = false
			switch r.leavesOn429(body, s) {
			case token.RETURN:
				return false
			case token.BREAK:
				continue
			}
		}
		return true
	}
	return false
}

// leavesOn429 returns how the loop body holding the send s leaves when its
// response is a 429: token.BREAK or token.RETURN for a statement of the
// body after the send, `if cond { …; break }` (or return), whose cond is
// true for 429 whatever else it tests; token.ILLEGAL when it does not.
func (r *Result) leavesOn429(body *ast.BlockStmt, s *Send) token.Token {
	env := statusEnv{resps: map[types.Object]bool{s.Resp: true}}
	for _, st := range body.List {
		ifs, ok := st.(*ast.IfStmt)
		if !ok || ifs.Pos() < s.Call.End() || len(ifs.Body.List) == 0 {
			continue
		}
		if v, known := r.holds429(ifs.Cond, env); !known || !v {
			continue
		}
		switch last := ifs.Body.List[len(ifs.Body.List)-1].(type) {
		case *ast.ReturnStmt:
			return token.RETURN
		case *ast.BranchStmt:
			if last.Tok == token.BREAK && last.Label == nil {
				return token.BREAK
			}
		}
	}
	return token.ILLEGAL
}

// cursorOf returns the cursor of call: a send's or a call of the
// package's functions known from the walk, else found in its file.
func (r *Result) cursorOf(call *ast.CallExpr) (inspector.Cursor, bool) {
	if s := r.byCall[call]; s != nil && s.cur.Valid() {
		return s.cur, true
	}
	if r.callCur == nil {
		r.callCur = make(map[*ast.CallExpr]inspector.Cursor, len(r.calls))
		for _, c := range r.calls {
			r.callCur[c.cur.Node().(*ast.CallExpr)] = c.cur
		}
	}
	if cur, ok := r.callCur[call]; ok {
		return cur, true
	}
	for _, in := range astindex.Of(r.pass)() {
		for f := range in.Root().Children() {
			if file, ok := f.Node().(*ast.File); ok && file.FileStart <= call.Pos() && call.Pos() < file.FileEnd {
				return f.FindNode(call)
			}
		}
	}
	return inspector.Cursor{}, false
}
