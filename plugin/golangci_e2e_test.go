package plugin_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/credlint/credlint/internal/e2etest"
)

// customConfig is the part of .custom-gcl.yml the build reads.
type customConfig struct {
	Version string `yaml:"version"`
	Plugins []struct {
		Module  string `yaml:"module"`
		Import  string `yaml:"import"`
		Version string `yaml:"version"`
	} `yaml:"plugins"`
}

// TestGolangciLint builds a real golangci-lint with the plugin from
// .custom-gcl.yml and runs it with .golangci.example.yml on the demo.
func TestGolangciLint(t *testing.T) {
	e2etest.Heavy(t)
	root := e2etest.RepoRoot(t)
	bin := golangciLint(t, root)

	// Run from a copy of the demo with the example configuration beside
	// it, as a user would.
	dir := e2etest.DemoModule(t, t.TempDir())
	example, err := os.ReadFile(filepath.Join(root, ".golangci.example.yml"))
	if err != nil {
		t.Fatal(err)
	}
	e2etest.WriteFile(t, filepath.Join(dir, ".golangci.yml"), string(example))
	reported := runGolangci(t, bin, dir, 1)
	e2etest.CheckMistakes(t, e2etest.Mistakes(t), reported)
	noSecretInOutputs(t, bin, dir)

	// Keys in files the build excludes (another GOOS, a custom tag) are
	// reported under golangci-lint too: it passes them as IgnoredFiles.
	liveKey := func(tail string) string { return strings.Join([]string{"sk", "live", tail}, "_") }
	excluded := map[string]string{
		"key_windows.go": "package main\n\nconst windowsKey = \"" + liveKey("Wn4Dw5Sx6Cv7Bg8Nh9Mj0Ku1Li2Op3Q") + "\"\n",
		"integration.go": "//go:build integration\n\npackage main\n\nvar integrationKey = \"" + liveKey("In7Te8Gr9At0Io1Nk2Ey3Ab4Cd5Ef6G") + "\"\n",
	}
	for name, src := range excluded {
		e2etest.WriteFile(t, filepath.Join(dir, name), src)
	}
	got := runGolangci(t, bin, dir, 1)
	for name := range excluded {
		if !slices.Contains(got, e2etest.Reported{File: name, Line: strings.Count(excluded[name], "\n"), Check: "hardcodedsecret"}) {
			t.Errorf("no hardcodedsecret finding in %s, which the build excludes", name)
		}
		if err := os.Remove(filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}

	// A setting takes effect: disabling hardcodedsecret.
	disabled := strings.Replace(string(example), "disable: []", "disable: [hardcodedsecret]", 1)
	if disabled == string(example) {
		t.Fatal(".golangci.example.yml has no `disable: []` line to edit")
	}
	e2etest.WriteFile(t, filepath.Join(dir, ".golangci.yml"), disabled)
	for _, r := range runGolangci(t, bin, dir, -1) {
		if r.Check == "hardcodedsecret" {
			t.Errorf("disable: [hardcodedsecret] did not take effect: %v", r)
		}
	}

	// Suppressions: golangci-lint's own //nolint:credlint, and credlint's
	// directive, which works inside golangci-lint too.
	e2etest.WriteFile(t, filepath.Join(dir, ".golangci.yml"), string(example))
	mainGo := filepath.Join(dir, "main.go")
	orig, err := os.ReadFile(mainGo)
	if err != nil {
		t.Fatal(err)
	}
	const decl = "const fallbackToken = "
	for _, edit := range []struct{ name, old, new string }{
		{"//nolint:credlint", "\n" + decl, "\n//nolint:credlint // demo key, revoked\n" + decl},
		{"//credlint:ignore", "\n" + decl, "\n//credlint:ignore hardcodedsecret demo key, revoked\n" + decl},
	} {
		edited := strings.Replace(string(orig), edit.old, edit.new, 1)
		if edited == string(orig) {
			t.Fatal("cannot find fallbackToken in the demo")
		}
		e2etest.WriteFile(t, mainGo, edited)
		for _, r := range runGolangci(t, bin, dir, -1) {
			if r.Check == "hardcodedsecret" {
				t.Errorf("%s did not suppress: %v", edit.name, r)
			}
		}
	}
	e2etest.WriteFile(t, mainGo, string(orig))

	// An unknown setting stops golangci-lint with an error naming it.
	typo := strings.Replace(string(example), "disable: []", "disabel: [hardcodedsecret]", 1)
	e2etest.WriteFile(t, filepath.Join(dir, ".golangci.yml"), typo)
	out, err := golangciCmd(bin, dir, "run", "./...").CombinedOutput()
	if err == nil || !strings.Contains(string(out), `unknown field "disabel"`) {
		t.Errorf("unknown setting: err=%v, output:\n%s", err, out)
	}
}

func golangciCmd(bin, dir string, args ...string) *exec.Cmd {
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+filepath.Join(dir, ".gcl-cache"), "GOFLAGS=-mod=mod")
	return cmd
}

