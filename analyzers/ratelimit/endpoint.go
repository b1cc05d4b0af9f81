package ratelimit

import (
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/credential"
	"github.com/credlint/credlint/internal/httpreq"
	"github.com/credlint/credlint/internal/netname"
	"github.com/credlint/credlint/internal/sinks"
)

// hosted reports whether the client talks to a hosted API, which
// rate-limits: a request URL traced to a constant https:// (or bare) host
// of a public server (a base URL constant, a default endpoint). A client
// whose endpoint comes only from the user's configuration is a self-hosted
// server's (an IPAM, a PowerDNS): not reported without -selfhosted. When no
// constant is found on the way, a package constant named like a base URL
// or endpoint decides. When not hosted, ends holds the parameters of the
// package's exported constructors that the request URLs come from
// (api.New(baseURL, token)): the packages calling them say which server.
func (c *checker) hosted(cl *client) (ok bool, ends map[*types.Func][]int) {
	// funcs: the functions whose URLs count; expanded: those whose callees
	// were added. One set for both made the answer depend on the order of
	// the map walks: a function first met as a callee was never expanded
	// (minio-go's api.go:651 reported on some runs, not on others).
	funcs := make(map[*httpreq.Func]bool)
	expanded := make(map[*httpreq.Func]bool)
	add := func(f *httpreq.Func) {
		if f == nil || expanded[f] {
			return
		}
		expanded[f] = true
		funcs[f] = true
		for g := range f.Callees() {
			funcs[g] = true
			for h := range g.Callees() {
				funcs[h] = true
			}
		}
	}
	// A function given the request sends what its callers built
	// (razorpay's doRequestResponse(req), called by Get and Post).
	given := func(f *httpreq.Func) {
		add(f)
		if f == nil || !takesRequest(f.Obj.Signature()) {
			return
		}
		for g := range f.Callers() {
			if g.Decl != nil && !c.res.InTest(g.Decl) {
				add(g)
			}
		}
	}
	for _, s := range cl.sends {
		given(s.Func)
	}
	for u := range cl.calls {
		given(u.Func)
	}
	if cl.dropper != nil {
		for g := range cl.dropper.Func.Callers() {
			add(g)
		}
	}
	t := tracer{c: c, seen: make(map[types.Object]int), ends: make(map[*types.Func][]int)}
	for _, u := range c.res.URLs {
		// resty's SetBaseURL counts wherever it is (the constructor).
		if funcs[u.Func] || u.Kind == sinks.BaseURL {
			t.leaves(u.URL, 0)
		}
	}
	c.endFields = t.fields
	switch {
	case t.hosted:
		return true, nil
	case t.hosts:
		return false, t.ends // only local or internal hosts
	}
	return c.packageEndpoint(), t.ends
}

// takesRequest reports whether sig has an *http.Request parameter.
func takesRequest(sig *types.Signature) bool {
	for p := range sig.Params().Variables() {
		if astutil.IsNamed(p.Type(), "net/http", "Request") {
			return true
		}
	}
	return false
}

// hostedArg reports whether e, an argument given to another package's
// constructor, traces to a hosted API's address.
func (c *checker) hostedArg(e ast.Expr) bool {
	t := tracer{c: c, seen: make(map[types.Object]int)}
	t.leaves(e, 0)
	return t.hosted
}

// tracer follows a URL expression to the constants it is made of.
type tracer struct {
	c *checker
	// seen holds the shallowest depth each variable was followed at (plus
	// one): one first met deep, where the depth limit cut its constants
	// off (go-ovh's endpoint field through getTarget's parameter), is
	// followed again when met nearer the request.
	seen   map[types.Object]int
	hosted bool // a constant names a public host
	hosts  bool // a constant names some host
	// ends, when not nil, collects the parameters of exported
	// constructors the URL comes from (see hosted).
	ends map[*types.Func][]int
	// fields collects, with ends, the exported fields of the package's
	// exported struct types the URL comes from that nothing here sets
	// (razorpay's Request.BaseURL): the packages building the struct set
	// them.
	fields []*types.Var
}

