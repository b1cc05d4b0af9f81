// Package diag is how every credlint check reports: it applies
// `//credlint:ignore` directives, so they work the same under credlint,
// go vet and golangci-lint.
//
// A directive stands on the line of the finding or on the line above it:
//
//	//credlint:ignore hardcodedsecret,secretlog fixture key for the sandbox
//
// It names one or more checks (or "all") and must give a reason; a
// directive without one suppresses nothing and is reported by
// [IgnoreAnalyzer].
//
// A message quotes the redacted value it is about as its first Go-quoted
// string (%q): that is the excerpt the driver's -json and -sarif outputs
// show (see [Excerpt]). Messages never hold a whole secret.
package diag

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A Reporter reports one check's diagnostics for one pass.
type Reporter struct {
	pass    *analysis.Pass
	check   string
	ignores map[*token.File][]Ignore
	extra   []*ast.File // parsed by the check beside pass.Files
}

// New returns the reporter for check (the analyzer name) in pass.
func New(pass *analysis.Pass) *Reporter {
	return &Reporter{pass: pass, check: pass.Analyzer.Name}
}

// AddFiles makes the directives of files a check parsed itself (files the
// build excludes, pass.IgnoredFiles) apply to its findings in them.
func (r *Reporter) AddFiles(files ...*ast.File) {
	r.extra = append(r.extra, files...)
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
	if r.ignores == nil {
		r.ignores = make(map[*token.File][]Ignore)
	}
	igs, ok := r.ignores[tf]
	if !ok {
		if f := r.file(tf); f != nil {
			igs = Ignores(r.pass.Fset, f)
		}
		r.ignores[tf] = igs
	}
	line := tf.Line(pos)
	hit := false
	for _, ig := range igs {
		if ig.Covers(r.check, line) {
			hit = true
			markUsed(tf.Name(), ig.Line, r.check)
		}
	}
	return hit
}

func (r *Reporter) file(tf *token.File) *ast.File {
	for _, files := range [][]*ast.File{r.pass.Files, r.extra} {
		for _, f := range files {
			if r.pass.Fset.File(f.FileStart) == tf {
				return f
			}
		}
	}
	return nil
}

// Excerpt returns the redacted excerpt a message quotes: its first Go
// string literal, unquoted, or "" if it has none.
func Excerpt(message string) string {
	i := strings.IndexByte(message, '"')
	if i < 0 {
		return ""
	}
	q, err := strconv.QuotedPrefix(message[i:])
	if err != nil {
		return ""
	}
	s, err := strconv.Unquote(q)
	if err != nil {
		return ""
	}
	return s
}
