package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/credlint/credlint/analyzers"
	"github.com/credlint/credlint/internal/e2etest"
)

// TestHelp: `credlint help` is what go vet's own usage message tells users
// to run, and `-help` the overview it names.
func TestHelp(t *testing.T) {
	dir := t.TempDir()
	stdout, stderr, code := credlint(t, dir, "help")
	wantCode(t, code, exitClean, stdout, stderr)
	for _, want := range []string{"usage: credlint", "-tests", "-exclude", "-config", "-out", "-hardcodedsecret.rules", "Exit status"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("help lacks %q:\n%s", want, stdout)
		}
	}
	for _, a := range analyzers.All() {
		if !strings.Contains(stdout, "  "+a.Name+" ") {
			t.Errorf("help does not list check %s", a.Name)
		}
	}

	stdout, stderr, code = credlint(t, dir, "help", "secretlog")
	wantCode(t, code, exitClean, stdout, stderr)
	if !strings.HasPrefix(stdout, "secretlog: ") || !strings.Contains(stdout, "docs/secretlog.md") {
		t.Errorf("help secretlog:\n%s", stdout)
	}
	_, stderr, code = credlint(t, dir, "help", "nosuchcheck")
	if code != exitError || !strings.Contains(stderr, `unknown check "nosuchcheck"`) {
		t.Errorf("help nosuchcheck: exit %d, %q", code, stderr)
	}
	_, stderr, code = credlint(t, dir, "-help")
	if code != exitClean || !strings.Contains(stderr, "usage: credlint") {
		t.Errorf("-help: exit %d, %q", code, stderr)
	}

	// go vet's message on a bad flag names both.
	vet := exec.Command("go", "vet", "-vettool="+credlintBin, "-nosuchflag", "./...")
	vet.Dir = e2etest.DemoModule(t, t.TempDir())
	out, _ := vet.CombinedOutput()
	if !strings.Contains(string(out), credlintBin+" help'") {
		t.Errorf("go vet no longer points at 'credlint help':\n%s", out)
	}
}

var versionRE = regexp.MustCompile(`^credlint (\(devel\)|v\S+)( \(\w+\))? go1\S*\nrules: credlint:default.toml, (\d+) rules \(gitleaks v8\.\S+\)\n$`)

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"-version"}} {
		stdout, stderr, code := credlint(t, t.TempDir(), args...)
		wantCode(t, code, exitClean, stdout, stderr)
		m := versionRE.FindStringSubmatch(stdout)
		if m == nil {
			t.Fatalf("%v: %q does not match %s", args, stdout, versionRE)
		}
		if want := binaryVersion(t); m[1] != want {
			t.Errorf("version %s, want %s, the module version the build recorded", m[1], want)
		}
		if m[3] == "0" {
			t.Errorf("%v: no rules", args)
		}
	}
}

var summaryRE = regexp.MustCompile(`^(\d+) findings? in (\d+) packages? \((\d+) checks?\) in \d+\.\d s\n$`)

// TestSummary: one line on stderr after text output, in words ("1
// finding"); nothing on stderr with -json or -sarif.
func TestSummary(t *testing.T) {
	dir := e2etest.DemoModule(t, t.TempDir())
	stdout, stderr, code := credlint(t, dir, "./...")
	wantCode(t, code, exitFindings, stdout, stderr)
	m := summaryRE.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("stderr %q is not one summary line", stderr)
	}
	if n := strings.Count(stdout, "\n"); m[1] != strconv.Itoa(n) || m[2] != "1" || m[3] != strconv.Itoa(len(analyzers.All())+1) {
		t.Errorf("summary %q; stdout has %d findings", stderr, n)
	}

	_, stderr, _ = credlint(t, dir, "-enable=hardcodedsecret", "./...")
	if !strings.HasPrefix(stderr, "1 finding in 1 package (1 check) in ") {
		t.Errorf("singular: %q", stderr)
	}
	for _, format := range []string{"-json", "-sarif"} {
		stdout, stderr, code = credlint(t, dir, format, "./...")
		wantCode(t, code, exitFindings, stdout, stderr)
		if stderr != "" {
			t.Errorf("%s: stderr %q, want nothing", format, stderr)
		}
	}
}

