package authscheme

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"go/types"
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/credential"
	"github.com/credlint/credlint/internal/diag"
	"github.com/credlint/credlint/internal/httpreq"
	"github.com/credlint/credlint/internal/netname"
	"github.com/credlint/credlint/internal/sinks"
)

//go:generate go run ../../internal/diag/gendoc authscheme

var Analyzer = &analysis.Analyzer{
	Name:     "authscheme",
	Doc:      docText,
	URL:      "https://github.com/credlint/credlint/blob/main/docs/authscheme.md",
	Requires: []*analysis.Analyzer{httpreq.Analyzer},
	Run:      run,
}

// strict also reports non-standard schemes such as "Token".
var strict bool

func init() {
	Analyzer.Flags.BoolVar(&strict, "strict", false, `also report non-standard schemes ("Token …", "Bot …")`)
}

type checker struct {
	pass   *analysis.Pass
	res    *httpreq.Result
	report *diag.Reporter
	model  *credential.Model
	// lowercase holds the functions that write a header other than a
	// credential one into the map under a non-canonical name too.
	lowercase map[*httpreq.Func]bool
	// bearer holds what the package sends after "Bearer " (bearerSent).
	bearer map[*types.Var]bool
	// vendor caches vendorWantsBearer.
	vendor *bool
}

// lowercaseFuncs returns the functions that write a header that carries
// no credential into the header map under a non-canonical name: they name
// every header as written on the wire (Azure's generated clients write
// "x-ms-version" and "x-ms-encryption-key" alike, and read them alike).
func lowercaseFuncs(writes []*httpreq.Write) map[*httpreq.Func]bool {
	var out map[*httpreq.Func]bool
	for _, w := range writes {
		if w.Kind != sinks.Header || w.Via == httpreq.Call || w.Name == "" || w.Func == nil ||
			credential.IsCredentialHeader(w.Name) || netname.CanonicalHeaderKey(w.Name) == w.Name {
			continue
		}
		if out == nil {
			out = make(map[*httpreq.Func]bool)
		}
		out[w.Func] = true
	}
	return out
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[httpreq.Analyzer].(*httpreq.Result)
	if len(res.Writes) == 0 {
		return nil, nil
	}
	c := &checker{pass: pass, res: res, report: diag.New(pass), model: credential.NewModel(pass.TypesInfo)}
	c.lowercase = lowercaseFuncs(res.Writes)
	for _, w := range res.Writes {
		// Tests send malformed headers on purpose, to see them rejected.
		if res.InTest(w.Node) {
			continue
		}
		switch w.Kind {
		case sinks.Header:
			c.canonical(w)
			if strings.EqualFold(strings.TrimSpace(w.Name), "Authorization") {
				for _, v := range w.Values {
					c.header(w, v)
				}
			}
		case sinks.AuthToken:
			c.token(w.Values[0])
		case sinks.AuthScheme:
			c.scheme(w.Values[0])
		}
	}
	return nil, nil
}

// header checks one Authorization value.
func (c *checker) header(w *httpreq.Write, v ast.Expr) {
	if !astutil.IsString(c.pass.TypesInfo.TypeOf(v)) {
		return // h["Authorization"] = values: a []string we cannot read
	}
	l := leadOf(c.pass.TypesInfo, c.res, v, 0)
	if l.text == "" {
		c.missing(w, v, l.rest)
		return
	}
	f, ok := checkHeader(l.text, l.rest != nil, strict)
	if !ok {
		return
	}
	what := "<token>"
	if f.scheme != "Bearer" {
		what = "<credential>"
	}
	c.reportForm(v, l, f, fmt.Sprintf("malformed Authorization header: %s; send %q", f, f.scheme+" "+what))
}