func (t *tracer) leaves(e ast.Expr, depth int) {
	if e == nil || depth > 8 || t.hosted {
		return
	}
	info := t.c.pass.TypesInfo
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() == constant.String {
			t.constant(constant.StringVal(tv.Value))
		}
		return
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.SelectorExpr:
		var obj types.Object
		if id, ok := e.(*ast.Ident); ok {
			obj = info.ObjectOf(id)
		} else {
			sel := e.(*ast.SelectorExpr)
			obj = info.ObjectOf(sel.Sel)
			if _, ok := info.Selections[sel]; ok && !isVar(obj) {
				t.leaves(sel.X, depth+1) // u.Host, base.String
			}
		}
		if obj == nil || t.seen[obj] != 0 && t.seen[obj] <= depth+1 {
			return
		}
		t.seen[obj] = depth + 1
		vals := t.c.res.Values(obj)
		for _, v := range vals {
			t.leaves(v, depth+1)
		}
		if v, ok := obj.(*types.Var); ok && len(vals) == 0 && depth < 6 {
			if sel, ok := e.(*ast.SelectorExpr); ok && v.IsField() && t.ends != nil {
				// s.opts.Endpoint, a field that nothing here sets, of a
				// constructor's parameter: the parameter's.
				t.endParam(sel.X, 0)
				if v.Exported() && v.Pkg() == t.c.pass.Pkg && !slices.Contains(t.fields, v) {
					t.fields = append(t.fields, v)
				}
			}
			t.arguments(v, depth)
		}
	case *ast.BinaryExpr:
		t.leaves(e.X, depth+1)
		t.leaves(e.Y, depth+1)
	case *ast.UnaryExpr:
		t.leaves(e.X, depth+1)
	case *ast.StarExpr:
		t.leaves(e.X, depth+1)
	case *ast.IndexExpr: // Endpoints[name]
		t.leaves(e.X, depth+1)
	case *ast.SliceExpr:
		t.leaves(e.X, depth+1)
	case *ast.CallExpr:
		if fn, ok := calleeOf(info, e); ok {
			if fn.Pkg() != t.c.pass.Pkg && fn.Pkg() != nil && t.c.pass.ImportObjectFact(fn, new(EndpointFact)) {
				t.hosts, t.hosted = true, true // region.BlobServiceURL(path): a hosted API's URL
				return
			}
			if d := t.c.res.Decl(fn); d != nil && d.Body != nil && depth < 6 {
				ast.Inspect(d.Body, func(n ast.Node) bool {
					if ret, ok := n.(*ast.ReturnStmt); ok && len(ret.Results) > 0 {
						t.leaves(ret.Results[0], depth+1)
					}
					_, lit := n.(*ast.FuncLit)
					return !lit
				})
			}
		}
		if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
			if _, ok := info.Selections[sel]; ok {
				t.leaves(sel.X, depth+1) // base.ResolveReference(rel), u.String()
			}
		}
		for _, a := range e.Args {
			t.leaves(a, depth+1)
		}
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				t.leaves(kv.Value, depth+1)
			} else {
				t.leaves(elt, depth+1)
			}
		}
	}
}

func isVar(obj types.Object) bool { _, ok := obj.(*types.Var); return ok }

// arguments follows a parameter to what the package's calls of its
// function pass: doBlobPost(ctx, a.notebooksURL(org), …) sends to the
// notebooks URL, NewClient(defaultBaseURL) to the default endpoint.
func (t *tracer) arguments(v *types.Var, depth int) {
	f, i := t.c.paramOf(v)
	if f == nil {
		return
	}
	t.endpoint(f, i)
	for call := range t.c.res.CallsOf(f) {
		if i < len(call.Args) && !f.Obj.Signature().Variadic() {
			t.leaves(call.Args[i], depth+1)
		}
	}
}

// endpoint records the i-th parameter of f, when f is an exported
// constructor, as one the URL comes from.
func (t *tracer) endpoint(f *httpreq.Func, i int) {
	if t.ends != nil && f.Obj.Exported() && t.c.constructor(f) && !slices.Contains(t.ends[f.Obj], i) {
		t.ends[f.Obj] = append(t.ends[f.Obj], i)
	}
}