// TestOut: -out writes the report to a file; the summary stays on stderr.
func TestOut(t *testing.T) {
	dir := e2etest.DemoModule(t, t.TempDir())
	out := filepath.Join(t.TempDir(), "report.json")
	stdout, stderr, code := credlint(t, dir, "-json", "-out", out, "./...")
	wantCode(t, code, exitFindings, stdout, stderr)
	if stdout != "" {
		t.Errorf("stdout %q, want nothing", stdout)
	}
	if !summaryRE.MatchString(stderr) {
		t.Errorf("stderr %q, want the summary", stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var doc jsonOutput
	if err := json.Unmarshal(data, &doc); err != nil || len(doc.Findings) != len(e2etest.Mistakes(t)) {
		t.Errorf("-out file: %v, %d findings:\n%s", err, len(doc.Findings), data)
	}
}

// TestProgress: -v reports the phases of a run.
func TestProgress(t *testing.T) {
	dir := e2etest.DemoModule(t, t.TempDir())
	stdout, stderr, code := credlint(t, dir, "-v", "./...")
	wantCode(t, code, exitFindings, stdout, stderr)
	for _, want := range []string{"credlint: loading packages…\n", "credlint: loading packages: done in ", "credlint: checking 1 package…\n"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("-v: stderr lacks %q:\n%s", want, stderr)
		}
	}
}

// TestTerminalProgress: on a terminal, a line rewritten in place once the
// run is slow, cleared at the end.
func TestTerminalProgress(t *testing.T) {
	var b strings.Builder
	p := &progress{w: &b, stop: make(chan struct{})}
	p.stopped.Add(1)
	go p.tick(0, 5*time.Millisecond)
	p.phase("checking 3 packages")
	for !strings.Contains(p.text(), "checking 3 packages…") {
		time.Sleep(time.Millisecond)
	}
	p.done()
	out := b.String()
	if !strings.HasPrefix(out, "\r\033[Kcredlint: checking 3 packages… ") || !strings.HasSuffix(out, "\r\033[K") {
		t.Errorf("terminal progress %q", out)
	}
	if isTerminal(&b) {
		t.Error("a strings.Builder is not a terminal")
	}
}

// text reads what the progress wrote so far, for TestTerminalProgress.
func (p *progress) text() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.w.(*strings.Builder).String()
}

// TestTestsFlag: -tests (staticcheck's and gosec's spelling), -test, and
// the configuration file's tests key.
func TestTestsFlag(t *testing.T) {
	dir := t.TempDir()
	e2etest.WriteFile(t, filepath.Join(dir, "go.mod"), "module example.com/tests\n\ngo 1.26\n")
	e2etest.WriteFile(t, filepath.Join(dir, "a.go"), "package a\n")
	e2etest.WriteFile(t, filepath.Join(dir, "a_test.go"), "package a\n\nconst liveKey = \""+demoSecret+"\"\n")
	for _, tc := range []struct {
		args []string
		cfg  string
		want int
	}{
		{nil, "", exitFindings},
		{[]string{"-tests=false"}, "", exitClean},
		{[]string{"-test=false"}, "", exitClean},
		{nil, "tests = false\n", exitClean},
		{[]string{"-tests"}, "tests = false\n", exitFindings}, // the flag wins
	} {
		os.Remove(filepath.Join(dir, configName))
		if tc.cfg != "" {
			e2etest.WriteFile(t, filepath.Join(dir, configName), tc.cfg)
		}
		stdout, stderr, code := credlint(t, dir, append(tc.args, "./...")...)
		if code != tc.want {
			t.Errorf("%v with config %q: exit %d, want %d\n%s%s", tc.args, tc.cfg, code, tc.want, stdout, stderr)
		}
	}
}

