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

	"github.com/credlint/credlint/internal/diag"
	"github.com/credlint/credlint/internal/suite"
	"github.com/credlint/credlint/rules"
)

const (
	exitClean    = 0
	exitFindings = 1
	exitError    = 2
)

type options struct {
	rulesFile     string
	json          bool
	sarif         bool
	fix           bool
	tests         bool
	enable        string
	disable       string
	list          bool
	baseline      string
	writeBaseline string
	strictIgnores bool
	tags          string
}

// run is the standalone driver: load packages, run the checks, print.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("credlint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.rulesFile, "rules", "", "gitleaks-format rule `file` (default: credlint's embedded rules)")
	fs.BoolVar(&o.json, "json", false, "print findings as JSON (docs/json.md)")
	fs.BoolVar(&o.sarif, "sarif", false, "print findings as SARIF 2.1.0, for GitHub code scanning")
	fs.BoolVar(&o.fix, "fix", false, "apply suggested fixes to the source files")
	fs.BoolVar(&o.tests, "test", true, "also check _test.go files")
	fs.StringVar(&o.enable, "enable", "", "comma-separated `checks` to run (default: all)")
	fs.StringVar(&o.disable, "disable", "", "comma-separated `checks` not to run")
	fs.BoolVar(&o.list, "list", false, "print the checks and the rules loaded from the rule file, then exit")
	fs.StringVar(&o.baseline, "baseline", "", "report only findings not recorded in baseline `file`")
	fs.StringVar(&o.writeBaseline, "write-baseline", "", "record the current findings in baseline `file` and exit 0")
	fs.BoolVar(&o.strictIgnores, "strict-ignores", false, "report //credlint:ignore directives that suppress nothing")
	fs.StringVar(&o.tags, "tags", "", "comma-separated build `tags` to load packages with, as go build -tags (files other tags exclude are still checked for hardcoded secrets)")
	all := suite.All()
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
	fail := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "credlint: "+format+"\n", args...)
		return exitError
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError
	}
	if o.json && o.sarif {
		return fail("-json and -sarif are exclusive")
	}
	if o.baseline != "" && o.writeBaseline != "" {
		return fail("-baseline and -write-baseline are exclusive")
	}
	checks, err := suite.Select(all, suite.SplitList(o.enable), suite.SplitList(o.disable))
	if err != nil {
		return fail("%v", err)
	}
	if err := rules.SetPath(o.rulesFile); err != nil {
		return fail("%v", err)
	}
	if o.rulesFile != "" || o.list {
		// A user's file is checked up front so that a mistake in it is one
		// clear error, not one per package.
		if _, err := rules.Active(); err != nil {
			return fail("rule file %v", err)
		}
	}
	if o.list {
		if err := printList(stdout, all); err != nil {
			return fail("%v", err)
		}
		return exitClean
	}
	var accepted map[string]int
	if o.baseline != "" {
		if accepted, err = readBaseline(o.baseline); err != nil {
			return fail("%v", err)
		}
	}
	var usage *diag.Usage
	if o.strictIgnores {
		usage = diag.TrackUsage()
	}

	groups, fa, err := splitFileArgs(fs.Args())
	if err != nil {
		return fail("%v", err)
	}
	onlyFiles := fa.only
	pkgs, err := load(groups, o.tests, o.tags, fa)
	if err != nil {
		return fail("%v", err)
	}
	code := exitClean
	if n := printLoadErrors(stderr, pkgs); n > 0 {
		code = exitError
	}
	graph, err := checker.Analyze(checks, pkgs, nil)
	if err != nil {
		return fail("%v", err)
	}
	findings, errs := collect(graph, onlyFiles)
	extra, extraErrs := scanUncovered(fa.uncovered(pkgs, o.tests), checks)
	findings, errs = append(findings, extra...), append(errs, extraErrs...)
	sortFindings(findings)
	for _, e := range errs {
		fmt.Fprintf(stderr, "credlint: %v\n", e)
		code = exitError
	}
	if usage != nil {
		findings = append(findings, unusedIgnores(pkgs, all, checks, usage, onlyFiles)...)
		sortFindings(findings)
	}
	src := new(sources)
	for i := range findings {
		findings[i].complete(src)
	}

	if o.writeBaseline != "" {
		if err := writeBaseline(o.writeBaseline, findings); err != nil {
			return fail("%v", err)
		}
		fmt.Fprintf(stderr, "credlint: recorded %d findings in %s\n", len(findings), o.writeBaseline)
		return code
	}
	if accepted != nil {
		findings = applyBaseline(findings, accepted)
	}
	if o.fix {
		remaining, err := applyFixes(findings)
		if err != nil {
			return fail("-fix: %v", err)
		}
		findings = remaining
	}
	switch {
	case o.json:
		err = printJSON(stdout, findings)
	case o.sarif:
		err = printSARIF(stdout, findings, checks, src)
	default:
		err = printText(stdout, findings)
	}
	if err != nil {
		return fail("%v", err)
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

// load loads the packages of each group. With files, a directory whose Go
// files no build includes (a //go:build ignore generator) is dropped, not
// an error: a hook given such a file has nothing to check in it.
func load(groups []loadGroup, tests bool, tags string, fa fileArgs) ([]*packages.Package, error) {
	fset := token.NewFileSet()
	files := fa.only != nil
	var pkgs []*packages.Package
	for _, g := range groups {
		cfg := &packages.Config{
			Mode:  packages.LoadSyntax | packages.NeedModule,
			Tests: tests,
			Dir:   g.dir,
			Fset:  fset,
		}
		if tags != "" {
			cfg.BuildFlags = []string{"-tags=" + tags}
		}
		ps, err := packages.Load(cfg, g.patterns...)
		if err != nil {
			return nil, err
		}
		if files {
			ps = slices.DeleteFunc(ps, excluded)
		}
		if !g.fromFiles {
			fa.widen(ps)
		}
		if len(ps) == 0 && !files {
			return nil, fmt.Errorf("no packages match %s", strings.Join(g.patterns, " "))
		}
		pkgs = append(pkgs, ps...)
	}
	// With tests, go list adds a synthesized main package per test binary.
	pkgs = slices.DeleteFunc(pkgs, func(p *packages.Package) bool {
		return strings.HasSuffix(p.ID, ".test")
	})
	return pkgs, nil
}

// excluded reports whether p is a directory without a Go file the build
// includes.
func excluded(p *packages.Package) bool {
	if len(p.GoFiles) > 0 || len(p.Errors) == 0 {
		return false
	}
	for _, e := range p.Errors {
		if e.Kind != packages.ListError || !strings.Contains(e.Msg, "build constraints exclude all Go files") {
			return false
		}
	}
	return true
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
	Check  string
	Pos    token.Position
	End    token.Position
	Diag   analysis.Diagnostic
	URL    string // the check's documentation
	fset   *token.FileSet
	module *packages.Module

	// Set by complete.
	File        string // as shown: relative to the working directory if below it
	ModFile     string // module path + path in the module, for fingerprints
	Severity    string
	Excerpt     string
	Fingerprint string
}

// complete derives the fields every output shares.
func (f *finding) complete(src *sources) {
	f.File = relPath(f.Pos.Filename)
	var modPath, modDir string
	if f.module != nil {
		modPath, modDir = f.module.Path, f.module.Dir
	}
	f.ModFile = moduleFile(f.Pos.Filename, modPath, modDir)
	f.Severity = severity(f.Check, f.Diag.Category)
	f.Excerpt = diag.Excerpt(f.Diag.Message)
	f.Fingerprint = fingerprint(f.Check, f.Diag.Category, f.ModFile, src.line(f.Pos.Filename, f.Pos.Line))
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
				Check:  act.Analyzer.Name,
				Pos:    pos,
				End:    act.Package.Fset.Position(d.End),
				Diag:   d,
				URL:    act.Analyzer.URL,
				fset:   act.Package.Fset,
				module: act.Package.Module,
			})
		}
	}
	sortFindings(out)
	return out, errs
}

func sortFindings(fs []finding) {
	slices.SortFunc(fs, func(a, b finding) int {
		return cmpChain(strings.Compare(a.Pos.Filename, b.Pos.Filename),
			a.Pos.Line-b.Pos.Line,
			a.Pos.Column-b.Pos.Column,
			strings.Compare(a.Check, b.Check))
	})
}

// severity of a finding: a rule's for hardcodedsecret, high for the rest.
func severity(check, category string) string {
	if check == "hardcodedsecret" {
		if set, err := rules.Active(); err == nil {
			if r := set.Rule(category); r != nil {
				return r.Severity.String()
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
