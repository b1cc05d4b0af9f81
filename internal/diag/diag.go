// Package diag is how every credlint check reports: it applies
// `//credlint:ignore` directives, so they work the same under credlint,
// go vet and golangci-lint.
//
// A directive stands on the line of the finding or on the line above it:
//
//	//credlint:ignore hardcodedsecret,secretlog fixture key for the sandbox
//
// It names one or more checks (or "all") and must give a reason.
package diag

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Directive is the comment prefix of a suppression.
const Directive = "//credlint:ignore"

// A Reporter reports one check's diagnostics for one pass.
type Reporter struct {
	pass   *analysis.Pass
	check  string
	ignore map[*token.File]map[int]bool // lines whose findings are suppressed
}

// New returns the reporter for check (the analyzer name) in pass.
func New(pass *analysis.Pass) *Reporter {
	return &Reporter{pass: pass, check: pass.Analyzer.Name}
}

// Report reports d unless a directive suppresses it.
func (r *Reporter) Report(d analysis.Diagnostic) {
	if r.suppressed(d.Pos) {
		return
	}
	r.pass.Report(d)
}

func (r *Reporter) suppressed(pos token.Pos) bool {
	tf := r.pass.Fset.File(pos)
	if tf == nil {
		return false
	}
	if r.ignore == nil {
		r.ignore = make(map[*token.File]map[int]bool)
	}
	lines, ok := r.ignore[tf]
	if !ok {
		lines = r.directives(tf)
		r.ignore[tf] = lines
	}
	line := tf.Line(pos)
	return lines[line] || lines[line-1]
}

// directives indexes the lines of tf that carry a directive for this check.
func (r *Reporter) directives(tf *token.File) map[int]bool {
	var f *ast.File
	for _, file := range r.pass.Files {
		if r.pass.Fset.File(file.FileStart) == tf {
			f = file
			break
		}
	}
	lines := make(map[int]bool)
	if f == nil {
		return lines
	}
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			checks, reason, ok := Parse(c.Text)
			if !ok || reason == "" {
				continue // a directive without a reason suppresses nothing
			}
			for _, name := range checks {
				if name == r.check || name == "all" {
					lines[tf.Line(c.Slash)] = true
				}
			}
		}
	}
	return lines
}

// Parse splits a `//credlint:ignore check[,check] reason` comment.
func Parse(text string) (checks []string, reason string, ok bool) {
	rest, ok := strings.CutPrefix(text, Directive)
	if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return nil, "", false
	}
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return nil, "", true
	}
	return strings.Split(fields[0], ","), strings.Join(fields[1:], " "), true
}
