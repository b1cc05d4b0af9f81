// Package e2etest holds what credlint's end-to-end tests share: finding the
// external tools they drive, copying the demo module, and the findings the
// demo's planted mistakes should produce.
//
// A missing tool skips a test, except when CREDLINT_E2E=require (as in
// .ci/run), where it fails it: CI must not go green by skipping.
package e2etest

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/credlint/credlint/analyzers"
)

// Required reports whether end-to-end tools are required (CI).
func Required() bool { return os.Getenv("CREDLINT_E2E") == "require" }

// Unavailable skips the test, or fails it when tools are required.
func Unavailable(t testing.TB, format string, args ...any) {
	t.Helper()
	if Required() {
		t.Fatalf("CREDLINT_E2E=require: "+format, args...)
	}
	t.Skipf(format, args...)
}

// Heavy skips a slow end-to-end test under -short, unless required.
func Heavy(t testing.TB) {
	t.Helper()
	if testing.Short() && !Required() {
		t.Skip("slow end-to-end test; skipped with -short")
	}
}

// Tool returns the path of an external program, or skips (fails when
// required) if it is not installed.
func Tool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		Unavailable(t, "%s is not installed (.ci/run installs it)", name)
	}
	return p
}

// RepoRoot is the root of the credlint module.
func RepoRoot(t testing.TB) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("cannot locate the source tree")
	}
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// DemoModule copies testdata/demo into a fresh module (module
// example.com/demo) under dir and returns dir.
func DemoModule(t testing.TB, dir string) string {
	t.Helper()
	src := filepath.Join(RepoRoot(t), "testdata", "demo")
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		WriteFile(t, filepath.Join(dir, e.Name()), string(data))
	}
	WriteFile(t, filepath.Join(dir, "go.mod"), "module example.com/demo\n\ngo 1.26\n")
	return dir
}

// WriteFile writes a file, creating its directory.
func WriteFile(t testing.TB, name, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A Mistake is a finding the demo must produce: check in file (base name)
// on the first code line after a `// MISTAKE (check)` comment.
type Mistake struct {
	File  string
	Line  int
	Check string
}

var mistakeRE = regexp.MustCompile(`//\s*MISTAKE \((\w+)\)`)

// Mistakes lists the demo's planted mistakes whose check exists in this
// build: the assertions for a check start when its branch is merged.
func Mistakes(t testing.TB) []Mistake {
	t.Helper()
	var known []string
	for _, a := range analyzers.All() {
		known = append(known, a.Name)
	}
	dir := filepath.Join(RepoRoot(t), "testdata", "demo")
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var out []Mistake
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		var pending []string
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimSpace(sc.Text())
			if m := mistakeRE.FindStringSubmatch(line); m != nil {
				pending = append(pending, m[1])
				continue
			}
			if line == "" || strings.HasPrefix(line, "//") {
				continue
			}
			for _, c := range pending {
				if slices.Contains(known, c) {
					out = append(out, Mistake{File: filepath.Base(name), Line: n, Check: c})
				}
			}
			pending = nil
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	if !slices.ContainsFunc(out, func(m Mistake) bool { return m.Check == "hardcodedsecret" }) {
		t.Fatal("the demo has no hardcodedsecret mistake")
	}
	return out
}

// A Reported finding, as any of the outputs give it.
type Reported struct {
	File  string // base name
	Line  int
	Check string
}

// Near reports whether r is m's finding: the same check and file, on the
// mistake's line or the two after it (a check may report the call inside
// the statement rather than its first line).
func (m Mistake) Near(r Reported) bool {
	return r.Check == m.Check && r.File == m.File && r.Line >= m.Line && r.Line <= m.Line+2
}

// CheckMistakes fails t for each mistake no reported finding matches.
func CheckMistakes(t testing.TB, mistakes []Mistake, reported []Reported) {
	t.Helper()
	for _, m := range mistakes {
		if !slices.ContainsFunc(reported, m.Near) {
			t.Errorf("no %s finding for the mistake at %s:%d; got %v", m.Check, m.File, m.Line, reported)
		}
	}
}

var textRE = regexp.MustCompile(`(?m)^(\S+\.go):(\d+):\d+: (\w+): `)

// ParseText extracts findings from credlint's (and go vet's) text output.
func ParseText(out string) []Reported {
	var rs []Reported
	for _, m := range textRE.FindAllStringSubmatch(out, -1) {
		n := 0
		for _, c := range m[2] {
			n = n*10 + int(c-'0')
		}
		rs = append(rs, Reported{File: filepath.Base(m[1]), Line: n, Check: m[3]})
	}
	return rs
}
