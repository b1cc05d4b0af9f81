package main

import (
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/credlint/credlint/analyzers"
	"github.com/credlint/credlint/rules"
)

const (
	exitClean    = 0
	exitFindings = 1
	exitError    = 2
)

type options struct {
	rulesFile string
	json      bool
	fix       bool
	tests     bool
	enable    string
	disable   string
}

// run is the standalone driver: load packages, run the checks, print.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("credlint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.rulesFile, "rules", "", "gitleaks-format rule `file` (default: credlint's embedded rules)")
	fs.BoolVar(&o.json, "json", false, "print findings as JSON")
	fs.BoolVar(&o.fix, "fix", false, "apply suggested fixes to the source files")
	fs.BoolVar(&o.tests, "test", true, "also check _test.go files")
	fs.StringVar(&o.enable, "enable", "", "comma-separated `checks` to run (default: all)")
	fs.StringVar(&o.disable, "disable", "", "comma-separated `checks` not to run")
	all := analyzers.All()
	for _, a := range all {
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: credlint [flags] [packages | files.go]\n\nChecks:\n")
		for _, a := range all {
			fmt.Fprintf(stderr, "  %-16s %s\n", a.Name, summary(a))
		}
		fmt.Fprintf(stderr, "\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError
	}
	checks, err := selectChecks(all, o.enable, o.disable)
	if err != nil {
		fmt.Fprintf(stderr, "credlint: %v\n", err)
		return exitError
	}
	if err := rules.SetPath(o.rulesFile); err != nil {
		fmt.Fprintf(stderr, "credlint: %v\n", err)
		return exitError
	}
	if o.rulesFile != "" {
		// A user's file is checked up front so that a mistake in it is one
		// clear error, not one per package.
		if _, err := rules.Active(); err != nil {
			fmt.Fprintf(stderr, "credlint: rule file %v\n", err)
			return exitError
		}
	}

	patterns, onlyFiles := splitFileArgs(fs.Args())
	pkgs, err := load(patterns, o.tests)
	if err != nil {
		fmt.Fprintf(stderr, "credlint: %v\n", err)
		return exitError
	}
	code := exitClean
	if n := printLoadErrors(stderr, pkgs); n > 0 {
		code = exitError
	}
	graph, err := checker.Analyze(checks, pkgs, nil)
	if err != nil {
		fmt.Fprintf(stderr, "credlint: %v\n", err)
		return exitError
	}
	findings, errs := collect(graph, onlyFiles)
	for _, e := range errs {
		fmt.Fprintf(stderr, "credlint: %v\n", e)
		code = exitError
	}
	if o.fix {
		remaining, err := applyFixes(findings)
		if err != nil {
			fmt.Fprintf(stderr, "credlint: -fix: %v\n", err)
			return exitError
		}
		findings = remaining
	}
	if err := printFindings(stdout, findings, o.json); err != nil {
		fmt.Fprintf(stderr, "credlint: %v\n", err)
		return exitError
	}
	if len(findings) > 0 && code == exitClean {
		code = exitFindings
	}
	return code
}

func summary(a *analysis.Analyzer) string {
	first, _, _ := strings.Cut(a.Doc, "\n")
	_, s, ok := strings.Cut(first, ": ")
	if !ok {
		return first
	}
	return s
}