// missing reports a bare token sent as the whole Authorization value.
func (c *checker) missing(w *httpreq.Write, v, terminal ast.Expr) {
	if terminal == nil {
		return
	}
	if w.Func != nil && w.Func.Decl != nil {
		c.model.Enter(w.Func.Decl.Body)
	}
	name, ok := c.bareToken(terminal)
	if !ok || carriesScheme(c.pass.TypesInfo, c.res, terminal) || !c.wantsBearer(terminal, name, 0) {
		return
	}
	c.report.Report(analysis.Diagnostic{
		Pos:     v.Pos(),
		End:     v.End(),
		Message: fmt.Sprintf("Authorization header without a scheme: %s is sent bare; missing \"Bearer\" scheme, send \"Bearer \" + the token", name),
		SuggestedFixes: []analysis.SuggestedFix{{
			Message:   `Prepend "Bearer "`,
			TextEdits: []analysis.TextEdit{{Pos: v.Pos(), End: v.Pos(), NewText: []byte(`"Bearer " + `)}},
		}},
	})
}

// bareToken reports whether e is a credential that holds a token alone
// (apiToken, os.Getenv("API_TOKEN"), cfg.APIKey()), and names it.
func (c *checker) bareToken(e ast.Expr) (string, bool) {
	e = ast.Unparen(e)
	src, ok := c.model.Credential(e)
	if !ok || src.Kind == credential.HeaderRead {
		return "", false
	}
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name, credential.IsBareToken(e.Name)
	case *ast.SelectorExpr:
		return e.Sel.Name, credential.IsBareToken(e.Sel.Name)
	case *ast.CallExpr:
		switch src.Kind {
		case credential.Env:
			return src.Describe(), credential.IsBareToken(src.Name)
		case credential.Named:
			return src.Name, credential.IsBareToken(strings.TrimPrefix(strings.TrimSuffix(src.Name, "()"), "Get"))
		}
		if fn, _ := typeutil.Callee(c.pass.TypesInfo, e).(*types.Func); fn != nil && fn.Pkg() != nil &&
			fn.Pkg().Path() == "strings" && strings.HasPrefix(fn.Name(), "Trim") && len(e.Args) > 0 {
			return c.bareToken(e.Args[0]) // strings.TrimSpace(token)
		}
	}
	return "", false
}

// wantsBearer reports whether there is evidence that the server takes the
// bare token e, named name, after the Bearer scheme: it is an OAuth2 or
// bearer token by its name (accessToken, bearerToken, oauthToken,
// GITHUB_ACCESS_TOKEN) or by a token endpoint's answer it is read from
// (`json:"access_token"`), or the package sends the same variable or
// field after "Bearer " elsewhere. Without it the token is left alone:
// many vendors take their API key bare in Authorization (ANS SafeDNS) or
// issue it with its own scheme (ArvanCloud's "Apikey …", Discord's
// "Bot …", BlueCat's "BAMAuthToken: …" cut out of the login answer).
func (c *checker) wantsBearer(e ast.Expr, name string, depth int) bool {
	if credential.IsBearerName(name) || c.vendorWantsBearer() {
		return true
	}
	e = ast.Unparen(e)
	if src, ok := c.model.Credential(e); ok && src.Kind == credential.Env && credential.IsBearerVendorEnv(src.Name) {
		return true // os.Getenv("SURESEND_API_TOKEN"), and values read from it
	}
	info := c.pass.TypesInfo
	var id *ast.Ident
	switch x := e.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
		if sel, ok := info.Selections[x]; ok && sel.Kind() == types.FieldVal && credential.IsBearerTag(fieldTag(sel)) {
			return true
		}
	case *ast.CallExpr:
		if fn, _ := typeutil.Callee(info, x).(*types.Func); fn != nil && fn.Pkg() != nil &&
			fn.Pkg().Path() == "strings" && strings.HasPrefix(fn.Name(), "Trim") && len(x.Args) > 0 {
			return c.wantsBearer(x.Args[0], astutil.Name(x.Args[0]), depth)
		}
		return false
	default:
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	if c.bearerSent()[v] {
		return true
	}
	if depth < 2 {
		for _, val := range c.res.Values(v) {
			if c.wantsBearer(val, astutil.Name(val), depth+1) {
				return true // s.token = answer.AccessToken
			}
		}
	}
	return false
}

// vendorWantsBearer reports whether the package talks to an API whose
// vendor's guide requires Bearer (credential.IsBearerVendorHost): an
// http(s) URL literal of the package names such a host, and none names
// another host, whose API may take its key otherwise.
func (c *checker) vendorWantsBearer() bool {
	if c.vendor != nil {
		return *c.vendor
	}
	found, other := false, false
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING || other {
				return !other
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || !strings.HasPrefix(s, "https://") && !strings.HasPrefix(s, "http://") {
				return true
			}
			u, err := url.Parse(s)
			if err != nil || u.Hostname() == "" {
				return true
			}
			if credential.IsBearerVendorHost(u.Hostname()) {
				found = true
			} else {
				other = true
			}
			return !other
		})
	}
	v := found && !other
	c.vendor = &v
	return v
}

