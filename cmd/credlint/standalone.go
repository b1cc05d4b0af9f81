package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/credlint/credlint/analyzers/hardcodedsecret"
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
	config        string
	rulesFile     string
	json          bool
	sarif         bool
	out           string
	fix           bool
	tests         bool
	enable        string
	disable       string
	exclude       globList
	list          bool
	baseline      string
	writeBaseline string
	strictIgnores bool
	version       bool
	verbose       bool
	tags          string
	depFacts      bool
}

// run is the standalone driver: load packages, run the checks, print. It
// returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	start := time.Now()
	all := suite.All()
	if len(args) > 0 {
		switch args[0] {
		case "help":
			return help(args[1:], all, stdout, stderr)
		case "version":
			if err := printVersion(stdout); err != nil {
				fmt.Fprintf(stderr, "credlint: %v\n", err)
				return exitError
			}
			return exitClean
		}
	}
	fs := newFlagSet(stderr, all)
	var o options
	o.define(fs, all)
	rules.SetPath("") // the default, unless a flag or the file says otherwise
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		// The flag package has said what is wrong; a program that asked
		// for a document still gets one.
		r := &report{code: exitError, errors: []runError{{Message: err.Error()}}}
		o.json, o.sarif = slices.Contains(args, "-json") || slices.Contains(args, "--json"), slices.Contains(args, "-sarif") || slices.Contains(args, "--sarif")
		if o.json != o.sarif {
			r.output(stdout, stderr, o, nil, nil)
		}
		return exitError
	}
	if o.version {
		return run([]string{"version"}, stdout, stderr)
	}
	r := &report{}
	// fail ends the run with one error, in the document -json and -sarif
	// promise on every outcome.
	fail := func(format string, args ...any) int {
		r.fail(stderr, "", 0, 0, fmt.Sprintf(format, args...))
		if o.json || o.sarif {
			r.output(stdout, stderr, o, nil, nil)
		}
		return r.code
	}
	if o.json && o.sarif {
		o.sarif = false
		return fail("-json and -sarif are exclusive")
	}
	set := make(map[string]bool) // flags given on the command line
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	wd, err := os.Getwd()
	if err != nil {
		return fail("%v", err)
	}
	cfgPath, err := findConfig(o.config, wd)
	if err != nil {
		return fail("%v", err)
	}
	excludes := []excludeSet{{dir: wd, globs: o.exclude}}
	if cfgPath != "" {
		c, err := loadConfig(cfgPath)
		if err != nil {
			return fail("%v", err)
		}
		if err := c.apply(&o, set, all); err != nil {
			return fail("%v", err)
		}
		excludes = append(excludes, excludeSet{dir: c.dir, globs: c.exclude})
	}
	if o.baseline != "" && o.writeBaseline != "" {
		return fail("-baseline and -write-baseline are exclusive")
	}
	checks, err := suite.Select(all, suite.SplitList(o.enable), suite.SplitList(o.disable))
	if err != nil {
		return fail("%v", err)
	}
	// -rules, or the rules key of the configuration file; otherwise what
	// -hardcodedsecret.rules set, or the embedded default.
	if o.rulesFile != "" {
		if err := rules.SetPath(o.rulesFile); err != nil {
			return fail("%v", err)
		}
	}
	if rules.Path() != "" || o.list {
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

	prog := newProgress(stderr, o.verbose, !o.machine() || o.out != "")
	defer prog.done()
	prog.phase("loading packages")
	groups, fa, err := splitFileArgs(fs.Args())
	if err != nil {
		prog.done()
		return fail("%v", err)
	}
	onlyFiles := fa.only
	pkgs, err := load(groups, o.tests, o.tags, o.depFacts, fa)
	if err != nil {
		prog.done()
		return fail("%s", wordLoadError(err.Error()))
	}
	roots := rootPackages(pkgs)
	r.packages, r.checks = len(roots), len(checks)
	prog.phase(fmt.Sprintf("checking %s", plural(len(roots), "package")))
	ownErrorsOnly(pkgs)
	graph, err := checker.Analyze(checks, pkgs, nil)
	prog.done()
	secrets := slices.Contains(checks, hardcodedsecret.Analyzer)
	for _, e := range loadErrors(pkgs, o.tags, secrets) {
		r.fail(stderr, e.File, e.Line, e.Column, e.Message)
	}
	if err != nil {
		return fail("%v", err)
	}
	uncovered := fa.uncovered(pkgs, o.tests)
	// The files whose findings are reported: those named or in named
	// packages, and those no package holds; less the excluded ones.
	reported := func(file string) bool {
		return (onlyFiles == nil || onlyFiles[file] || slices.Contains(uncovered, file)) && !isExcluded(excludes, file)
	}
	for _, w := range cgoWarnings(pkgs, uncovered, o.tags, secrets, reported) {
		r.warn(stderr, w)
	}
	findings, errs := collect(graph, onlyFiles)
	extra, extraErrs := scanUncovered(uncovered, checks)
	findings, errs = append(findings, extra...), append(errs, extraErrs...)
	sortFindings(findings)
	for _, e := range errs {
		r.fail(stderr, "", 0, 0, e.Error())
	}
	if usage != nil {
		findings = append(findings, unusedIgnores(pkgs, all, checks, usage, onlyFiles)...)
		sortFindings(findings)
	}
	findings = slices.DeleteFunc(findings, func(f finding) bool { return isExcluded(excludes, f.Pos.Filename) })
	src := new(sources)
	for i := range findings {
		findings[i].complete(src)
	}

	if o.writeBaseline != "" {
		if r.code == exitError {
			// A baseline written from a partial run would accept nothing
			// for the packages that failed, then hide nothing later.
			fmt.Fprintf(stderr, "credlint: baseline %s not written: fix the errors above first\n", o.writeBaseline)
			return r.code
		}
		if err := writeBaseline(o.writeBaseline, findings); err != nil {
			return fail("%v", err)
		}
		fmt.Fprintf(stderr, "credlint: recorded %s in %s\n", plural(len(findings), "finding"), o.writeBaseline)
		return exitClean
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
	r.findings = findings
	if len(findings) > 0 && r.code == exitClean {
		r.code = exitFindings
	}
	if err := r.output(stdout, stderr, o, checks, src); err != nil {
		fmt.Fprintf(stderr, "credlint: %v\n", err)
		return exitError
	}
	// A run that checked nothing has said why in one line already.
	if (!o.machine() || o.out != "") && r.packages > 0 {
		fmt.Fprintln(stderr, r.summary(time.Since(start)))
	}
	return r.code
}

// machine reports whether the report is a document for a program, on
// standard output: then standard error carries errors only.
func (o options) machine() bool { return o.json || o.sarif }

// newFlagSet is the command line's flag set; its usage text lists the
// checks too.
func newFlagSet(stderr io.Writer, all []*analysis.Analyzer) *flag.FlagSet {
	fs := flag.NewFlagSet("credlint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { usage(fs.Output(), fs, all) }
	return fs
}

func usage(w io.Writer, fs *flag.FlagSet, all []*analysis.Analyzer) {
	fmt.Fprintf(w, "usage: credlint [flags] [packages | files.go]\n")
	fmt.Fprintf(w, "       credlint help [check]\n       credlint version\n")
	fmt.Fprintf(w, "       go vet -vettool=$(which credlint) [packages]\n\nChecks:\n")
	for _, a := range all {
		fmt.Fprintf(w, "  %-16s %s\n", a.Name, summary(a))
	}
	fmt.Fprintf(w, "\nFlags:\n")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fmt.Fprintf(w, "\nExit status: 0 no findings, 1 findings, 2 errors.\nDocumentation: https://github.com/credlint/credlint/blob/main/docs/README.md\n")
}

// define registers the command line's flags, the checks' options
// included (-<check>.<option>).
func (o *options) define(fs *flag.FlagSet, all []*analysis.Analyzer) {
	fs.StringVar(&o.config, "config", "", "configuration `file` (default: the nearest "+configName+" here or above)")
	fs.StringVar(&o.rulesFile, "rules", "", "gitleaks-format rule `file` (default: credlint's embedded rules)")
	fs.BoolVar(&o.json, "json", false, "print findings as JSON (docs/json.md)")
	fs.BoolVar(&o.sarif, "sarif", false, "print findings as SARIF 2.1.0, for GitHub code scanning")
	fs.StringVar(&o.out, "out", "", "write the findings to `file` instead of standard output")
	fs.BoolVar(&o.fix, "fix", false, "apply suggested fixes to the source files")
	fs.BoolVar(&o.tests, "tests", true, "also check _test.go files")
	fs.BoolVar(&o.tests, "test", true, "same as -tests")
	fs.StringVar(&o.enable, "enable", "", "comma-separated `checks` to run (default: all)")
	fs.StringVar(&o.disable, "disable", "", "comma-separated `checks` not to run")
	fs.Var(&o.exclude, "exclude", "do not report in files matching `globs` (comma-separated, repeatable; vendor/**, **/*_gen.go)")
	fs.BoolVar(&o.list, "list", false, "print the checks and the rules loaded from the rule file, then exit")
	fs.StringVar(&o.baseline, "baseline", "", "report only findings not recorded in baseline `file`")
	fs.StringVar(&o.writeBaseline, "write-baseline", "", "record the current findings in baseline `file` and exit 0")
	fs.BoolVar(&o.strictIgnores, "strict-ignores", false, "report //credlint:ignore directives that suppress nothing")
	fs.BoolVar(&o.version, "version", false, "print the version of credlint and of its rules, then exit")
	fs.BoolVar(&o.depFacts, "dep-facts", true, "learn what dependencies' functions do (log wrappers, credential getters) from their source, as go vet does; false is faster on many dependencies")
	fs.BoolVar(&o.verbose, "v", false, "print progress on standard error")
	fs.StringVar(&o.tags, "tags", "", "comma-separated build `tags` to load packages with, as go build -tags (files other tags exclude are still checked for hardcoded secrets)")
	for _, a := range all {
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
}

// help prints the usage, or a check's documentation, on standard output
// (go vet's own hint says "Run 'credlint help'").
func help(args []string, all []*analysis.Analyzer, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fs := newFlagSet(stdout, all)
		new(options).define(fs, all)
		usage(stdout, fs, all)
		return exitClean
	}
	for _, name := range args {
		checks, err := suite.Select(all, []string{name}, nil)
		if err != nil {
			fmt.Fprintf(stderr, "credlint: %v\n", err)
			return exitError
		}
		fmt.Fprintf(stdout, "%s\n\n", checks[0].Doc)
		if checks[0].URL != "" {
			fmt.Fprintf(stdout, "Documentation: %s\n", checks[0].URL)
		}
	}
	return exitClean
}

func summary(a *analysis.Analyzer) string {
	first, _, _ := strings.Cut(a.Doc, "\n")
	_, s, ok := strings.Cut(first, ": ")
	if !ok {
		return first
	}
	return s
}

// load loads the packages of each group; with depFacts, the source of
// their dependencies too. With files, a directory whose Go
// files no build includes (a //go:build ignore generator) is dropped, not
// an error: a hook given such a file has nothing to check in it.
func load(groups []loadGroup, tests bool, tags string, depFacts bool, fa fileArgs) ([]*packages.Package, error) {
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
		// The dependencies' syntax too, for their facts (depsyntax.go).
		std := goroot(g.dir)
		if depFacts && foreignDeps(*cfg, g.patterns, std) {
			cfg.Mode |= packages.NeedDeps
			cfg.ParseFile = parseFunc(std)
		}
		ps, err := packages.Load(cfg, g.patterns...)
		if err == nil && cfg.ParseFile != nil && stdTypeErrors(ps, std) {
			// The standard library's declarations alone did not
			// type-check (a release this driver does not know): load as
			// without -dep-facts rather than check nothing.
			cfg.Mode &^= packages.NeedDeps
			cfg.ParseFile = nil
			ps, err = packages.Load(cfg, g.patterns...)
		}
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
	Calls       int       // ratelimit: the API calls that reach the send
	Related     []related // further locations the check names
}

// A related location of a finding: for ratelimit, another call site of the
// client that does not handle 429.
type related struct {
	Pos     token.Position
	File    string // as shown
	Message string
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
	f.Calls = apiCalls(f.Check, f.Diag.Message)
	f.Related = nil
	for _, r := range f.Diag.Related {
		if f.fset == nil {
			break
		}
		pos := f.fset.Position(r.Pos)
		if pos.IsValid() {
			f.Related = append(f.Related, related{Pos: pos, File: relPath(pos.Filename), Message: r.Message})
		}
	}
	f.Fingerprint = fingerprint(f.Check, f.Diag.Category, f.ModFile, src.line(f.Pos.Filename, f.Pos.Line))
}

// apiCallsRE matches the count ratelimit puts in its messages: "(3 API
// calls)". The message is the one place every driver carries (go vet and
// golangci-lint show it too), so the count is read back from it, as the
// excerpt is; TestCalls fails if the wording changes. Compiled on first
// use: go vet starts the binary once per package, and none of those
// processes needs it.
var apiCallsRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\((\d+) API calls?\)`) })

// apiCalls returns how many API calls a ratelimit finding's client
// serves, or 0 for other findings.
func apiCalls(check, message string) int {
	if check != "ratelimit" {
		return 0
	}
	m := apiCallsRE().FindStringSubmatch(message)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

func collect(graph *checker.Graph, onlyFiles map[string]bool) ([]finding, []error) {
	var out []finding
	var errs []error
	seen := make(map[string]bool)
	// A package's test variant sees more of the package (its tests'
	// evidence), and may say the same finding in other words: one
	// position, one finding per check, the package's own first.
	roots := slices.Clone(graph.Roots)
	slices.SortStableFunc(roots, func(a, b *checker.Action) int {
		return cmp.Compare(testVariant(a.Package), testVariant(b.Package))
	})
	for _, act := range roots {
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
			key := fmt.Sprintf("%s:%d:%d:%s", pos.Filename, pos.Line, pos.Column, act.Analyzer.Name)
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

// testVariant is 1 for a package compiled with its tests (an ID such as
// "p [p.test]", or the p.test main), 0 for the package itself.
func testVariant(p *packages.Package) int {
	if strings.Contains(p.ID, " [") || strings.HasSuffix(p.ID, ".test") {
		return 1
	}
	return 0
}

// ownErrorsOnly marks ill-typed only the packages with errors of their
// own. go/packages also marks every importer of such a package, which
// skips every check on it although its own types are whole: a missing
// generated file in a web UI package hid perses' API server, a cgo
// dependency without its C library all of podman image's signing code.
// The analyzers that export facts return at once on a package with type
// errors (astutil.IllTyped), so its importers go on without its facts.
func ownErrorsOnly(pkgs []*packages.Package) {
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		p.IllTyped = len(p.Errors) > 0 || len(p.TypeErrors) > 0
	})
}
