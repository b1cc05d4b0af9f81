package secreturl

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astindex"
	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/credential"
	"github.com/credlint/credlint/internal/diag"
	"github.com/credlint/credlint/internal/sinks"
)

//go:generate go run ../../internal/diag/gendoc secreturl

var Analyzer = &analysis.Analyzer{
	Name:     "secreturl",
	Doc:      docText,
	URL:      "https://github.com/credlint/credlint/blob/main/docs/secreturl.md",
	Requires: []*analysis.Analyzer{astindex.Analyzer, credential.Analyzer},
	Run:      run,
}

const instead = "send it in the Authorization header instead: URLs end up in access logs, proxies and browser history"

// insteadUserinfo is the advice for user info, which Go's client sends as
// Basic auth and strips from its errors: the risk is the URL text itself.
const insteadUserinfo = "set it with req.SetBasicAuth instead: the URL's text (url.URL.String, a logged or returned URL) carries the secret wherever it is printed"

type checker struct {
	pass   *analysis.Pass
	m      *credential.Model
	report *diag.Reporter
	seen   map[token.Pos]bool // reported, when two forms of one URL meet
	body   *ast.BlockStmt     // of the function being walked
	decl   *ast.FuncDecl      // the function being walked
	// builders holds the text written so far to each strings.Builder.
	builders map[types.Object]*urlText
	// values holds, per url.Values variable (or literal), the findings
	// that stand if it becomes a URL's query; queries marks those that do.
	values  map[any][]analysis.Diagnostic
	queries map[any]bool
	// presigners are functions that sign the URL they build: a presigned
	// URL carries its credentials in the query by design.
	presigners []presigner
	signers    map[*types.Func]bool // functions of the package that sign
	funcs      map[*types.Func]*ast.FuncDecl
}

func run(pass *analysis.Pass) (any, error) {
	insp := astindex.Of(pass)
	c := &checker{
		pass:     pass,
		m:        credential.NewPassModel(pass),
		report:   diag.New(pass),
		seen:     make(map[token.Pos]bool),
		builders: make(map[types.Object]*urlText),
		values:   make(map[any][]analysis.Diagnostic),
		queries:  make(map[any]bool),
		signers:  make(map[*types.Func]bool),
	}
	filter := []ast.Node{(*ast.FuncDecl)(nil), (*ast.BinaryExpr)(nil), (*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.CompositeLit)(nil)}
	for cur := range insp.Preorder(filter...) {
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			c.body, c.decl = n.Body, n
			c.m.Enter(n.Body)
			if signsURL(n.Body) {
				c.presigners = append(c.presigners, presigner{decl: n})
			} else if keys, ok := c.signsOwnURL(n); ok {
				c.presigners = append(c.presigners, presigner{decl: n, keys: keys})
			}
		case *ast.BinaryExpr:
			if n.Op == token.ADD && !isConcatOperand(cur) && c.isString(n) {
				c.checkStandalone(cur, sinks.ConcatParts(c.pass.TypesInfo, n))
			}
		case *ast.CallExpr:
			c.call(cur, n)
		case *ast.AssignStmt:
			c.assign(n)
		case *ast.CompositeLit:
			c.compositeLit(cur, n)
		}
	}
	for key, diags := range c.values {
		if c.queries[key] {
			c.reportOnce(oneQuery(diags))
		}
	}
	return nil, nil
}

// oneQuery folds the credentials put into one query into one finding, at
// the first: moving them out of the URL is one change.
func oneQuery(diags []analysis.Diagnostic) analysis.Diagnostic {
	slices.SortFunc(diags, func(a, b analysis.Diagnostic) int { return cmp.Compare(a.Pos, b.Pos) })
	d := diags[0]
	if n := len(diags) - 1; n > 0 {
		more := "parameter"
		if n > 1 {
			more += "s"
		}
		d.Message += fmt.Sprintf(" (the same query carries %d more credential %s)", n, more)
	}
	return d
}

func (c *checker) reportOnce(d analysis.Diagnostic) {
	for _, f := range c.presigners {
		if c.covers(f, d.Pos, d.End) {
			return
		}
	}
	if !c.seen[d.Pos] {
		c.seen[d.Pos] = true
		c.report.Report(d)
	}
}