// endParam follows e, what holds a field the URL is read from (s.opts in
// s.opts.Endpoint), through fields to the constructor parameter it was
// set from. Only the parameter is recorded: the struct's other fields
// say nothing of the host.
func (t *tracer) endParam(e ast.Expr, depth int) {
	if depth > 3 {
		return
	}
	var obj types.Object
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		obj = t.c.pass.TypesInfo.Uses[x]
	case *ast.SelectorExpr:
		obj = t.c.pass.TypesInfo.Uses[x.Sel]
	}
	v, ok := obj.(*types.Var)
	if !ok {
		return
	}
	if f, i := t.c.paramOf(v); f != nil {
		t.endpoint(f, i)
		return
	}
	if v.IsField() {
		for _, val := range t.c.res.Values(v) {
			t.endParam(val, depth+1)
		}
	}
}

// paramOf returns the function of the package v is a parameter of, with
// its index.
func (c *checker) paramOf(v *types.Var) (*httpreq.Func, int) {
	if c.params == nil {
		c.params = make(map[*types.Var]paramAt)
		for _, f := range c.res.Funcs() {
			params := f.Obj.Signature().Params()
			for i := range params.Len() {
				c.params[params.At(i)] = paramAt{f, i}
			}
		}
	}
	p := c.params[v]
	return p.f, p.i
}

type paramAt struct {
	f *httpreq.Func
	i int
}

// An EndpointFact marks an exported function or method that returns a
// hosted API's URL (newrelic's Region.BlobServiceURL, built on a region
// table of https:// constants): a request to what it returns is one to a
// hosted API, in the packages that import it.
type EndpointFact struct{}

// AFact marks EndpointFact as an analysis fact.
func (*EndpointFact) AFact() {}

func (*EndpointFact) String() string { return "hosted endpoint" }

// exportEndpoints exports an EndpointFact for each exported function named
// for a URL or endpoint (BaseURL, BlobServiceURL, Endpoint) whose string
// or *url.URL result traces to a constant public host. Any package may
// hold one, also one that sends no request: only the declarations' names
// are looked at until one matches. The standard library holds none.
func (c *checker) exportEndpoints() {
	if sinks.Standard(c.pass) {
		return
	}
	for _, file := range c.pass.Files {
		if credential.IsTestSupport(c.pass.Fset.File(file.FileStart).Name()) {
			continue
		}
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || !fd.Name.IsExported() || !urlName(fd.Name.Name) {
				continue
			}
			fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok || fn.Signature().Results().Len() == 0 || !urlType(fn.Signature().Results().At(0).Type()) {
				continue
			}
			t := tracer{c: c, seen: make(map[types.Object]int)}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if ret, ok := n.(*ast.ReturnStmt); ok && len(ret.Results) > 0 {
					t.leaves(ret.Results[0], 0)
				}
				_, lit := n.(*ast.FuncLit)
				return !lit && !t.hosted
			})
			if t.hosted {
				c.pass.ExportObjectFact(fn, new(EndpointFact))
			}
		}
	}
}

// urlName reports whether a function's name says it returns a URL or an
// endpoint (not a host, a base name or an address: path.Base, JoinHostPort).
func urlName(name string) bool {
	for _, w := range credential.SplitWords(name) {
		switch w {
		case "url", "uri", "endpoint":
			return true
		}
	}
	return false
}

// urlType reports whether t is a string or a (pointer to a) url.URL.
func urlType(t types.Type) bool {
	if b, ok := t.Underlying().(*types.Basic); ok {
		return b.Kind() == types.String
	}
	return astutil.IsNamed(t, "net/url", "URL")
}

func calleeOf(info *types.Info, call *ast.CallExpr) (*types.Func, bool) {
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	default:
		return nil, false
	}
	fn, ok := info.Uses[id].(*types.Func)
	return fn, ok
}

func (t *tracer) constant(s string) {
	host, ok := hostOf(s)
	if !ok {
		return
	}
	t.hosts = true
	if (publicHost(host) || serviceLabel(s, host)) && !credentialEndpoint(s) {
		t.hosted = true
	}
}