func selectChecks(all []*analysis.Analyzer, enable, disable string) ([]*analysis.Analyzer, error) {
	byName := make(map[string]*analysis.Analyzer, len(all))
	for _, a := range all {
		byName[a.Name] = a
	}
	parse := func(list string) (map[string]bool, error) {
		set := make(map[string]bool)
		for n := range strings.SplitSeq(list, ",") {
			if n = strings.TrimSpace(n); n == "" {
				continue
			}
			if byName[n] == nil {
				return nil, fmt.Errorf("unknown check %q", n)
			}
			set[n] = true
		}
		return set, nil
	}
	on, err := parse(enable)
	if err != nil {
		return nil, err
	}
	off, err := parse(disable)
	if err != nil {
		return nil, err
	}
	var out []*analysis.Analyzer
	for _, a := range all {
		if (len(on) == 0 || on[a.Name]) && !off[a.Name] {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no checks enabled")
	}
	return out, nil
}

// splitFileArgs turns .go file arguments (as pre-commit passes them) into
// the packages that hold them, and remembers the files so that only their
// findings are reported.
func splitFileArgs(args []string) (patterns []string, onlyFiles map[string]bool) {
	if len(args) == 0 {
		return []string{"./..."}, nil
	}
	seen := make(map[string]bool)
	for _, a := range args {
		if !strings.HasSuffix(a, ".go") {
			patterns = append(patterns, a)
			continue
		}
		abs, err := filepath.Abs(a)
		if err != nil {
			abs = a
		}
		if onlyFiles == nil {
			onlyFiles = make(map[string]bool)
		}
		onlyFiles[abs] = true
		dir := "./" + filepath.ToSlash(filepath.Dir(a))
		if filepath.IsAbs(a) {
			dir = filepath.Dir(a)
		}
		if !seen[dir] {
			seen[dir] = true
			patterns = append(patterns, dir)
		}
	}
	return patterns, onlyFiles
}

func load(patterns []string, tests bool) ([]*packages.Package, error) {
	cfg := &packages.Config{
		Mode:  packages.LoadSyntax | packages.NeedModule,
		Tests: tests,
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("no packages match %s", strings.Join(patterns, " "))
	}
	// With tests, go list adds a synthesized main package per test binary.
	pkgs = slices.DeleteFunc(pkgs, func(p *packages.Package) bool {
		return strings.HasSuffix(p.ID, ".test")
	})
	return pkgs, nil
}

// printLoadErrors reports packages that do not parse or type-check; the
// checks skip them rather than guess.
func printLoadErrors(w io.Writer, pkgs []*packages.Package) int {
	seen := make(map[string]bool)
	n := 0
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			msg := e.Error()
			if !seen[msg] {
				seen[msg] = true
				fmt.Fprintf(w, "credlint: %s\n", msg)
				n++
			}
		}
	})
	return n
}

// A finding is one diagnostic, positioned and deduplicated.
type finding struct {
	Check    string
	Pos      token.Position
	End      token.Position
	Diag     analysis.Diagnostic
	fset     *token.FileSet
	Severity string
}

func collect(graph *checker.Graph, onlyFiles map[string]bool) ([]finding, []error) {
	var out []finding
	var errs []error
	seen := make(map[string]bool)
	for _, act := range graph.Roots {
		if act.Err != nil {
			// A package that does not type-check has been reported already.
			if len(act.Package.Errors) == 0 {
				errs = append(errs, fmt.Errorf("%s: %s: %v", act.Package.PkgPath, act.Analyzer.Name, act.Err))
			}
			continue
		}
		for _, d := range act.Diagnostics {
			pos := act.Package.Fset.Position(d.Pos)
			if onlyFiles != nil && !onlyFiles[pos.Filename] {
				continue
			}
			key := fmt.Sprintf("%s:%d:%d:%s:%s", pos.Filename, pos.Line, pos.Column, act.Analyzer.Name, d.Message)
			if seen[key] {
				continue // the same file seen in a package and its test variant
			}
			seen[key] = true
			out = append(out, finding{
				Check:    act.Analyzer.Name,
				Pos:      pos,
				End:      act.Package.Fset.Position(d.End),
				Diag:     d,
				fset:     act.Package.Fset,
				Severity: severity(act.Analyzer.Name, d.Category),
			})
		}
	}
	slices.SortFunc(out, func(a, b finding) int {
		if c := strings.Compare(a.Pos.Filename, b.Pos.Filename); c != 0 {
			return c
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line - b.Pos.Line
		}
		if a.Pos.Column != b.Pos.Column {
			return a.Pos.Column - b.Pos.Column
		}
		return strings.Compare(a.Check, b.Check)
	})
	return out, errs
}

// severity of a finding: a rule's for hardcodedsecret, high for the rest.
func severity(check, category string) string {
	if check == "hardcodedsecret" {
		if set, err := rules.Active(); err == nil {
			for _, r := range set.Rules() {
				if r.ID == category {
					return r.Severity.String()
				}
			}
		}
	}
	return rules.High.String()
}

// relPath shows a file relative to the working directory when it is below it.
func relPath(name string) string {
	wd, err := os.Getwd()
	if err != nil {
		return name
	}
	if rel, err := filepath.Rel(wd, name); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return name
}