// TestExclude: -exclude globs and the exclude key drop findings in the
// files they match, relative to the working directory and to the
// configuration file.
func TestExclude(t *testing.T) {
	dir := e2etest.DemoModule(t, t.TempDir())
	e2etest.WriteFile(t, filepath.Join(dir, "gen", "keys_gen.go"), "package gen\n\nconst liveKey = \""+demoSecret+"\"\n")
	checks := func(args ...string) map[string]bool {
		t.Helper()
		stdout, stderr, code := credlint(t, dir, append(args, "./...")...)
		if code != exitFindings && code != exitClean {
			t.Fatalf("%v: exit %d\n%s", args, code, stderr)
		}
		files := make(map[string]bool)
		for _, r := range e2etest.ParseText(stdout) {
			files[r.File] = true
		}
		return files
	}
	if got := checks(); !got["keys_gen.go"] || !got["main.go"] || !got["client.go"] {
		t.Fatalf("without -exclude: %v", got)
	}
	for _, tc := range []struct {
		args []string
		gone []string
	}{
		{[]string{"-exclude", "gen"}, []string{"keys_gen.go"}},
		{[]string{"-exclude", "*_gen.go"}, []string{"keys_gen.go"}},
		{[]string{"-exclude", "gen/**"}, []string{"keys_gen.go"}},
		{[]string{"-exclude", "main.go,client.go"}, []string{"main.go", "client.go"}},
		{[]string{"-exclude", "main.go", "-exclude", "**/*_gen.go"}, []string{"main.go", "keys_gen.go"}},
	} {
		got := checks(tc.args...)
		for _, g := range tc.gone {
			if got[g] {
				t.Errorf("%v: still reports in %s", tc.args, g)
			}
		}
		if len(got)+len(tc.gone) != 3 {
			t.Errorf("%v: reports in %v", tc.args, got)
		}
	}
	// From a configuration file, relative to its directory, found from a
	// subdirectory.
	e2etest.WriteFile(t, filepath.Join(dir, configName), "exclude = [\"gen\"]\n")
	stdout, stderr, code := credlint(t, filepath.Join(dir, "gen"), "./...")
	if code != exitClean || stdout != "" {
		t.Errorf("exclude from %s: exit %d\n%s%s", configName, code, stdout, stderr)
	}
	_, stderr, code = credlint(t, dir, "-exclude", "[", "./...")
	if code != exitError || !strings.Contains(stderr, "-exclude") {
		t.Errorf("bad glob: exit %d, %q", code, stderr)
	}
}

func TestMatchGlob(t *testing.T) {
	for _, tc := range []struct {
		glob, name string
		want       bool
	}{
		{"vendor", "vendor/x/y.go", true},
		{"vendor", "a/vendor/y.go", true},
		{"vendor/", "vendor/y.go", true},
		{"vendor", "vendorx/y.go", false},
		{"examples/**", "examples/a/b.go", true},
		{"./examples/**", "examples/b.go", true},
		{"examples/**", "x/examples/b.go", false},
		{"**/*_gen.go", "a/b/c_gen.go", true},
		{"*_gen.go", "c_gen.go", true},
		{"*_gen.go", "a/c_gen.go", true},
		{"*_gen.go", "a/c_gen_test.go", false},
		{"internal/mocks", "internal/mocks/m.go", true},
		{"internal/mocks", "x/internal/mocks/m.go", false},
		{"a/**/z.go", "a/z.go", true},
		{"a/**/z.go", "a/b/c/z.go", true},
		{"main.go", "cmd/main.go", true},
	} {
		if got := matchGlob(tc.glob, tc.name); got != tc.want {
			t.Errorf("matchGlob(%q, %q) = %v", tc.glob, tc.name, got)
		}
	}
}

// TestREADMEDemo: the README shows what `credlint ./testdata/demo/...`
// prints, line for line, and its summary.
func TestREADMEDemo(t *testing.T) {
	root := e2etest.RepoRoot(t)
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, _ := strings.Cut(string(readme), "go run ./cmd/credlint ./testdata/demo/...\n```\n")
	_, rest, _ = strings.Cut(rest, "```\n")
	shown, _, ok := strings.Cut(rest, "```\n")
	if !ok {
		t.Fatal("README has no demo output block")
	}
	stdout, stderr, code := credlint(t, root, "./testdata/demo/...")
	wantCode(t, code, exitFindings, stdout, stderr)
	if !strings.HasPrefix(shown, stdout) {
		t.Errorf("README shows:\n%s\ncredlint prints:\n%s", shown, stdout)
	}
	// go run adds the child's exit status.
	gotSummary := strings.TrimSuffix(strings.TrimPrefix(shown, stdout), "exit status 1\n")
	timing := regexp.MustCompile(`in \d+\.\d s`)
	if timing.ReplaceAllString(gotSummary, "") != timing.ReplaceAllString(stderr, "") {
		t.Errorf("README's summary %q, credlint's %q", gotSummary, stderr)
	}
}

// binaryVersion is the main module's version as the build recorded it in
// the test binary: "(devel)", or a pseudo-version when Go stamped it from
// a git checkout.
func binaryVersion(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "version", "-m", credlintBin).Output()
	if err != nil {
		t.Fatal(err)
	}
	for line := range strings.SplitSeq(string(out), "\n") {
		if f := strings.Fields(line); len(f) >= 3 && f[0] == "mod" && f[1] == "github.com/credlint/credlint" {
			return f[2]
		}
	}
	t.Fatalf("go version -m: no main module:\n%s", out)
	return ""
}