// serviceLabel reports whether s, an https:// URL, puts a host label of
// its own in front of a domain that comes from elsewhere: livekit
// server-sdk-go's cloudagents turns the user's project URL into its
// agents API's with fmt.Sprintf("https://%sagents.", region)
// (https://proj.livekit.cloud → https://agents.livekit.cloud, client.go:280).
// A package that knows the server's host layout talks to a service run
// for it, not to a server its user set up at an address of their own.
// (A pattern matching such a URL, ^https://[a-z0-9\-]+\., is no label.)
func serviceLabel(s, host string) bool {
	if !strings.HasPrefix(strings.ToLower(s), "https://") || !strings.HasSuffix(host, ".") {
		return false
	}
	var b strings.Builder
	for i := 0; i < len(host); i++ {
		if host[i] == '%' && i+1 < len(host) {
			i++ // a format verb: the region, given at run time
			continue
		}
		b.WriteByte(host[i])
	}
	name := strings.Trim(b.String(), ".")
	if reservedHost(name) {
		return false // https://example.net.: a documentation name
	}
	labels := strings.Split(name, ".")
	for _, l := range labels {
		if l == "" || strings.IndexFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) >= 0 {
			return false
		}
	}
	return strings.IndexFunc(labels[len(labels)-1], unicode.IsLetter) >= 0
}

// hostOf returns the host of a URL ("https://api.x.com/v1") or of a bare
// host name ("api.linode.com").
func hostOf(s string) (string, bool) {
	if i := strings.Index(s, "://"); i >= 0 {
		scheme := strings.ToLower(s[:i])
		if scheme != "https" && scheme != "http" && scheme != "wss" && scheme != "ws" {
			return "", false
		}
		s = s[i+3:]
	} else if strings.ContainsAny(s, " /%{}") || !strings.Contains(s, ".") {
		return "", false
	}
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndex(s, "@"); i >= 0 {
		s = s[i+1:]
	}
	s = netname.Host(s)
	return strings.ToLower(strings.Trim(s, "[]")), s != ""
}

