package ratelimit

import (
	_ "embed"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/credlint/credlint/internal/diag"
	"github.com/credlint/credlint/internal/httpreq"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "ratelimit",
	Doc:      diag.Doc(doc, "ratelimit"),
	URL:      "https://github.com/credlint/credlint/blob/main/docs/ratelimit.md",
	Requires: []*analysis.Analyzer{httpreq.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[httpreq.Analyzer].(*httpreq.Result)
	report := diag.New(pass)
	for _, s := range res.Sends {
		switch {
		case s.Returned, !s.Used, s.Func == nil, res.InTest(s.Call):
			// The caller judges a returned response; an unused one
			// needs no handling.
		case res.Handles429(s.Func), !res.Credentialed(s), res.Retrying(s):
		default:
			report.Report(analysis.Diagnostic{
				Pos: s.Call.Pos(),
				End: s.Call.End(),
				Message: "authenticated request sent by " + types.ExprString(s.Call.Fun) +
					", and nothing here handles 429 Too Many Requests: on http.StatusTooManyRequests wait as the Retry-After header says and retry with exponential backoff, or use a retrying client (hashicorp/go-retryablehttp)",
			})
		}
	}
	return nil, nil
}
