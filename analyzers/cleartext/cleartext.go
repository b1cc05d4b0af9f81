package cleartext

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/credlint/credlint/internal/credential"
	"github.com/credlint/credlint/internal/diag"
	"github.com/credlint/credlint/internal/httpreq"
	"github.com/credlint/credlint/internal/sinks"
)

//go:generate go run ../../internal/diag/gendoc cleartext

var Analyzer = &analysis.Analyzer{
	Name:     "cleartext",
	Doc:      docText,
	URL:      "https://github.com/credlint/credlint/blob/main/docs/cleartext.md",
	Requires: []*analysis.Analyzer{httpreq.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[httpreq.Analyzer].(*httpreq.Result)
	if len(res.URLs) == 0 && len(res.InsecureTLS) == 0 {
		return nil, nil
	}
	report := diag.New(pass)
	for _, u := range res.URLs {
		if res.InTest(u.Call) || !credentialed(res, u) {
			continue
		}
		p, ok := plain(pass.TypesInfo, res, u.URL, 0)
		if !ok {
			continue
		}
		from := ""
		if p.via != "" {
			from = " (from " + p.via + ")"
		}
		report.Report(analysis.Diagnostic{
			Pos: u.URL.Pos(),
			End: u.URL.End(),
			Message: fmt.Sprintf("credentials sent over cleartext HTTP to %s%s: anyone on the path can read and replay them; use https://",
				p.origin, from),
		})
	}
	holders := credentialHolders(pass, res)
	for _, in := range res.InsecureTLS {
		if res.InTest(in.Node) || !holders.insecure(in.Func) {
			continue
		}
		report.Report(analysis.Diagnostic{
			Pos:     in.Node.Pos(),
			End:     in.Node.End(),
			Message: "InsecureSkipVerify: true on a client that sends credentials: without certificate checks anyone on the path can pose as the server and collect them; remove it, or trust the server's CA with RootCAs",
		})
	}
	return nil, nil
}

// credentialed reports whether the request made for u carries credentials.
func credentialed(res *httpreq.Result, u httpreq.URLUse) bool {
	switch u.Kind {
	case sinks.Send:
		if s := res.SendOf(u.Call); s != nil {
			return res.Credentialed(s)
		}
	case sinks.BaseURL:
		return res.ClientCredentialed(u.Client)
	case sinks.NewRequest:
		if res.Authenticated(u.Func) {
			return true
		}
		for _, s := range res.Sends {
			if s.Func == u.Func && u.Func != nil && res.Credentialed(s) {
				return true
			}
		}
	}
	return false
}

// holders answers which functions handle credentials, for TLS settings.
type holders struct {
	res   *httpreq.Result
	holds map[*httpreq.Func]bool
}

// credentialHolders finds the functions that build a value holding a
// credential (&Client{token: token}, c.apiKey = key), send one, or write
// one on a request.
func credentialHolders(pass *analysis.Pass, res *httpreq.Result) holders {
	h := holders{res: res, holds: make(map[*httpreq.Func]bool)}
	if len(res.InsecureTLS) == 0 {
		return h
	}
	var funcs []*httpreq.Func
	for _, in := range res.InsecureTLS {
		for _, f := range append([]*httpreq.Func{in.Func}, callers(in.Func)...) {
			if f == nil || f.Decl == nil || slices.Contains(funcs, f) {
				continue
			}
			funcs = append(funcs, f)
		}
	}
	// The model learns fields from the bodies it enters (c.token = tok makes
	// c.token a credential), so enter every body first, then ask: asking
	// between entries made the answer depend on the order of the callers.
	m := credential.NewModel(pass.TypesInfo)
	for _, f := range funcs {
		m.Enter(f.Decl.Body)
	}
	for _, f := range funcs {
		h.holds[f] = res.Authenticated(f) || storesCredential(m, f.Decl.Body)
	}
	return h
}

// callers returns the callers of f in source order.
func callers(f *httpreq.Func) []*httpreq.Func {
	if f == nil {
		return nil
	}
	var out []*httpreq.Func
	for c := range f.Callers() {
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b *httpreq.Func) int { return cmp.Compare(funcPos(a), funcPos(b)) })
	return out
}

func funcPos(f *httpreq.Func) token.Pos {
	switch {
	case f.Decl != nil:
		return f.Decl.Pos()
	case f.Obj != nil:
		return f.Obj.Pos()
	}
	return token.NoPos
}

// insecure reports whether a TLS setting in f reaches credentials: f, or
// a function that calls it, handles them.
func (h holders) insecure(f *httpreq.Func) bool {
	if f == nil {
		return false
	}
	if h.holds[f] {
		return true
	}
	for c := range f.Callers() {
		if h.holds[c] {
			return true
		}
	}
	return false
}

// storesCredential reports whether body puts a credential into a struct
// field: Client{token: token}, c.apiKey = key.
func storesCredential(m *credential.Model, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.KeyValueExpr:
			if _, ok := n.Key.(*ast.Ident); ok {
				_, found = m.Credential(n.Value)
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if _, ok := lhs.(*ast.SelectorExpr); ok && i < len(n.Rhs) {
					if _, ok := m.Credential(n.Rhs[i]); ok {
						found = true
					}
				}
			}
		}
		return !found
	})
	return found
}