// runGolangci runs golangci-lint with JSON output and returns the credlint
// issues; wantCode < 0 accepts any exit status golangci-lint uses for
// "issues or none".
func runGolangci(t *testing.T, bin, dir string, wantCode int) []e2etest.Reported {
	t.Helper()
	cmd := golangciCmd(bin, dir, "run", "--output.json.path=stdout", "--show-stats=false", "./...")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	code := cmd.ProcessState.ExitCode()
	if wantCode >= 0 && code != wantCode || code > 1 {
		t.Fatalf("golangci-lint exit %d (err %v), want %d\nstdout:\n%s\nstderr:\n%s", code, err, wantCode, out, stderr.String())
	}
	res := decodeGolangciJSON(t, out)
	var rs []e2etest.Reported
	for _, is := range res.Issues {
		if is.FromLinter != "credlint" {
			t.Errorf("issue from %q, want only credlint: %s", is.FromLinter, is.Text)
			continue
		}
		check, _, _ := strings.Cut(is.Text, ":")
		rs = append(rs, e2etest.Reported{File: filepath.Base(is.Pos.Filename), Line: is.Pos.Line, Check: check})
	}
	t.Logf("golangci-lint reported %v", rs)
	return rs
}

type golangciJSON struct {
	Issues []struct {
		FromLinter  string
		Text        string
		SourceLines []string
		Pos         struct {
			Filename string
			Line     int
		}
	}
}

func decodeGolangciJSON(t *testing.T, out []byte) golangciJSON {
	t.Helper()
	var res golangciJSON
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("golangci-lint JSON: %v\n%s", err, out)
	}
	return res
}

// demoSecret is the demo's planted key.
const demoSecret = "sk_live_51NzQpLKx8vT3mR7bW2cY9dE4fG6hJ0kA"

// noSecretInOutputs runs golangci-lint with .golangci.example.yml in dir
// and checks where the demo's key shows. Text (with print-issued-lines
// off, as the example sets it) and SARIF: nowhere. JSON: only in the
// source line golangci-lint always adds (SourceLines), never in what
// credlint reports; a golangci-lint that stops adding it fails this test
// so that docs/golangci-lint.md gets updated.
func noSecretInOutputs(t *testing.T, bin, dir string) {
	t.Helper()
	for _, args := range [][]string{{}, {"--output.sarif.path=stdout"}} {
		cmd := golangciCmd(bin, dir, append([]string{"run", "--show-stats=false"}, append(args, "./...")...)...)
		out, _ := cmd.Output()
		if !strings.Contains(string(out), "main.go:17:23") && !strings.Contains(string(out), `"startLine": 17`) && !strings.Contains(string(out), `"startLine":17`) {
			t.Errorf("golangci-lint %v: no hardcodedsecret finding in the output:\n%s", args, out)
		}
		if strings.Contains(string(out), demoSecret) {
			t.Errorf("golangci-lint %v shows the whole key:\n%s", args, out)
		}
	}
	cmd := golangciCmd(bin, dir, "run", "--output.json.path=stdout", "--show-stats=false", "./...")
	out, _ := cmd.Output()
	res := decodeGolangciJSON(t, out)
	inSource := false
	for i := range res.Issues {
		is := &res.Issues[i]
		if strings.Contains(is.Text, demoSecret) {
			t.Errorf("credlint's message shows the whole key: %s", is.Text)
		}
		if strings.Contains(strings.Join(is.SourceLines, "\n"), demoSecret) {
			inSource = true
		}
		is.SourceLines = nil
	}
	cleaned, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(cleaned), demoSecret) {
		t.Errorf("golangci-lint JSON holds the key outside SourceLines:\n%s", out)
	}
	if !inSource {
		t.Errorf("golangci-lint's JSON no longer carries the key in SourceLines: update docs/golangci-lint.md and .golangci.example.yml")
	}

	// The workaround docs/golangci-lint.md gives for JSON reports, run as
	// written where jq is installed.
	doc, err := os.ReadFile(filepath.Join(e2etest.RepoRoot(t), "docs", "golangci-lint.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(doc), "| jq '"+jqFilter+"'") {
		t.Errorf("docs/golangci-lint.md does not show the jq filter %q", jqFilter)
	}
	jq, err := exec.LookPath("jq")
	if err != nil {
		t.Log("jq is not installed: the documented filter is not run")
		return
	}
	filter := exec.Command(jq, jqFilter)
	filter.Stdin = strings.NewReader(string(out))
	filtered, err := filter.Output()
	if err != nil {
		t.Fatalf("jq: %v", err)
	}
	if strings.Contains(string(filtered), demoSecret) || !strings.Contains(string(filtered), `"credlint"`) {
		t.Errorf("golangci-lint JSON through jq %q: want the findings and no key:\n%s", jqFilter, filtered)
	}
}

