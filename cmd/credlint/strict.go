package main

import (
	"fmt"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/credlint/credlint/internal/diag"
)

// unusedIgnores reports //credlint:ignore directives that suppressed
// nothing in this run (-strict-ignores): stale ones hide the next real
// finding on their line. A directive is judged only by the checks that ran
// on its package, so -disable does not make directives look stale.
func unusedIgnores(pkgs []*packages.Package, ran []*analysis.Analyzer, usage *diag.Usage, onlyFiles map[string]bool) []finding {
	ranNames := make(map[string]bool)
	for _, a := range ran {
		if a.Name != diag.IgnoreCheck {
			ranNames[a.Name] = true
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
				judged, used := false, false
				for name := range ranNames {
					if !ig.Names(name) {
						continue
					}
					judged = true
					used = used || usage.Used(pos.Filename, ig.Line, name)
				}
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
