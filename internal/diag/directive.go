package diag

import (
	"go/ast"
	"go/token"
	"slices"
	"strings"
)

// Directive is the comment prefix of a suppression.
const Directive = "//credlint:ignore"

// An Ignore is one //credlint:ignore comment.
type Ignore struct {
	Pos    token.Pos // start of the comment
	Line   int
	Checks []string // as written: check names or "all"
	Reason string   // "" when none was given: then it suppresses nothing
}

// Names reports whether the directive names check, directly or as "all".
func (ig Ignore) Names(check string) bool {
	return slices.Contains(ig.Checks, check) || slices.Contains(ig.Checks, "all")
}

// Covers reports whether the directive suppresses check's findings on line:
// it must give a reason and stand on that line or the line above.
func (ig Ignore) Covers(check string, line int) bool {
	return ig.Reason != "" && (ig.Line == line || ig.Line == line-1) && ig.Names(check)
}

// Ignores lists the directives in f.
func Ignores(fset *token.FileSet, f *ast.File) []Ignore {
	var out []Ignore
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if !strings.HasPrefix(c.Text, Directive) {
				continue // cheap test first: most comments are not directives
			}
			checks, reason, ok := Parse(c.Text)
			if !ok {
				continue
			}
			out = append(out, Ignore{Pos: c.Slash, Line: fset.Position(c.Slash).Line, Checks: checks, Reason: reason})
		}
	}
	return out
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
	var names []string
	for n := range strings.SplitSeq(fields[0], ",") {
		if n != "" {
			names = append(names, n)
		}
	}
	return names, strings.Join(fields[1:], " "), true
}