// jqFilter drops the source lines from golangci-lint's JSON report.
const jqFilter = "del(.Issues[].SourceLines)"

// golangciLint returns a golangci-lint binary with the plugin built in,
// built as `golangci-lint custom` does from .custom-gcl.yml, but from the
// module proxy instead of a git clone and with credlint replaced by this
// working tree. The binary is cached by everything that goes into it.
func golangciLint(t *testing.T, root string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, ".custom-gcl.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var cfg customConfig
	if err := yaml.Unmarshal(data, &cfg); err != nil {
		t.Fatalf(".custom-gcl.yml: %v", err)
	}
	cacheDir, err := os.UserCacheDir()
	if err != nil {
		cacheDir = os.TempDir()
	}
	goVersion, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		e2etest.Unavailable(t, "go: %v", err)
	}
	bin := filepath.Join(cacheDir, "credlint-e2e", "golangci-lint-"+sourceKey(t, root, data, goVersion))
	if _, err := os.Stat(bin); err == nil {
		return bin
	}

	start := time.Now()
	info, err := goCmd(t.TempDir(), "mod", "download", "-json", "github.com/golangci/golangci-lint/v2@"+cfg.Version).Output()
	if err != nil {
		e2etest.Unavailable(t, "cannot download golangci-lint %s from the module proxy: %v", cfg.Version, err)
	}
	var mod struct{ Dir string }
	if err := json.Unmarshal(info, &mod); err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(t.TempDir(), "golangci-lint")
	if err := os.CopyFS(src, os.DirFS(mod.Dir)); err != nil {
		t.Fatal(err)
	}
	// Module cache files are read-only; go mod edit rewrites go.mod.
	if err := os.Chmod(filepath.Join(src, "go.mod"), 0o644); err != nil {
		t.Fatal(err)
	}
	var imports strings.Builder
	imports.WriteString("package main\n\nimport (\n")
	for _, p := range cfg.Plugins {
		imp := p.Import
		if imp == "" {
			imp = p.Module
		}
		fmt.Fprintf(&imports, "\t_ %q\n", imp)
		if p.Module == "github.com/credlint/credlint" {
			run(t, goCmd(src, "mod", "edit", "-require", p.Module+"@v0.0.0", "-replace", p.Module+"="+root))
		} else {
			run(t, goCmd(src, "get", p.Module+"@"+p.Version))
		}
	}
	imports.WriteString(")\n")
	plugins := filepath.Join(src, "cmd", "golangci-lint", "plugins.go")
	if err := os.Chmod(plugins, 0o644); err != nil {
		t.Fatal(err)
	}
	e2etest.WriteFile(t, plugins, imports.String())
	run(t, goCmd(src, "mod", "tidy"))
	if err := os.MkdirAll(filepath.Dir(bin), 0o755); err != nil {
		t.Fatal(err)
	}
	tmp := bin + ".tmp"
	run(t, goCmd(src, "build", "-o", tmp, "./cmd/golangci-lint"))
	if err := os.Rename(tmp, bin); err != nil {
		t.Fatal(err)
	}
	// Binaries built from older sources are 80 MB each: keep only this one.
	old, _ := filepath.Glob(filepath.Join(filepath.Dir(bin), "golangci-lint-*"))
	for _, o := range old {
		if o != bin {
			os.Remove(o)
		}
	}
	t.Logf("built golangci-lint %s with credlint in %v", cfg.Version, time.Since(start).Round(time.Second))
	return bin
}

func goCmd(dir string, args ...string) *exec.Cmd {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	// -mod=mod: the copied module has no vendor directory and its go.sum
	// grows; GOWORK=off: a workspace around the test must not leak in.
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	return cmd
}

func run(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	if out, err := cmd.CombinedOutput(); err != nil {
		e2etest.Unavailable(t, "%s: %v\n%s", strings.Join(cmd.Args, " "), err, out)
	}
}

// sourceKey hashes what the built binary depends on: the custom config,
// the Go version, and credlint's module files and non-test Go sources.
func sourceKey(t *testing.T, root string, custom, goVersion []byte) string {
	h := sha256.New()
	h.Write(custom)
	h.Write(goVersion)
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (name == "testdata" || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if name != "go.mod" && name != "go.sum" && (!strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go")) &&
			!strings.HasSuffix(name, ".toml") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		fmt.Fprintf(h, "%s\x00%d\x00", rel, len(data))
		h.Write(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}