// signsURL reports whether a function body puts a signature parameter into
// a URL (X-Amz-Signature, X-Goog-Signature, Signature=): it builds a
// presigned URL, whose query holds credentials so that the URL alone grants
// access for its lifetime (SigV4 presigning in minio-go and the AWS SDKs).
func signsURL(body *ast.BlockStmt) bool {
	if body == nil {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && !found {
			l := strings.ToLower(lit.Value)
			found = strings.Contains(l, "x-amz-signature") || strings.Contains(l, "x-goog-signature") ||
				strings.Contains(l, "signature=") || l == `"signature"`
		}
		return !found
	})
	return found
}

// fixture reports whether e is in a test file or an example program and
// not a credential read from the environment: tests build URLs from
// fixtures, examples from their reader's stand-ins (the test-file policy
// headerlog and secretlog apply there too).
func (c *checker) fixture(e ast.Expr) bool {
	if !credential.InDemoFile(c.pass.Fset, e.Pos()) {
		return false
	}
	src, ok := c.m.Credential(e)
	return !ok || !src.Runtime()
}

// urlText is what is known of a URL being built: the constant text since
// the last dynamic part, and whether a query has started.
type urlText struct {
	tail    string
	inQuery bool
}

func newURLText() *urlText { return &urlText{} }

// checkText reports credentials placed in the query part of the text
// built from parts, and marks url.Values encoded into it as queries.
func (c *checker) checkText(parts []sinks.URLPart, t *urlText) {
	for _, p := range parts {
		if p.Lit {
			t.tail += p.Text
			if strings.ContainsRune(p.Text, '?') {
				t.inQuery = true
			}
			continue
		}
		name, param := sinks.QueryParam(t.tail)
		if key, ok := c.encoded(p.Expr); ok && (t.inQuery || strings.HasSuffix(t.tail, "?") || strings.HasSuffix(t.tail, "&")) {
			c.queries[key] = true
		}
		if param && !c.fixture(p.Expr) {
			c.checkParam(name, p.Expr)
		}
		t.tail = ""
	}
}

// checkStandalone checks text built from parts (by + or Sprintf) at cur,
// unless it is shaped as a query string that stands alone and does not
// become a URL's query: "IV=%s&CipherKey=%s" (aliyun-oss-go-sdk's
// Envelope.String) or a form body is no URL.
func (c *checker) checkStandalone(cur inspector.Cursor, parts []sinks.URLPart) {
	if formShaped(parts) && !c.intoRawQuery(cur) {
		return
	}
	if hasQuery(parts) && c.m.NeverRequested(cur.Node().(ast.Expr)) {
		return // a DSN handed to a database driver, a postgres:// URL
	}
	c.checkText(parts, newURLText())
}

// hasQuery reports whether text built from parts may have a query: a
// "?" or "&" in its constant text.
func hasQuery(parts []sinks.URLPart) bool {
	for _, p := range parts {
		if p.Lit && strings.ContainsAny(p.Text, "?&") {
			return true
		}
	}
	return false
}

// formShaped reports whether text built from parts starts with a query
// parameter (name=) and has no '?' anywhere: a query string or a form
// body on its own, not a URL (a continuation such as "&token=" + t, which
// is appended to one, starts with '&').
func formShaped(parts []sinks.URLPart) bool {
	if len(parts) == 0 || !parts[0].Lit {
		return false
	}
	first := parts[0].Text
	eq := strings.IndexByte(first, '=')
	if eq <= 0 || strings.ContainsAny(first[:eq], "/:?&#@ ") {
		return false
	}
	for _, p := range parts {
		if p.Lit && strings.ContainsRune(p.Text, '?') {
			return false
		}
	}
	return true
}

// intoRawQuery reports whether the expression at cur is assigned to a
// url.URL's RawQuery.
func (c *checker) intoRawQuery(cur inspector.Cursor) bool {
	as, ok := cur.Parent().Node().(*ast.AssignStmt)
	if !ok {
		return false
	}
	for _, l := range as.Lhs {
		if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && sel.Sel.Name == "RawQuery" {
			return true
		}
	}
	return false
}

// checkParam reports value as the value of query parameter name.
func (c *checker) checkParam(name string, value ast.Expr) {
	if d, ok := c.paramDiag(name, value); ok {
		c.reportOnce(d)
	}
}

