package secretlog

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/credlint/credlint/internal/credential"
	"github.com/credlint/credlint/internal/diag"
	"github.com/credlint/credlint/internal/sinks"
	"github.com/credlint/credlint/internal/sinks/own"
)

//go:generate go run ../../internal/diag/gendoc secretlog

var Analyzer = &analysis.Analyzer{
	Name:     "secretlog",
	Doc:      docText,
	URL:      "https://github.com/credlint/credlint/blob/main/docs/secretlog.md",
	Requires: []*analysis.Analyzer{sinks.Analyzer, credential.Analyzer, own.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	calls := pass.ResultOf[sinks.Analyzer].([]sinks.Call)
	if len(calls) == 0 {
		return nil, nil
	}
	m := credential.NewPassModel(pass)
	owners := pass.ResultOf[own.Analyzer].(*own.Result)
	report := diag.New(pass)
	for _, c := range calls {
		m.Enter(c.Body)
		m.Quiet(c.Forwarded)
		for _, arg := range c.Args {
			if _, ok := m.Headers(arg); ok {
				continue // headerlog's
			}
			if owners.Owned(c, arg) {
				continue // the wrapper leaks it by itself: reported there, once
			}
			if msg, ok := leak(pass, m, c, arg); ok {
				report.Report(analysis.Diagnostic{Pos: arg.Pos(), End: arg.End(), Message: msg})
			} else if d, ok := urlLeak(pass, m, c, arg); ok {
				report.Report(d)
			} else if src, ok := m.URLCarries(arg); ok && !credential.InDemoFile(pass.Fset, arg.Pos()) && !c.Serialized {
				report.Report(analysis.Diagnostic{Pos: arg.Pos(), End: arg.End(),
					Message: fmt.Sprintf("URL %s carries a credential, %s, and reaches %s; %s", types.ExprString(arg), src.Describe(), c.Where(), advice(c))})
			}
		}
	}
	return nil, nil
}

// leak says how arg shows a credential, if it does.
func leak(pass *analysis.Pass, m *credential.Model, c sinks.Call, arg ast.Expr) (string, bool) {
	where := c.Where()
	inTest := credential.InDemoFile(pass.Fset, arg.Pos())
	if src, ok := m.Credential(arg); ok {
		if inTest && !src.Runtime() {
			return "", false // a fixture
		}
		if c.Kind == sinks.Response && src.Kind == credential.HeaderRead {
			return "", false // the client's own credential, sent back to it
		}
		return fmt.Sprintf("credential %s reaches %s; %s", src.Describe(), where, advice(c)), true
	}
	t := pass.TypesInfo.TypeOf(arg)
	if t == nil || inTest {
		return "", false
	}
	field, ok := m.CredentialField(t, c.Fmt)
	if c.Serialized {
		field, ok = credential.SerializedField(t)
	}
	if ok {
		name := types.TypeString(t, func(p *types.Package) string {
			if p == pass.Pkg {
				return ""
			}
			return p.Name()
		})
		if c.Serialized {
			return fmt.Sprintf("%s is encoded with its credential field %s by %s; tag the field `json:\"-\"` or encode a copy without it",
				types.ExprString(arg), field, c.Name), true
		}
		return fmt.Sprintf("%s is printed whole, with its credential field %s, in %s; log selected fields, or give %s a String or LogValue method that redacts it",
			types.ExprString(arg), field, where, name), true
	}
	return "", false
}

func advice(c sinks.Call) string {
	if c.Echo {
		return "return or log a fixed message instead of that error"
	}
	switch c.Kind {
	case sinks.Error, sinks.Panic:
		return "errors end up in logs and responses: leave the value out"
	case sinks.Response:
		return "never send a credential back in a response body"
	}
	return "log that it is set, or a redacted form, never the value"
}

// urlLeak reports a URL printed whole with the password it holds (see
// credential.URLPassword), offering its Redacted form where the printed
// value is the URL itself.
func urlLeak(pass *analysis.Pass, m *credential.Model, c sinks.Call, arg ast.Expr) (analysis.Diagnostic, bool) {
	if c.Serialized || credential.InDemoFile(pass.Fset, arg.Pos()) {
		return analysis.Diagnostic{}, false // an encoder writes no String; a test's URL is a fixture
	}
	u, src, ok := m.URLPassword(arg)
	if !ok {
		return analysis.Diagnostic{}, false
	}
	d := analysis.Diagnostic{Pos: arg.Pos(), End: arg.End(),
		Message: fmt.Sprintf("URL %s holds a password (%s) and reaches %s whole, where String writes it; print its Redacted() form or its host instead",
			types.ExprString(arg), src.Describe(), c.Where())}
	if u != nil && isPlain(u) {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "print " + types.ExprString(u) + ".Redacted()",
			TextEdits: []analysis.TextEdit{{Pos: arg.Pos(), End: arg.End(), NewText: []byte(types.ExprString(u) + ".Redacted()")}},
		}}
	}
	return d, true
}

// isPlain reports whether e is a variable or a chain of fields (u, c.base),
// whose text can be repeated in a fix as written.
func isPlain(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return isPlain(e.X)
	}
	return false
}
