package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/credlint/credlint/internal/e2etest"
)

const directivesSrc = `package p

//credlint:ignore hardcodedsecret
const noReason = "sk_live_3kT8pW1qZ6vN9mR2xB5cH7jL4dF0gS"

//credlint:ignore hardcodedsecret sandbox fixture, revoked
const ignored = "sk_live_9vB4nM7xQ2wE5rT8yU1iO3pA6sD0fG"

const ignoredSameLine = "sk_live_2wE5rT8yU1iO3pA6sD0fG9vB4nM" //credlint:ignore all revoked

//credlint:ignore hardcodedsecert typo in the check name
const typo = "sk_live_6sD0fG9vB4nM7xQ2wE5rT8yU1iO"

//credlint:ignore hardcodedsecret nothing here any more
const stale = "hello"
`

// TestIgnoreDirectives checks //credlint:ignore: a directive with a
// reason suppresses, on its line or the line below; one without a reason
// or with an unknown check is reported and suppresses nothing; a stale one
// is reported with -strict-ignores only.
func TestIgnoreDirectives(t *testing.T) {
	dir := t.TempDir()
	e2etest.WriteFile(t, filepath.Join(dir, "go.mod"), "module example.com/p\n\ngo 1.26\n")
	e2etest.WriteFile(t, filepath.Join(dir, "p.go"), directivesSrc)

	want := []e2etest.Reported{
		{File: "p.go", Line: 3, Check: "credlintignore"},
		{File: "p.go", Line: 4, Check: "hardcodedsecret"},
		{File: "p.go", Line: 11, Check: "credlintignore"},
		{File: "p.go", Line: 12, Check: "hardcodedsecret"},
	}
	stdout, stderr, code := credlint(t, dir, "./...")
	wantCode(t, code, exitFindings, stdout, stderr)
	if got := e2etest.ParseText(stdout); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v\n%s", got, want, stdout)
	}
	if !strings.Contains(stdout, "needs a reason") || !strings.Contains(stdout, "unknown check hardcodedsecert") {
		t.Errorf("messages do not say what is wrong:\n%s", stdout)
	}

	stdout, stderr, code = credlint(t, dir, "-strict-ignores", "./...")
	wantCode(t, code, exitFindings, stdout, stderr)
	want = slices.Insert(want, 4, e2etest.Reported{File: "p.go", Line: 14, Check: "credlintignore"})
	if got := e2etest.ParseText(stdout); !slices.Equal(got, want) {
		t.Errorf("-strict-ignores: got %v, want %v\n%s", got, want, stdout)
	}

	// A directive for a check that did not run is not judged stale.
	stdout, _, _ = credlint(t, dir, "-strict-ignores", "-disable=hardcodedsecret", "./...")
	if strings.Contains(stdout, "remove it") {
		t.Errorf("-disable=hardcodedsecret made directives look stale:\n%s", stdout)
	}
}