// publicHost reports whether host is a server on the internet: a DNS name
// with a top-level domain, not an address, localhost, an internal or
// reserved name, or a cloud metadata endpoint.
func publicHost(host string) bool {
	if _, ip := netname.IP(host); ip || !strings.Contains(host, ".") {
		return false
	}
	tld := host[strings.LastIndex(host, ".")+1:]
	if len(tld) < 2 || strings.IndexFunc(tld, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	return !reservedHost(host)
}

// reservedHost reports whether host is under a local, internal or
// reserved name (.local, .internal, example.com).
func reservedHost(host string) bool {
	for _, suffix := range []string{
		".local", ".localhost", ".internal", ".test", ".invalid", ".example", ".svc", ".lan", ".home", ".corp",
		"example.com", "example.org", "example.net",
	} {
		if host == strings.TrimPrefix(suffix, ".") || strings.HasSuffix(host, suffix) {
			return true
		}
	}
	return false
}

// credentialEndpoint reports whether a URL or path is one that hands out
// credentials, discovers endpoints or checks health, not an API call:
// OAuth token endpoints, STS, instance metadata, OIDC discovery, login,
// health checks.
func credentialEndpoint(s string) bool {
	l := strings.ToLower(s)
	if strings.Contains(l, "169.254.169.254") || strings.Contains(l, "metadata.google.internal") ||
		strings.Contains(l, "://sts.") || strings.Contains(l, ".sts.") {
		return true
	}
	if i := strings.Index(l, "://"); i >= 0 {
		l = l[i+3:]
		if j := strings.Index(l, "/"); j >= 0 {
			l = l[j:]
		} else {
			return false
		}
	}
	if i := strings.IndexAny(l, "?#"); i >= 0 {
		l = l[:i]
	}
	for _, seg := range strings.Split(l, "/") {
		switch seg {
		case "token", "oauth", "oauth2", "login", "logon", "signin", ".well-known", "auth",
			"health", "healthz", "livez", "readyz", "ping", "metadata", "openid-configuration":
			return true
		}
		// A kind of credential issued: ZeroSSL's /acme/eab-credentials (and
		// eab-credentials-email), session_credentials. (A bare /credentials
		// lists stored ones; credentials-report is a report.)
		if words := strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' }); len(words) > 1 &&
			slices.Contains(words[1:], "credentials") {
			return true
		}
	}
	return false
}

// aside reports whether the function is not an API call that needs rate
// limiting: a constructor (a one-off request when the client is built), a
// health check, a login, token or discovery request — by its name, or by
// a constant credential-endpoint path in its body.
func (c *checker) aside(f *httpreq.Func) bool {
	if v, ok := c.asides[f]; ok {
		return v
	}
	c.asides[f] = false // a cycle of callers adds nothing
	v := c.asideUncached(f)
	c.asides[f] = v
	return v
}

func (c *checker) asideUncached(f *httpreq.Func) bool {
	if f == nil || f.Obj == nil {
		return true
	}
	if c.onlyAsideCallers(f) {
		return true // a credential fetch's own request helper
	}
	return c.startup(f) || c.fetchesCredential(f) || c.loginFetch(f)
}

// fetchesCredential reports whether f fetches a token or credentials,
// discovers endpoints or checks health, by its name, its result, its
// package or the URL it requests. It asks no other function's aside, so
// the login flow can be found with it before any is memoised.
func (c *checker) fetchesCredential(f *httpreq.Func) bool {
	if asideName(f.Obj.Name()) || returnsToken(f.Obj) || asidePackage(c.pass.Pkg.Name()) {
		return true
	}
	if c.credentialPath(f) {
		return true
	}
	for g := range f.Callees() {
		if !g.ReturnsResponse() && c.credentialPath(g) {
			return true // buildAuthRequest(): the login request's path
		}
	}
	for _, u := range c.res.URLs {
		if u.Func == f || (u.Func != nil && f.Callees()[u.Func] && !u.Func.ReturnsResponse()) {
			if asideURLName(u.URL) {
				return true // http.NewRequest("POST", t.AuthURL, body)
			}
		}
	}
	return false
}

// onlyAsideCallers reports whether f is an unexported helper that only
// credential fetches call (the metadata accessor's execute(req), called by
// getToken and GetCredential): its requests are theirs. An exported
// function is the package's users' to call too.
func (c *checker) onlyAsideCallers(f *httpreq.Func) bool {
	if f.Obj.Exported() {
		return false
	}
	n := 0
	for g := range c.callers(f) {
		if g == f || g.Decl != nil && c.res.InTest(g.Decl) {
			continue
		}
		if !c.aside(g) {
			return false
		}
		n++
	}
	return n > 0
}

// asideURLName reports whether a URL held in a variable or field is named
// as a credential or discovery endpoint: AuthURL, tokenURL, TokenEndpoint.
func asideURLName(e ast.Expr) bool {
	for _, w := range credential.SplitWords(astutil.Name(e)) {
		switch w {
		case "auth", "token", "login", "oauth", "sts", "metadata", "discovery", "wellknown", "health", "issuer":
			return true
		}
	}
	return false
}

// credentialPath reports whether f's body holds a constant URL or path of
// a credential, discovery or health endpoint.
func (c *checker) credentialPath(f *httpreq.Func) bool {
	if f.Decl == nil {
		return false
	}
	found := false
	info := c.pass.TypesInfo
	ast.Inspect(f.Decl.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found && joinsPath(info, call) {
			// u.JoinPath("acme", "eab-credentials"): each constant is a segment.
			for _, a := range call.Args {
				if s, ok := astutil.ConstString(info, a); ok && !strings.ContainsAny(s, " \t\n") && credentialEndpoint("/"+s) {
					found = true
				}
			}
		}
		if e, ok := n.(ast.Expr); ok && !found {
			if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				found = looksLikePath(constant.StringVal(tv.Value)) && credentialEndpoint(constant.StringVal(tv.Value))
				return false
			}
		}
		return !found
	})
	return found
}

// looksLikePath reports whether s may be a URL or a request path (not a
// sentence or a MIME type).
// joinsPath reports whether call joins URL path segments: url.JoinPath,
// (*url.URL).JoinPath, path.Join.
func joinsPath(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "net/url":
		return fn.Name() == "JoinPath"
	case "path":
		return fn.Name() == "Join"
	}
	return false
}

func looksLikePath(s string) bool {
	return strings.Contains(s, "/") && !strings.ContainsAny(s, " \t\n")
}

