package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/credlint/credlint/internal/e2etest"
)

// TestBaseline round-trips a baseline: recorded findings stay quiet, a new
// secret is reported alone, and moving code does not revive old findings.
func TestBaseline(t *testing.T) {
	dir := e2etest.DemoModule(t, t.TempDir())
	baseline := filepath.Join(t.TempDir(), "credlint-baseline.json")

	stdout, stderr, code := credlint(t, dir, "-write-baseline", baseline, "./...")
	wantCode(t, code, exitClean, stdout, stderr)
	data, err := os.ReadFile(baseline)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), demoSecret) || strings.Contains(string(data), "sk_live_51Nz") {
		t.Errorf("baseline holds (part of) the secret:\n%s", data)
	}
	if !strings.Contains(string(data), `"hardcodedsecret"`) {
		t.Errorf("baseline does not record the hardcodedsecret finding:\n%s", data)
	}

	stdout, stderr, code = credlint(t, dir, "-baseline", baseline, "./...")
	wantCode(t, code, exitClean, stdout, stderr)

	// A new secret is reported, alone.
	mainGo := filepath.Join(dir, "main.go")
	orig, err := os.ReadFile(mainGo)
	if err != nil {
		t.Fatal(err)
	}
	const planted = "\n// backupToken is a second planted key.\nconst backupToken = \"sk_live_7hQ2mXv9LpR4tZ8wK3nB6cY1dF5gJ0sA\"\n"
	e2etest.WriteFile(t, mainGo, string(orig)+planted)
	stdout, stderr, code = credlint(t, dir, "-baseline", baseline, "./...")
	wantCode(t, code, exitFindings, stdout, stderr)
	got := e2etest.ParseText(stdout)
	wantLine := strings.Count(string(orig), "\n") + 3
	if len(got) != 1 || got[0] != (e2etest.Reported{File: "main.go", Line: wantLine, Check: "hardcodedsecret"}) {
		t.Errorf("with a new secret, got %v, want only main.go:%d hardcodedsecret\n%s", got, wantLine, stdout)
	}

	// Code moved down ten lines (and a const block realigned) keeps its
	// fingerprint.
	moved := strings.Replace(string(orig), "\nconst fallbackToken = ", "\n"+strings.Repeat("//\n", 10)+"const fallbackToken  =  ", 1)
	if moved == string(orig) {
		t.Fatal("cannot find fallbackToken in the demo")
	}
	e2etest.WriteFile(t, mainGo, moved)
	stdout, stderr, code = credlint(t, dir, "-baseline", baseline, "./...")
	wantCode(t, code, exitClean, stdout, stderr)

	// Without the baseline the moved finding is still there.
	stdout, stderr, code = credlint(t, dir, "./...")
	wantCode(t, code, exitFindings, stdout, stderr)
}

func TestBaselineErrors(t *testing.T) {
	dir := e2etest.DemoModule(t, t.TempDir())
	bad := filepath.Join(t.TempDir(), "bad.json")
	e2etest.WriteFile(t, bad, `{"findings": [], "extra": 1}`)
	for _, args := range [][]string{
		{"-baseline", filepath.Join(dir, "missing.json"), "./..."},
		{"-baseline", bad, "./..."},
		{"-baseline", bad, "-write-baseline", bad, "./..."},
	} {
		stdout, stderr, code := credlint(t, dir, args...)
		wantCode(t, code, exitError, stdout, stderr)
	}
}
