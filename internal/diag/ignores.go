package diag

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// IgnoreCheck is the name under which malformed directives are reported.
const IgnoreCheck = "credlintignore"

// IgnoreAnalyzer returns the analyzer that reports //credlint:ignore
// directives that cannot work: no reason, no check, or a check that does
// not exist (a typo would otherwise silently suppress nothing). checks are
// the names of every credlint check, whether or not it runs.
//
// It is not in the check suite itself because it must know the suite;
// every driver (credlint, go vet, the golangci-lint plugin) adds it.
func IgnoreAnalyzer(checks []*analysis.Analyzer) *analysis.Analyzer {
	known := make([]string, 0, len(checks)+1)
	for _, a := range checks {
		known = append(known, a.Name)
	}
	known = append(known, "all")
	return &analysis.Analyzer{
		Name: IgnoreCheck,
		Doc: IgnoreCheck + ": report //credlint:ignore directives without a reason or with an unknown check\n\n" +
			"A suppression must say why the finding is acceptable, so that a reviewer can judge it later.",
		URL: "https://github.com/credlint/credlint/blob/main/docs/rules.md#suppressing-findings",
		Run: func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.Files {
				for _, ig := range Ignores(pass.Fset, f) {
					if msg := malformed(ig, known); msg != "" {
						pass.Report(analysis.Diagnostic{Pos: ig.Pos, Message: msg})
					}
				}
			}
			return nil, nil
		},
	}
}

func malformed(ig Ignore, known []string) string {
	if len(ig.Checks) == 0 {
		return fmt.Sprintf("%s needs a check and a reason: %s <check>[,<check>] <reason>", Directive, Directive)
	}
	var unknown []string
	for _, c := range ig.Checks {
		if !slices.Contains(known, c) {
			unknown = append(unknown, c)
		}
	}
	if len(unknown) > 0 {
		return fmt.Sprintf("%s names unknown check %s; known checks: %s", Directive, strings.Join(unknown, ", "), strings.Join(known, ", "))
	}
	if ig.Reason == "" {
		return fmt.Sprintf("%s %s needs a reason; without one it does not suppress", Directive, strings.Join(ig.Checks, ","))
	}
	return ""
}