// constructor reports whether f builds the package's client: a function
// (not a method) named New… or returning a pointer to a struct type of
// the package.
func (c *checker) constructor(f *httpreq.Func) bool {
	sig := f.Obj.Signature()
	if sig.Recv() != nil {
		return false
	}
	name := f.Obj.Name()
	if strings.HasPrefix(name, "New") || strings.HasPrefix(name, "new") {
		return true
	}
	if sig.Results().Len() == 0 {
		return false
	}
	p, ok := types.Unalias(sig.Results().At(0).Type()).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	if !ok || n.Obj().Pkg() != c.pass.Pkg {
		return false
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for f := range st.Fields() {
		if holdsClient(f.Type()) {
			return true // it returns a client
		}
	}
	return false
}

// holdsClient reports whether t is an HTTP client or transport, or a type
// named like a client.
func holdsClient(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	name := n.Obj().Name()
	return strings.HasSuffix(name, "Client") || name == "RoundTripper" || name == "Transport"
}

// returnsToken reports whether fn returns a token or credentials
// (oauth2.TokenSource's Token, a credential provider's Retrieve): it
// fetches credentials, it is no API call.
func returnsToken(fn *types.Func) bool {
	res := fn.Signature().Results()
	for v := range res.Variables() {
		t := v.Type()
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			words := credential.SplitWords(n.Obj().Name())
			if len(words) == 0 {
				continue
			}
			switch words[len(words)-1] {
			case "token", "credential", "credentials", "creds":
				return true
			}
		}
	}
	return false
}

// asideWord reports whether a word names a function that logs in, fetches
// a token, discovers endpoints or checks health. (Switches, not maps:
// nothing to build when the process starts.)
func asideWord(w string) bool {
	switch w {
	case "health", "healthz", "healthcheck", "ping", "alive",
		"login", "logon", "signin", "authenticate", "reauthenticate",
		"discover", "discovery", "wellknown", "sts",
		"metadata", "imds":
		return true
	}
	return false
}

// asideName reports whether a function's name says it is no API call:
// an asideWord, or a singular token fetched (fetchToken,
// refreshToken, getToken; not ListTokens).
func asideName(name string) bool {
	words := credential.SplitWords(name)
	for _, w := range words {
		if asideWord(w) {
			return true
		}
	}
	if len(words) < 2 {
		return false
	}
	switch words[len(words)-1] {
	case "token", "credentials", "creds":
		return true
	}
	return false
}

// asidePackage reports whether requests of a package of this name fetch
// credentials.
func asidePackage(name string) bool {
	switch name {
	case "credentials", "creds", "sts", "oauth", "oauth2",
		"imds", "metadata", "stsexchange", "impersonate":
		return true
	}
	return false
}

// packageEndpoint reports whether the package declares a hosted API's
// address: a constant or variable named like a base URL, endpoint, host
// or API whose value is a public https:// URL.
func (c *checker) packageEndpoint() bool {
	scope := c.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !endpointName(name) || testName(name) {
			continue // TestCasdoorEndpoint: a test server's address
		}
		if f := c.pass.Fset.File(obj.Pos()); f == nil || credential.IsTestSupport(f.Name()) {
			continue // a test server's address
		}
		switch obj := obj.(type) {
		case *types.Const:
			if obj.Val().Kind() == constant.String && publicEndpoint(constant.StringVal(obj.Val())) {
				return true
			}
		case *types.Var:
			// var defaultBaseURL *url.URL, set by url.Parse("https://…") in init.
			for _, v := range c.res.Values(obj) {
				if call, ok := ast.Unparen(v).(*ast.CallExpr); ok && len(call.Args) > 0 {
					v = call.Args[0]
				}
				if s, ok := astutil.ConstString(c.pass.TypesInfo, v); ok && publicEndpoint(s) {
					return true
				}
			}
		}
	}
	return false
}

// publicEndpoint reports whether s is the URL of a public host, not a
// credential endpoint's.
func publicEndpoint(s string) bool {
	if !strings.Contains(s, "://") {
		return false
	}
	h, ok := hostOf(s)
	return ok && publicHost(h) && !credentialEndpoint(s)
}

// testName reports whether a name starts with a word that says test
// (TestServerURL, mockEndpoint): what it holds is for the tests.
func testName(name string) bool {
	w := credential.SplitWords(name)
	return len(w) > 1 && (w[0] == "test" || w[0] == "mock" || w[0] == "fake")
}

func endpointName(name string) bool {
	for _, w := range credential.SplitWords(name) {
		switch w {
		case "url", "uri", "endpoint", "host", "base", "api", "server", "domain", "address", "addr":
			return true
		}
	}
	return false
}