// bearerSent returns the variables and fields the package sends after a
// "Bearer " scheme in an Authorization header or gives to resty's
// SetAuthToken (whose default scheme is Bearer).
func (c *checker) bearerSent() map[*types.Var]bool {
	if c.bearer != nil {
		return c.bearer
	}
	c.bearer = make(map[*types.Var]bool)
	info := c.pass.TypesInfo
	for _, w := range c.res.Writes {
		var vals []ast.Expr
		switch {
		case w.Kind == sinks.AuthToken:
			vals = w.Values
		case w.Kind == sinks.Header && strings.EqualFold(strings.TrimSpace(w.Name), "Authorization"):
			for _, v := range w.Values {
				if !astutil.IsString(info.TypeOf(v)) {
					continue
				}
				if l := leadOf(info, c.res, v, 0); l.rest != nil && strings.EqualFold(strings.TrimSpace(l.text), "Bearer") {
					vals = append(vals, l.rest)
				}
			}
		}
		for _, v := range vals {
			if id := identOf(v); id != nil {
				if obj, ok := info.Uses[id].(*types.Var); ok {
					c.bearer[obj] = true
				}
			}
		}
	}
	return c.bearer
}

// identOf returns the identifier a variable or field read ends in.
func identOf(e ast.Expr) *ast.Ident {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}

// fieldTag returns the struct tag of the field a selection selects.
func fieldTag(sel *types.Selection) string {
	st, ok := sel.Recv().Underlying().(*types.Struct)
	if p, isPtr := sel.Recv().Underlying().(*types.Pointer); isPtr {
		st, ok = p.Elem().Underlying().(*types.Struct)
	}
	idx := sel.Index()
	if !ok || len(idx) != 1 || idx[0] >= st.NumFields() {
		return "" // a promoted field: its tag is on the embedded struct
	}
	return st.Tag(idx[0])
}

// token checks a value given to SetAuthToken.
func (c *checker) token(v ast.Expr) {
	l := leadOf(c.pass.TypesInfo, c.res, v, 0)
	if l.text == "" {
		return
	}
	if f, ok := checkToken(l.text, l.rest != nil); ok {
		c.reportForm(v, l, f, "malformed auth token: "+f.String())
	}
}

// scheme checks a constant given to SetAuthScheme.
func (c *checker) scheme(v ast.Expr) {
	s, ok := c.res.ConstString(v)
	if !ok {
		return
	}
	if f, ok := checkAuthScheme(s, strict); ok {
		c.reportForm(v, lead{text: s, lit: basicLit(v)}, f, "malformed auth scheme: "+f.String())
	}
}

// reportForm reports f, with a fix when the start is one literal.
func (c *checker) reportForm(v ast.Expr, l lead, f form, msg string) {
	d := analysis.Diagnostic{Pos: v.Pos(), End: v.End(), Message: msg}
	if f.fix {
		if edit, ok := rewrite(l, f.fixed); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Rewrite as " + strconv.Quote(schemeOnly(f.fixed)), TextEdits: []analysis.TextEdit{edit}}}
		}
	}
	c.report.Report(d)
}