// paramDiag is the finding for value as the value of query parameter
// name, if it is a credential (credential.ParamCarries).
func (c *checker) paramDiag(name string, value ast.Expr) (analysis.Diagnostic, bool) {
	d := analysis.Diagnostic{Pos: value.Pos(), End: value.End()}
	switch j := c.m.ParamCarries(name, value); {
	case j.Evidence:
		d.Message = fmt.Sprintf("credential %s is put into a URL query (parameter %q); %s", j.Source.Describe(), name, instead)
	case j.ByName:
		d.Message = fmt.Sprintf("%s is put into a URL query as credential parameter %q; %s", credential.ShowExpr(value), name, instead)
	default:
		return d, false
	}
	return d, true
}

func (c *checker) isString(e ast.Expr) bool {
	t := c.pass.TypesInfo.TypeOf(e)
	return t != nil && credential.IsStringLike(t)
}

// isConcatOperand reports whether cur is an operand of a larger +.
func isConcatOperand(cur inspector.Cursor) bool {
	b, ok := cur.Parent().Node().(*ast.BinaryExpr)
	return ok && b.Op == token.ADD
}

func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr) {
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return
	}
	pkg := ""
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Path()
	}
	switch {
	case pkg == "fmt" && fn.Name() == "Sprintf" && len(call.Args) > 0:
		if format, ok := astutil.ConstString(c.pass.TypesInfo, call.Args[0]); ok {
			if parts := sinks.FormatParts(c.pass.TypesInfo, format, call.Args[1:]); parts != nil {
				c.checkStandalone(cur, parts)
			}
		}
	case pkg == "fmt" && fn.Name() == "Fprintf" && len(call.Args) > 1:
		if b := c.builder(call.Args[0]); b != nil {
			if format, ok := astutil.ConstString(c.pass.TypesInfo, call.Args[1]); ok {
				if parts := sinks.FormatParts(c.pass.TypesInfo, format, call.Args[2:]); parts != nil {
					c.checkText(parts, b)
				}
			}
		}
	case pkg == "path" && fn.Name() == "Join":
		var parts []sinks.URLPart
		for i, a := range call.Args {
			if i > 0 {
				parts = append(parts, sinks.URLPart{Text: "/", Lit: true})
			}
			parts = append(parts, sinks.ConcatParts(c.pass.TypesInfo, a)...)
		}
		c.checkText(parts, newURLText())
	case pkg == "strings" && fn.Signature().Recv() != nil && strings.HasPrefix(fn.Name(), "Write") && len(call.Args) == 1:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if b := c.builder(sel.X); b != nil {
				c.checkText(sinks.ConcatParts(c.pass.TypesInfo, call.Args[0]), b)
			}
		}
	case pkg == "net/url" && (fn.Name() == "Set" || fn.Name() == "Add") && fn.Signature().Recv() != nil && len(call.Args) == 2:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if key := c.valuesKey(sel.X); key != nil {
				c.valuesEntry(key, call.Args[0], call.Args[1])
			}
		}
	case pkg == "net/url" && (fn.Name() == "UserPassword" || fn.Name() == "User"):
		c.userinfo(cur, call, fn.Name())
	default:
		// url.Values encoded straight into a request URL.
		if i, ok := sinks.URLArg(fn); ok && i < len(call.Args) {
			for _, p := range sinks.ConcatParts(c.pass.TypesInfo, call.Args[i]) {
				if key, ok := c.encoded(p.Expr); ok {
					c.queries[key] = true
				}
			}
		}
	}
}

// builder returns the text written so far to a strings.Builder operand
// (b or &b), or nil.
func (c *checker) builder(e ast.Expr) *urlText {
	obj := astutil.VarOperand(c.pass.TypesInfo, e)
	if obj == nil || !astutil.IsNamed(obj.Type(), "strings", "Builder") {
		return nil
	}
	b := c.builders[obj]
	if b == nil {
		b = newURLText()
		c.builders[obj] = b
	}
	return b
}

// valuesKey identifies the url.Values that e denotes: its variable or
// field, or the literal itself.
func (c *checker) valuesKey(e ast.Expr) any {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if obj := c.pass.TypesInfo.ObjectOf(e); obj != nil {
			return obj
		}
	case *ast.SelectorExpr:
		if obj := c.pass.TypesInfo.ObjectOf(e.Sel); obj != nil {
			return obj
		}
	case *ast.CompositeLit:
		return e
	}
	return nil
}

