package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/credlint/credlint/internal/e2etest"
)

// liveKey builds a Stripe-style live key at run time, so that this file
// holds none that a scanner would flag.
func liveKey(tail string) string { return strings.Join([]string{"sk", "live", tail}, "_") }

// everyFileModule writes a module whose keys the build leaves out in every
// way: another GOOS, a custom tag, //go:build ignore, a package that does
// not type-check. It returns the module's directory.
func everyFileModule(t *testing.T, dir string) string {
	t.Helper()
	e2etest.WriteFile(t, filepath.Join(dir, "go.mod"), "module example.com/every\n\ngo 1.26\n")
	e2etest.WriteFile(t, filepath.Join(dir, "app", "app.go"), "package app\n\nfunc Name() string { return \"app\" }\n")
	e2etest.WriteFile(t, filepath.Join(dir, "app", "key_windows.go"),
		"package app\n\nconst windowsKey = \""+liveKey("Wn4Dw5Sx6Cv7Bg8Nh9Mj0Ku1Li2Op3Q")+"\"\n")
	e2etest.WriteFile(t, filepath.Join(dir, "app", "integration.go"),
		"//go:build integration\n\npackage app\n\nvar integrationKey = \""+liveKey("In7Te8Gr9At0Io1Nk2Ey3Ab4Cd5Ef6G")+"\"\n")
	e2etest.WriteFile(t, filepath.Join(dir, "gen", "gen.go"),
		"//go:build ignore\n\npackage main\n\nconst genKey = \""+liveKey("Gn5Rt6Yu7Io8Pa9Sd0Fg1Hj2Kl3Zx4C")+"\"\n\nfunc main() {}\n")
	e2etest.WriteFile(t, filepath.Join(dir, "broken", "broken.go"),
		"package broken\n\nconst brokenKey = \""+liveKey("Br0Ke1Nk2Ey3Ab4Cd5Ef6Gh7Ij8Kl9M")+"\"\n\nvar n int = \"not an int\"\n")
	e2etest.WriteFile(t, filepath.Join(dir, "unparsed", "unparsed.go"),
		"package unparsed\n\nconst unparsedKey = \""+liveKey("Un1Pa2Rs3Ed4Ke5Ya6Bc7De8Fg9Hi0J")+"\"\n\nfunc f( {\n")
	return dir
}

func files(rs []e2etest.Reported) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.File+":"+r.Check)
	}
	slices.Sort(out)
	return out
}

// TestEveryFile: keys in files the build excludes and in packages that do
// not type-check or parse are reported, by package pattern and by file name,
// and -tags chooses the build without losing the rest.
func TestEveryFile(t *testing.T) {
	dir := everyFileModule(t, t.TempDir())

	stdout, stderr, code := credlint(t, dir, "-enable=hardcodedsecret", "./...")
	// The type error is an error (exit 2), and the keys are reported beside it.
	wantCode(t, code, exitError, stdout, stderr)
	if !strings.Contains(stderr, "broken.go") || !strings.Contains(stderr, "unparsed.go") {
		t.Errorf("the type and syntax errors are not reported:\n%s", stderr)
	}
	want := []string{"broken.go:hardcodedsecret", "gen.go:hardcodedsecret", "integration.go:hardcodedsecret", "key_windows.go:hardcodedsecret", "unparsed.go:hardcodedsecret"}
	if got := files(e2etest.ParseText(stdout)); !slices.Equal(got, want) {
		t.Errorf("./...: reported %v, want %v\n%s", got, want, stdout)
	}

	// With the tag, integration.go is part of the build: reported once.
	stdout, stderr, code = credlint(t, dir, "-enable=hardcodedsecret", "-tags=integration", "./app")
	wantCode(t, code, exitFindings, stdout, stderr)
	want = []string{"integration.go:hardcodedsecret", "key_windows.go:hardcodedsecret"}
	if got := files(e2etest.ParseText(stdout)); !slices.Equal(got, want) {
		t.Errorf("-tags=integration: reported %v, want %v\n%s", got, want, stdout)
	}

	// File arguments, as pre-commit passes them: each excluded file, and a
	// directory whose every file is excluded.
	for _, name := range []string{"app/key_windows.go", "app/integration.go", "gen/gen.go"} {
		stdout, stderr, code = credlint(t, dir, name)
		wantCode(t, code, exitFindings, stdout, stderr)
		if got := files(e2etest.ParseText(stdout)); len(got) != 1 || got[0] != filepath.Base(name)+":hardcodedsecret" {
			t.Errorf("%s: reported %v\n%s%s", name, got, stdout, stderr)
		}
	}
}

// TestFileOutsideModule: a .go file in no module is checked by syntax.
func TestFileOutsideModule(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "scratch", "keys.go")
	e2etest.WriteFile(t, name, "package scratch\n\nvar stripeKey = \""+liveKey("Ou7Ts8Id9Em0Od1Ul2Ek3Ey4Ab5Cd6E")+"\"\n\n// placeholder\nvar docKey = \"sk_live_your_key_here\"\n")
	stdout, stderr, code := credlint(t, dir, name)
	wantCode(t, code, exitFindings, stdout, stderr)
	got := e2etest.ParseText(stdout)
	if len(got) != 1 || got[0] != (e2etest.Reported{File: "keys.go", Line: 3, Check: "hardcodedsecret"}) {
		t.Errorf("reported %v\n%s%s", got, stdout, stderr)
	}
	if strings.Contains(stdout, "Ou7Ts8Id9Em0Od1Ul2Ek3Ey4Ab5Cd6E") {
		t.Errorf("the key is printed:\n%s", stdout)
	}
}

// TestMissingFile: a named file that does not exist is one clear error,
// exit 2, never a silent pass.
func TestMissingFile(t *testing.T) {
	dir := e2etest.DemoModule(t, t.TempDir())
	stdout, stderr, code := credlint(t, dir, "main.go", "nosuch.go")
	wantCode(t, code, exitError, stdout, stderr)
	if lines := strings.Split(strings.TrimSpace(stderr), "\n"); len(lines) != 1 || lines[0] != "credlint: nosuch.go: no such file" {
		t.Errorf("stderr: %q", stderr)
	}
	if stdout != "" {
		t.Errorf("stdout: %q", stdout)
	}
}

// TestFilesAndPatterns: files and package patterns together report every
// file of the packages the patterns name, and only the named files of the
// others.
func TestFilesAndPatterns(t *testing.T) {
	dir := everyFileModule(t, t.TempDir())
	e2etest.WriteFile(t, filepath.Join(dir, "other", "a.go"), "package other\n\nvar aKey = \""+liveKey("Aa1Bb2Cc3Dd4Ee5Ff6Gg7Hh8Ii9Jj0K")+"\"\n")
	e2etest.WriteFile(t, filepath.Join(dir, "other", "b.go"), "package other\n\nvar bKey = \""+liveKey("Bb1Cc2Dd3Ee4Ff5Gg6Hh7Ii8Jj9Kk0L")+"\"\n")
	stdout, stderr, code := credlint(t, dir, "-enable=hardcodedsecret", "./app", "other/a.go")
	wantCode(t, code, exitFindings, stdout, stderr)
	want := []string{"a.go:hardcodedsecret", "integration.go:hardcodedsecret", "key_windows.go:hardcodedsecret"}
	if got := files(e2etest.ParseText(stdout)); !slices.Equal(got, want) {
		t.Errorf("reported %v, want %v\n%s%s", got, want, stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "other", "b.go")); err != nil {
		t.Fatal(err)
	}
}