// rewrite replaces the start of l's literal with fixed; an empty start
// that was the left operand of `lit + rest` is dropped with the plus.
func rewrite(l lead, fixed string) (analysis.TextEdit, bool) {
	if l.lit == nil {
		return analysis.TextEdit{}, false
	}
	val, ok := litValue(l.lit)
	if !ok || !strings.HasPrefix(val, l.text) {
		return analysis.TextEdit{}, false
	}
	if fixed == "" && len(val) == len(l.text) && l.plus != nil {
		return analysis.TextEdit{Pos: l.plus.X.Pos(), End: l.plus.Y.Pos()}, true
	}
	// Edit only the bytes of the start, never the rest of the literal: a
	// fix is printed whole by go vet -json and by editors, and the rest is
	// often the token itself.
	raw := l.lit.Value[1 : len(l.lit.Value)-1]
	oldRaw, newRaw := quoteBody(l.lit, l.text), quoteBody(l.lit, fixed)
	if !strings.HasPrefix(raw, oldRaw) || strings.HasPrefix(l.lit.Value, "`") && strings.Contains(fixed, "`") {
		return analysis.TextEdit{}, false // escapes in the start: no safe small edit
	}
	// The start may run into the token ("bearer sk_live_…"): keep the bytes
	// the old and new starts share at either end out of the edit.
	pre := commonPrefix(oldRaw, newRaw)
	suf := commonSuffix(oldRaw[pre:], newRaw[pre:])
	start := l.lit.Pos() + 1 + token.Pos(pre)
	return analysis.TextEdit{Pos: start, End: start + token.Pos(len(oldRaw)-pre-suf), NewText: []byte(newRaw[pre : len(newRaw)-suf])}, true
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func commonSuffix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// quoteBody is s as it appears between lit's quotes.
func quoteBody(lit *ast.BasicLit, s string) string {
	q := quoteLike(lit, s)
	return q[1 : len(q)-1]
}

// schemeOnly cuts a fixed start down to its scheme, so that a fix's
// message never shows a constant token.
func schemeOnly(s string) string {
	if w := schemeWord(s); w != "" && len(w) < len(s) {
		return w + " "
	}
	if s == "" {
		return ""
	}
	return schemeWord(s)
}

// canonical reports a credential header written straight into the
// http.Header map under a non-canonical name: Header.Get, which
// canonicalises its argument, will not find it, and Set adds a second one.
// Not in a function that names its other headers the same way (see
// lowercaseFuncs): that is its convention, not a slip.
func (c *checker) canonical(w *httpreq.Write) {
	if w.Via == httpreq.Call || w.Name == "" || !credential.IsCredentialHeader(w.Name) || c.lowercase[w.Func] {
		return
	}
	canon := netname.CanonicalHeaderKey(w.Name)
	if canon == w.Name {
		return
	}
	d := analysis.Diagnostic{
		Pos: w.Key.Pos(),
		End: w.Key.End(),
		Message: fmt.Sprintf("header %q written into the header map under a non-canonical name: Header.Get(%q) will not find it; use Header.Set, which canonicalises the name",
			w.Name, canon),
	}
	if fix, ok := c.setFix(w); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	} else if lit := basicLit(w.Key); lit != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Use the canonical name " + strconv.Quote(canon),
			TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(quoteLike(lit, canon))}},
		}}
	}
	c.report.Report(d)
}

// setFix rewrites h["name"] = []string{v} as h.Set("name", v), in two
// edits around v so that a fix inside v does not overlap.
func (c *checker) setFix(w *httpreq.Write) (analysis.SuggestedFix, bool) {
	a, ok := w.Node.(*ast.AssignStmt)
	if !ok || a.Tok != token.ASSIGN || len(a.Lhs) != 1 || len(w.Values) != 1 {
		return analysis.SuggestedFix{}, false
	}
	lit, ok := ast.Unparen(a.Rhs[0]).(*ast.CompositeLit)
	if !ok || len(lit.Elts) != 1 {
		return analysis.SuggestedFix{}, false
	}
	idx := ast.Unparen(a.Lhs[0]).(*ast.IndexExpr)
	v := lit.Elts[0]
	head := c.source(idx.X) + ".Set(" + c.source(idx.Index) + ", "
	return analysis.SuggestedFix{
		Message: "Use Header.Set",
		TextEdits: []analysis.TextEdit{
			{Pos: a.Pos(), End: v.Pos(), NewText: []byte(head)},
			{Pos: v.End(), End: a.End(), NewText: []byte(")")},
		},
	}, true
}

// source returns the text of n, printed.
func (c *checker) source(n ast.Node) string {
	var b bytes.Buffer
	format.Node(&b, c.pass.Fset, n)
	return b.String()
}

func basicLit(e ast.Expr) *ast.BasicLit {
	lit, _ := ast.Unparen(e).(*ast.BasicLit)
	if lit != nil && lit.Kind != token.STRING {
		return nil
	}
	return lit
}
