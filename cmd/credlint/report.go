package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// A report is the outcome of a run, whatever it is: every output format
// prints the same document on success, findings and errors.
type report struct {
	findings []finding
	errors   []runError
	warnings []runError // what the run could not fully check; the exit status stays
	packages int        // packages checked
	checks   int        // checks run
	code     int        // exit status
}

// A runError is an error of the run: a package that does not load or
// type-check, a bad flag or file. File is "" when it has no position.
type runError struct {
	File    string `json:"file,omitempty"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Message string `json:"message"`
}

func (e runError) String() string {
	switch {
	case e.File == "":
		return "credlint: " + e.Message
	case e.Line == 0:
		return e.File + ": " + e.Message
	case e.Column == 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Message)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Message)
}

// fail records an error, prints it on stderr (one line, as compilers do:
// positioned errors start with their position) and sets exit status 2.
func (r *report) fail(stderr io.Writer, file string, line, col int, msg string) {
	e := runError{File: file, Line: line, Column: col, Message: msg}
	r.errors = append(r.errors, e)
	fmt.Fprintln(stderr, e)
	r.code = exitError
}

// warn records a warning and prints it on stderr.
func (r *report) warn(stderr io.Writer, msg string) {
	e := runError{Message: msg}
	r.warnings = append(r.warnings, e)
	fmt.Fprintln(stderr, "credlint: warning: "+msg)
}

// output writes the report in the chosen format, to -out FILE or stdout.
func (r *report) output(stdout, stderr io.Writer, o options, checks []*analysis.Analyzer, src *sources) (err error) {
	w := stdout
	if o.out != "" {
		f, err := os.Create(o.out)
		if err != nil {
			return err
		}
		defer func() {
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}()
		w = f
	}
	if src == nil {
		src = new(sources)
	}
	switch {
	case o.json:
		return printJSON(w, r)
	case o.sarif:
		return printSARIF(w, r, checks, src)
	}
	return printText(w, r.findings)
}

// summary is the line printed on stderr at the end of a run.
func (r *report) summary(d time.Duration) string {
	s := plural(len(r.findings), "finding")
	var also []string
	if len(r.errors) > 0 {
		also = append(also, plural(len(r.errors), "error"))
	}
	if len(r.warnings) > 0 {
		also = append(also, plural(len(r.warnings), "warning"))
	}
	if len(also) > 0 {
		s += " and " + strings.Join(also, " and ")
	}
	return fmt.Sprintf("%s in %s (%s) in %.1f s", s, plural(r.packages, "package"), plural(r.checks, "check"), d.Seconds())
}

// plural counts things: "1 finding", "2 findings".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// rootPackages are the packages the run checks, counted once: a package
// and its test variants are one package to the user. A pattern go list
// could not resolve is not a package.
func rootPackages(pkgs []*packages.Package) []string {
	var out []string
	for _, p := range pkgs {
		if len(p.GoFiles)+len(p.IgnoredFiles) > 0 && !slices.Contains(out, p.PkgPath) {
			out = append(out, p.PkgPath)
		}
	}
	return out
}

// loadErrors lists the errors of packages that do not load, parse or
// type-check, each once (a package and its test variant report the same
// one), with file names relative to the working directory.
func loadErrors(pkgs []*packages.Package, tags string, secrets bool) []runError {
	var out []runError
	seen := make(map[runError]bool)
	add := func(e runError) {
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if len(p.Errors) == 0 {
			return
		}
		if files := cgoOff(p.IgnoredFiles, tags); len(files) > 0 {
			// Its type errors are symbols the cgo files would define.
			add(runError{Message: p.PkgPath + ": not type-checked: " + cgoMessage(files, secrets)})
			return
		}
		has := func(k packages.ErrorKind) bool {
			return slices.ContainsFunc(p.Errors, func(e packages.Error) bool { return e.Kind == k })
		}
		positioned, syntax := has(packages.TypeError) || has(packages.ParseError), has(packages.ParseError)
		lines := make(map[string]bool)
		for _, e := range p.Errors {
			switch {
			case e.Kind == packages.ListError && strings.HasPrefix(e.Msg, "# ") && positioned:
				continue // go list's compiler output: the same errors again
			case e.Kind == packages.TypeError && syntax:
				continue // consequences of the syntax errors, as go build shows
			}
			re := splitError(e)
			if e.Kind == packages.ParseError {
				// The parser's follow-on errors: one per line, as gofmt.
				key := fmt.Sprintf("%s:%d", re.File, re.Line)
				if lines[key] {
					continue
				}
				lines[key] = true
			}
			add(re)
		}
	})
	return out
}

// splitError turns a go/packages error into file, line, column and
// message; go list writes "-" for no position.
func splitError(e packages.Error) runError {
	pos := e.Pos
	if pos == "" || pos == "-" {
		return runError{Message: wordLoadError(e.Msg)}
	}
	re := runError{Message: e.Msg}
	file, rest := pos, ""
	// file:line:col, where file may itself hold a colon (Windows drive).
	for range 2 {
		i := strings.LastIndexByte(file, ':')
		if i < 0 {
			break
		}
		if _, err := strconv.Atoi(file[i+1:]); err != nil {
			break
		}
		rest = file[i+1:] + ":" + rest
		file = file[:i]
	}
	nums := strings.Split(strings.TrimSuffix(rest, ":"), ":")
	if len(nums) > 0 {
		re.Line, _ = strconv.Atoi(nums[0])
	}
	if len(nums) > 1 {
		re.Column, _ = strconv.Atoi(nums[1])
	}
	re.File = relPath(file)
	return re
}

// wordLoadError words an error of go list. Outside a module, "pattern
// ./...: directory prefix . does not contain main module or its selected
// dependencies" becomes one clear line.
func wordLoadError(msg string) string {
	wd, err := os.Getwd()
	if err != nil {
		return msg
	}
	if strings.Contains(msg, "does not contain main module") || strings.Contains(msg, "go.mod file not found") || strings.Contains(msg, "cannot find main module") {
		if moduleRoot(wd) == "" {
			return fmt.Sprintf("%s is not in a Go module (no go.mod here or in a parent directory): run credlint inside a module, or pass .go files", wd)
		}
	}
	return msg
}
