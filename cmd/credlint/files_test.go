package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/credlint/credlint/internal/e2etest"
)

// TestFileArgs checks the pre-commit calling convention: given .go files,
// credlint checks their packages and reports only in those files, from any
// directory, whichever module each file is in.
func TestFileArgs(t *testing.T) {
	repo := t.TempDir()
	e2etest.DemoModule(t, filepath.Join(repo, "svc", "demo"))

	stdout, stderr, code := credlint(t, repo, filepath.Join("svc", "demo", "client.go"))
	for _, r := range e2etest.ParseText(stdout) {
		if r.File != "client.go" {
			t.Errorf("client.go only: reported in %s: %v", r.File, r)
		}
	}
	if code == exitError {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}

	stdout, stderr, code = credlint(t, repo, filepath.Join("svc", "demo", "main.go"))
	wantCode(t, code, exitFindings, stdout, stderr)
	want := e2etest.Reported{File: "main.go", Line: 17, Check: "hardcodedsecret"}
	if got := e2etest.ParseText(stdout); len(got) == 0 || got[0] != want {
		t.Errorf("main.go: got %v, want %v first", got, want)
	}

	// Absolute names, run from outside the repository.
	abs := filepath.Join(repo, "svc", "demo", "main.go")
	stdout, stderr, code = credlint(t, os.TempDir(), abs)
	wantCode(t, code, exitFindings, stdout, stderr)

	// A staged file that no build includes has nothing to check: not an
	// error that would block the commit.
	e2etest.WriteFile(t, filepath.Join(repo, "svc", "demo", "gen", "gen.go"), "//go:build ignore\n\npackage main\n\nfunc main() {}\n")
	stdout, stderr, code = credlint(t, repo, filepath.Join("svc", "demo", "gen", "gen.go"), filepath.Join("svc", "demo", "client.go"))
	if code == exitError {
		t.Errorf("a //go:build ignore file: exit %d\n%s%s", code, stdout, stderr)
	}
}