// valuesEntry records key=value added to url.Values v, to be reported if v
// becomes a URL's query.
func (c *checker) valuesEntry(v any, key, value ast.Expr) {
	name, ok := astutil.ConstString(c.pass.TypesInfo, key)
	if !ok || c.fixture(value) {
		return
	}
	if d, ok := c.paramDiag(name, value); ok {
		c.values[v] = append(c.values[v], d)
	}
}

// compositeLit handles url.Values{"api_key": {key}} and
// url.URL{RawQuery: v.Encode()}.
func (c *checker) compositeLit(cur inspector.Cursor, lit *ast.CompositeLit) {
	t := c.pass.TypesInfo.TypeOf(lit)
	switch {
	case t != nil && astutil.IsNamed(t, "net/url", "Values"):
		key := c.litKey(cur, lit)
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			vals, ok := ast.Unparen(kv.Value).(*ast.CompositeLit)
			if !ok {
				continue
			}
			for _, v := range vals.Elts {
				c.valuesEntry(key, kv.Key, v)
			}
		}
	case t != nil && astutil.IsNamed(t, "net/url", "URL"):
		if scheme, ok := c.schemeIn(lit); ok && !credential.SentOverHTTP(scheme) {
			return // googlechat://…?key=…: a service's configuration URL, never requested
		}
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok && isIdent(kv.Key, "RawQuery") {
				c.markQuery(kv.Value)
			}
		}
	}
}

// litKey is the variable a url.Values literal is assigned to, or the
// literal itself.
func (c *checker) litKey(cur inspector.Cursor, lit *ast.CompositeLit) any {
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		for i, rhs := range p.Rhs {
			if rhs == lit && i < len(p.Lhs) {
				if key := c.valuesKey(p.Lhs[i]); key != nil {
					return key
				}
			}
		}
	case *ast.ValueSpec:
		for i, v := range p.Values {
			if v == lit && i < len(p.Names) {
				return c.pass.TypesInfo.ObjectOf(p.Names[i])
			}
		}
	}
	return lit
}

// assign handles u.RawQuery = v.Encode().
func (c *checker) assign(as *ast.AssignStmt) {
	for i, lhs := range as.Lhs {
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "RawQuery" || i >= len(as.Rhs) {
			continue
		}
		if t := c.pass.TypesInfo.TypeOf(sel.X); t != nil && astutil.IsNamed(t, "net/url", "URL") {
			if scheme, ok := c.schemeOf(sel.X); ok && !credential.SentOverHTTP(scheme) {
				continue
			}
			c.markQuery(as.Rhs[i])
		}
	}
}

func (c *checker) markQuery(e ast.Expr) {
	for _, p := range sinks.ConcatParts(c.pass.TypesInfo, e) {
		if key, ok := c.encoded(p.Expr); ok {
			c.queries[key] = true
		}
	}
}

// encoded reports whether e is v.Encode() of a url.Values, and which.
func (c *checker) encoded(e ast.Expr) (any, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Encode" {
		return nil, false
	}
	if t := c.pass.TypesInfo.TypeOf(sel.X); t == nil || !astutil.IsNamed(t, "net/url", "Values") {
		return nil, false
	}
	key := c.valuesKey(sel.X)
	return key, key != nil
}

// userinfo reports url.UserPassword(user, secret) and url.User(token) put
// into an http or https URL.
func (c *checker) userinfo(cur inspector.Cursor, call *ast.CallExpr, name string) {
	if len(call.Args) == 0 {
		return
	}
	arg := call.Args[len(call.Args)-1]
	src, ok := c.m.Credential(arg)
	if !ok || c.fixture(arg) {
		return
	}
	if !c.httpTarget(cur, call) || c.onlySent(cur) {
		return
	}
	c.reportOnce(analysis.Diagnostic{Pos: arg.Pos(), End: arg.End(),
		Message: fmt.Sprintf("credential %s is put into an http URL's user info by url.%s; %s", src.Describe(), name, insteadUserinfo)})
}

