package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/credlint/credlint/internal/e2etest"
)

// depModule writes a main module that requires a second module (a
// replace to a local directory) holding a log wrapper, an error helper and
// a credential getter, and returns the main module's directory. The
// second module leaks a password itself, which only a run on it reports.
func depModule(t *testing.T) (app, lib string) {
	t.Helper()
	dir := t.TempDir()
	app, lib = filepath.Join(dir, "app"), filepath.Join(dir, "lib")
	e2etest.WriteFile(t, filepath.Join(lib, "go.mod"), "module example.com/lib\n\ngo 1.22\n")
	e2etest.WriteFile(t, filepath.Join(lib, "diag", "diag.go"), `package diag

import (
	"fmt"
	"log"
	"os"
)

// Debugf logs at debug level.
func Debugf(format string, args ...any) {
	log.Printf("debug: "+format, args...)
}

// Wrap annotates a failure with what was being done.
func Wrap(what string, v any) error {
	return fmt.Errorf("%s failed for %v", what, v)
}

// Load returns the database password.
func Load() string {
	return os.Getenv("DB_PASSWORD")
}

// Leak is a finding of this module, not of the modules that use it.
func Leak() {
	log.Printf("password %s", os.Getenv("DB_PASSWORD"))
}
`)
	e2etest.WriteFile(t, filepath.Join(app, "go.mod"), `module example.com/app

go 1.22

require example.com/lib v0.0.0

replace example.com/lib => ../lib
`)
	e2etest.WriteFile(t, filepath.Join(app, "app.go"), `package app

import (
	"fmt"
	"os"

	"example.com/lib/diag"
)

func Connect() error {
	password := os.Getenv("DB_PASSWORD")
	diag.Debugf("connecting with %s", password)
	fmt.Println("using", diag.Load())
	diag.Leak()
	return diag.Wrap("connect", password)
}
`)
	return app, lib
}

var (
	vetLineRE        = regexp.MustCompile(`(?m)^(\S+\.go:\d+:\d+): (.*)$`)
	standaloneLineRE = regexp.MustCompile(`(?m)^(\S+\.go:\d+:\d+): \w+: (.*)$`)
)

// positioned returns the findings of a text output as "file:line:col:
// message", the file as its base name, sorted.
func positioned(re *regexp.Regexp, out string) []string {
	var fs []string
	for _, m := range re.FindAllStringSubmatch(out, -1) {
		fs = append(fs, filepath.Base(m[1])+": "+m[2])
	}
	slices.Sort(fs)
	return fs
}

// TestDependencyFacts: the standalone driver knows the log wrapper, error
// helper and credential getter of another module as go vet does, and
// reports exactly what go vet reports: the calls in the main module,
// nothing in the dependency's own files.
func TestDependencyFacts(t *testing.T) {
	app, lib := depModule(t)
	want := []string{
		"app.go:12:36: credential password reaches a log line via diag.Debugf",
		"app.go:13:23: credential Load() reaches a log line via fmt.Println",
		"app.go:15:30: credential password reaches an error message via diag.Wrap",
	}
	vet := exec.Command("go", "vet", "-vettool="+credlintBin, "./...")
	vet.Dir = app
	vetOut, _ := vet.CombinedOutput()
	stdout, stderr, code := credlint(t, app, "./...")
	wantCode(t, code, exitFindings, stdout, stderr)
	got, vetGot := positioned(standaloneLineRE, stdout), positioned(vetLineRE, string(vetOut))
	for _, w := range want {
		for name, fs := range map[string][]string{"standalone": got, "go vet": vetGot} {
			if !slices.ContainsFunc(fs, func(f string) bool { return strings.HasPrefix(f, w) }) {
				t.Errorf("%s: missing %q in:\n%s", name, w, strings.Join(fs, "\n"))
			}
		}
	}
	if !slices.Equal(got, vetGot) {
		t.Errorf("standalone and go vet differ\nstandalone:\n%s\ngo vet:\n%s", strings.Join(got, "\n"), strings.Join(vetGot, "\n"))
	}
	if strings.Contains(stdout+stderr, "diag.go") {
		t.Errorf("a finding or error in the dependency's files:\n%s%s", stdout, stderr)
	}

	// -fix rewrites the main module only.
	before, err := os.ReadFile(filepath.Join(lib, "diag", "diag.go"))
	if err != nil {
		t.Fatal(err)
	}
	credlint(t, app, "-fix", "./...")
	after, err := os.ReadFile(filepath.Join(lib, "diag", "diag.go"))
	if err != nil {
		t.Fatal(err)
	}
	if string(before) != string(after) {
		t.Errorf("-fix changed the dependency:\n%s", after)
	}
}

// TestDependencyFactsOff: -dep-facts=false loads export data only, so
// the wrapper, helper and getter of the other module are unknown.
func TestDependencyFactsOff(t *testing.T) {
	app, _ := depModule(t)
	stdout, stderr, code := credlint(t, app, "-dep-facts=false", "./...")
	wantCode(t, code, exitClean, stdout, stderr)
}
