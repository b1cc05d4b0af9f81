package headerlog

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/credlint/credlint/internal/credential"
	"github.com/credlint/credlint/internal/diag"
	"github.com/credlint/credlint/internal/sinks"
)

//go:generate go run ../../internal/diag/gendoc headerlog

var Analyzer = &analysis.Analyzer{
	Name:     "headerlog",
	Doc:      docText,
	URL:      "https://github.com/credlint/credlint/blob/main/docs/headerlog.md",
	Requires: []*analysis.Analyzer{sinks.Analyzer, credential.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	calls := pass.ResultOf[sinks.Analyzer].([]sinks.Call)
	if len(calls) == 0 {
		return nil, nil
	}
	m := credential.NewPassModel(pass)
	report := diag.New(pass)
	for _, c := range calls {
		if credential.InDemoFile(pass.Fset, c.Call.Pos()) {
			continue // requests built by a test carry fixtures; an example's, the user's own
		}
		if c.Kind == sinks.Response {
			continue // echoing a request's headers to the client who sent them
		}
		if c.URLError {
			continue // the error of a request sent quotes its URL alone
		}
		m.Enter(c.Body)
		for _, arg := range c.Args {
			what, ok := m.Headers(arg)
			if !ok {
				continue
			}
			report.Report(analysis.Diagnostic{
				Pos: arg.Pos(),
				End: arg.End(),
				Message: fmt.Sprintf("%s (%s) reaches %s: request headers carry the credentials; log the method, URL path, status and request ID instead",
					credential.ShowExpr(arg), what, c.Where()),
			})
		}
	}
	return nil, nil
}