// onlySent reports whether the URL that the user info built by call goes
// into is provably only sent by net/http's client, never printed
// (credential.OnlySent): the user info is the User of a url.URL literal,
// or is set into the User of a URL variable of the function's own
// (u.User = url.UserPassword(…), credential.OnlySentURL).
func (c *checker) onlySent(cur inspector.Cursor) bool {
	if as, ok := cur.Parent().Node().(*ast.AssignStmt); ok && len(as.Lhs) == 1 && len(as.Rhs) == 1 {
		sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr)
		return ok && sel.Sel.Name == "User" && c.m.OnlySentURL(sel.X)
	}
	kv, ok := cur.Parent().Node().(*ast.KeyValueExpr)
	if !ok || !isIdent(kv.Key, "User") {
		return false
	}
	lit, ok := cur.Parent().Parent().Node().(*ast.CompositeLit)
	return ok && c.m.OnlySent(lit)
}

// httpTarget reports whether the Userinfo built by call goes into a URL
// whose scheme is http or https, or, when the scheme is not known, whether
// the function sends HTTP requests.
func (c *checker) httpTarget(cur inspector.Cursor, call *ast.CallExpr) bool {
	switch p := cur.Parent().Node().(type) {
	case *ast.KeyValueExpr:
		if lit, ok := cur.Parent().Parent().Node().(*ast.CompositeLit); ok {
			for _, elt := range lit.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok && isIdent(kv.Key, "Scheme") {
					if s, ok := astutil.ConstString(c.pass.TypesInfo, kv.Value); ok {
						return isHTTP(s)
					}
				}
			}
		}
	case *ast.AssignStmt:
		for i, rhs := range p.Rhs {
			if rhs != call || i >= len(p.Lhs) {
				continue
			}
			if sel, ok := ast.Unparen(p.Lhs[i]).(*ast.SelectorExpr); ok {
				if s, ok := c.schemeOf(sel.X); ok {
					return isHTTP(s)
				}
			}
		}
	}
	return c.sendsHTTP()
}

// schemeOf finds the constant scheme of URL variable x in the function:
// x.Scheme = "https", x, err := url.Parse("https://…"), x := &url.URL{Scheme: "https"}.
func (c *checker) schemeOf(x ast.Expr) (string, bool) {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok || c.body == nil {
		return "", false
	}
	obj := c.pass.TypesInfo.ObjectOf(id)
	scheme, found := "", false
	ast.Inspect(c.body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || found {
			return !found
		}
		for i, lhs := range as.Lhs {
			var rhs ast.Expr
			if i < len(as.Rhs) {
				rhs = as.Rhs[i]
			} else if len(as.Rhs) == 1 {
				rhs = as.Rhs[0]
			}
			switch l := ast.Unparen(lhs).(type) {
			case *ast.SelectorExpr:
				if l.Sel.Name == "Scheme" && isObj(c.pass.TypesInfo, l.X, obj) {
					scheme, found = astutil.ConstString(c.pass.TypesInfo, rhs)
				}
			case *ast.Ident:
				if c.pass.TypesInfo.ObjectOf(l) == obj && i == 0 {
					scheme, found = c.schemeIn(rhs)
				}
			}
		}
		return !found
	})
	return scheme, found
}

// schemeIn is the scheme of url.Parse("https://…") or url.URL{Scheme: …}.
func (c *checker) schemeIn(e ast.Expr) (string, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		return c.schemeIn(e.X)
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok && isIdent(kv.Key, "Scheme") {
				return astutil.ConstString(c.pass.TypesInfo, kv.Value)
			}
		}
	case *ast.CallExpr:
		if len(e.Args) == 1 {
			if s, ok := astutil.ConstString(c.pass.TypesInfo, e.Args[0]); ok {
				scheme, _, ok := strings.Cut(s, "://")
				return scheme, ok
			}
		}
	}
	return "", false
}

// sendsHTTP reports whether the current function builds an HTTP request.
func (c *checker) sendsHTTP() bool {
	if c.body == nil {
		return false
	}
	found := false
	ast.Inspect(c.body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			if fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "net/http" {
				_, found = sinks.URLArg(fn)
			}
		}
		return !found
	})
	return found
}

func isHTTP(scheme string) bool {
	s := strings.ToLower(scheme)
	return s == "http" || s == "https"
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

func isObj(info *types.Info, e ast.Expr, obj types.Object) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && info.ObjectOf(id) == obj
}
