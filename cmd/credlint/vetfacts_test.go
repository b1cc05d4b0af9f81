package main

import (
	"maps"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/credlint/credlint/internal/e2etest"
	"github.com/credlint/credlint/internal/suite"
)

// TestGoVetFacts checks that facts still cross packages under go vet
// (and standalone),
// which runs the dependencies of a package as VetxOnly units with only
// the fact analyzers (vet.go): a log wrapper and a credential getter in
// other packages of the module are known where they are called, with all
// checks and with one check selected.
func TestGoVetFacts(t *testing.T) {
	dir := t.TempDir()
	writeFactsModule(t, dir)
	e2etest.WriteFile(t, filepath.Join(dir, "app", "app.go"), factsApp)
	want := []string{
		"app.go:13:36: credential password reaches a log line via diag.Debugf",
		"app.go:15:23: credential Load() reaches a log line via fmt.Println",
	}
	for _, flags := range [][]string{nil, {"-secretlog"}} {
		cmd := exec.Command("go", append(append([]string{"vet", "-vettool=" + credlintBin}, flags...), "./app")...)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if err == nil {
			t.Errorf("go vet %v: no findings, want %d", flags, len(want))
		}
		for _, w := range want {
			if !strings.Contains(string(out), w) {
				t.Errorf("go vet %v: missing %q in output:\n%s", flags, w, out)
			}
		}
	}
	// The standalone driver, given the one package or its file, knows the
	// other packages' facts too.
	for _, arg := range []string{"./app", "app/app.go"} {
		stdout, stderr, code := credlint(t, dir, arg)
		wantCode(t, code, exitFindings, stdout, stderr)
		for _, w := range want {
			if !strings.Contains(stdout, strings.Replace(w, ": credential", ": secretlog: credential", 1)) {
				t.Errorf("credlint %s: missing %q in output:\n%s", arg, w, stdout)
			}
		}
	}
}

// factsApp is a package of writeFactsModule's module with findings that
// need the facts of its other packages.
const factsApp = `package app

import (
	"fmt"
	"os"

	"example.com/facts/creds"
	"example.com/facts/diag"
)

func Connect() {
	password := os.Getenv("DB_PASSWORD")
	diag.Debugf("connecting with %s", password)
	v := creds.Load()
	fmt.Println("using", v)
}
`

// writeFactsModule writes module example.com/facts into dir: a log wrapper
// (diag.Debugf) and a credential getter (creds.Load) whose facts its
// importers need.
func writeFactsModule(t *testing.T, dir string) {
	t.Helper()
	e2etest.WriteFile(t, filepath.Join(dir, "go.mod"), "module example.com/facts\n\ngo 1.22\n")
	e2etest.WriteFile(t, filepath.Join(dir, "diag", "diag.go"), `package diag

import "log"

// Debugf logs at debug level.
func Debugf(format string, args ...any) {
	log.Printf("debug: "+format, args...)
}
`)
	e2etest.WriteFile(t, filepath.Join(dir, "creds", "creds.go"), `package creds

import "os"

// Load returns the database password.
func Load() string {
	return os.Getenv("DB_PASSWORD")
}
`)
}

// TestVetxOnly: the unit's mode is read from its .cfg file however the JSON
// is spaced; anything else is a full unit.
func TestVetxOnly(t *testing.T) {
	dir := t.TempDir()
	for body, want := range map[string]bool{
		`{"ID": "p", "VetxOnly": true, "VetxOutput": "x"}`:  true,
		`{"ID":"p","VetxOnly":true}`:                        true,
		"{\n\t\"VetxOnly\" :\n\ttrue\n}":                    true,
		`{"ID": "p", "VetxOnly": false, "VetxOutput": "x"}`: false,
		`{"ID": "p"}`: false,
	} {
		cfg := filepath.Join(dir, "unit.cfg")
		e2etest.WriteFile(t, cfg, body)
		if got := vetxOnly([]string{"-json", cfg}); got != want {
			t.Errorf("vetxOnly(%s) = %v, want %v", body, got, want)
		}
	}
	if vetxOnly([]string{"-flags"}) || vetxOnly([]string{filepath.Join(dir, "missing.cfg")}) {
		t.Error("vetxOnly is true without a readable .cfg file")
	}
}

// TestFactsOnly: with checks selected, a VetxOnly unit runs every fact
// analyzer the suite has (when every check is selected), and still
// accepts every check's name (its flags); the copies of the checks run
// nothing there.
func TestFactsOnly(t *testing.T) {
	all := suite.All()
	lean := factsOnly(all)
	if got, want := runInVetxOnly(lean), runInVetxOnly(all); !maps.Equal(got, want) {
		t.Errorf("fact analyzers run with every check selected: %v, in the suite's graph: %v", names(got), names(want))
	}
	if len(runInVetxOnly(lean)) == 0 {
		t.Fatal("no fact analyzer runs in a VetxOnly unit")
	}
	for i, a := range all {
		c := lean[i]
		if c.Name != a.Name {
			t.Errorf("check %s missing from a VetxOnly unit: its flags would be refused", a.Name)
		}
		if len(a.FactTypes) == 0 && c == a {
			t.Errorf("check %s runs in a VetxOnly unit", a.Name)
		}
	}
}

// runInVetxOnly returns the analyzers that export facts among those
// unitchecker runs in a VetxOnly unit: the listed ones that use facts,
// themselves or through what they require, and what they require.
func runInVetxOnly(list []*analysis.Analyzer) map[string]bool {
	var usesFacts func(a *analysis.Analyzer) bool
	usesFacts = func(a *analysis.Analyzer) bool {
		return len(a.FactTypes) > 0 || slices.ContainsFunc(a.Requires, usesFacts)
	}
	var roots []*analysis.Analyzer
	for _, a := range list {
		if usesFacts(a) {
			roots = append(roots, a)
		}
	}
	out := make(map[string]bool)
	for a := range requiredBy(roots, nil) {
		if len(a.FactTypes) > 0 {
			out[a.Name] = true
		}
	}
	return out
}

func names(m map[string]bool) []string { return slices.Sorted(maps.Keys(m)) }

// TestSelects: any flag naming a check selects; options and other flags
// do not.
func TestSelects(t *testing.T) {
	all := suite.All()
	for args, want := range map[string]bool{
		"-secretlog x.cfg":                         true,
		"--secretlog=false x.cfg":                  true,
		"-ratelimit=1 -json x.cfg":                 true,
		"-json x.cfg":                              false,
		"-ratelimit.selfhosted=true x.cfg":         false,
		"-hardcodedsecret.rules=r.toml -c=1 x.cfg": false,
		"-rules=secretlog x.cfg":                   false,
		"-" + factsHubName + "=false x.cfg":        true,
	} {
		if got := selects(strings.Fields(args), all); got != want {
			t.Errorf("selects(%s) = %v, want %v", args, got, want)
		}
	}
}
