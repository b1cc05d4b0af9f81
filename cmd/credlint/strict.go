package main

import (
	"fmt"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/credlint/credlint/internal/diag"
)

// unusedIgnores reports //credlint:ignore directives that suppressed
// nothing in this run (-strict-ignores): stale ones hide the next real
// finding on their line. A directive is judged only when every check it
// names ran on its package, so -disable does not make directives look
// stale.
func unusedIgnores(pkgs []*packages.Package, all, ran []*analysis.Analyzer, usage *diag.Usage, onlyFiles map[string]bool) []finding {
	ranNames := make(map[string]bool)
	for _, a := range ran {
		ranNames[a.Name] = true
	}
	var checks []string // what "all" stands for
	for _, a := range all {
		if a.Name != diag.IgnoreCheck {
			checks = append(checks, a.Name)
		}
	}
	var out []finding
	seen := make(map[string]bool)
	for _, p := range pkgs {
		if len(p.Errors) > 0 || p.IllTyped {
			continue // the checks did not run on it
		}
		for _, f := range p.Syntax {
			for _, ig := range diag.Ignores(p.Fset, f) {
				pos := p.Fset.Position(ig.Pos)
				key := fmt.Sprintf("%s:%d", pos.Filename, pos.Line)
				if ig.Reason == "" || seen[key] || onlyFiles != nil && !onlyFiles[pos.Filename] {
					continue // malformed ones are credlintignore's
				}
				seen[key] = true
				named := ig.Checks
				if slices.Contains(named, "all") {
					named = checks
				}
				// Judged only if every check it names ran: one that did not
				// might be what it is for.
				judged := !slices.ContainsFunc(named, func(c string) bool { return !ranNames[c] })
				used := slices.ContainsFunc(named, func(c string) bool { return usage.Used(pos.Filename, ig.Line, c) })
				if judged && !used {
					out = append(out, finding{
						Check: diag.IgnoreCheck,
						Pos:   pos,
						End:   token.Position{},
						Diag: analysis.Diagnostic{
							Pos:     ig.Pos,
							Message: fmt.Sprintf("%s %s suppresses nothing; remove it", diag.Directive, strings.Join(ig.Checks, ",")),
						},
						module: p.Module,
					})
				}
			}
		}
	}
	return out
}
