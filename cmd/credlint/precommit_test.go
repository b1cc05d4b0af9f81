package main

import (
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/credlint/credlint/internal/e2etest"
)

// TestPreCommit runs the real pre-commit with credlint's hook in a
// throwaway repository holding the demo: the commit is refused with the
// findings, and goes through once they are fixed or ignored. The commit
// also holds two files this build leaves out, a _windows.go file and a
// //go:build integration file, each with a live key: both are shown.
func TestPreCommit(t *testing.T) {
	e2etest.Heavy(t)
	preCommit := e2etest.Tool(t, "pre-commit")
	e2etest.Tool(t, "git")
	tmp := t.TempDir()
	env := append(os.Environ(),
		"PRE_COMMIT_HOME="+filepath.Join(tmp, "pre-commit-home"),
		"GIT_AUTHOR_NAME=credlint test", "GIT_AUTHOR_EMAIL=test@example.com",
		"GIT_COMMITTER_NAME=credlint test", "GIT_COMMITTER_EMAIL=test@example.com",
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
	)
	// pre-commit builds the hook in a fresh GOPATH; sharing the module
	// cache keeps that from downloading credlint's dependencies again.
	if modcache, err := exec.Command("go", "env", "GOMODCACHE").Output(); err == nil {
		env = append(env, "GOMODCACHE="+strings.TrimSpace(string(modcache)))
	}
	sh := func(dir string, name string, args ...string) (string, error) {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	must := func(dir string, name string, args ...string) string {
		t.Helper()
		out, err := sh(dir, name, args...)
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
		}
		return out
	}

	// The hook repository: this working tree as it is, committed, since
	// pre-commit clones `repo:` at `rev:`.
	hookRepo := filepath.Join(tmp, "credlint")
	copyWorkTree(t, e2etest.RepoRoot(t), hookRepo)
	must(hookRepo, "git", "init", "-q")
	must(hookRepo, "git", "add", "-A")
	must(hookRepo, "git", "commit", "-q", "-m", "credlint under test")
	rev := strings.TrimSpace(must(hookRepo, "git", "rev-parse", "HEAD"))

	work := e2etest.DemoModule(t, filepath.Join(tmp, "demo"))
	e2etest.WriteFile(t, filepath.Join(work, ".pre-commit-config.yaml"), fmt.Sprintf(`repos:
  - repo: %s
    rev: %s
    hooks:
      - id: credlint
`, hookRepo, rev))
	// Keys in files the build excludes; built at run time so that this
	// file holds none.
	windowsGo, integrationGo := filepath.Join(work, "key_windows.go"), filepath.Join(work, "integration.go")
	e2etest.WriteFile(t, windowsGo, "package main\n\nconst windowsKey = \""+liveKey("Pc4Wn5Dw6Sx7Cv8Bg9Nh0Mj1Ku2Li3O")+"\"\n")
	e2etest.WriteFile(t, integrationGo, "//go:build integration\n\npackage main\n\nvar integrationKey = \""+liveKey("Pc7In8Te9Gr0At1Io2Nk3Ey4Ab5Cd6E")+"\"\n")
	must(work, "git", "init", "-q")
	must(work, preCommit, "install")
	must(work, "git", "add", "-A")
	out, err := sh(work, "git", "commit", "-m", "demo")
	if err == nil {
		t.Fatalf("the commit went through despite the planted mistakes:\n%s", out)
	}
	if !strings.Contains(out, "credlint") || !strings.Contains(out, "Failed") {
		t.Fatalf("the commit failed, but not by credlint's hook:\n%s", out)
	}
	t.Logf("refused commit:\n%s", out)
	reported := e2etest.ParseText(out)
	e2etest.CheckMistakes(t, e2etest.Mistakes(t), reported)
	for _, f := range []string{"key_windows.go", "integration.go"} {
		if !slices.Contains(reported, e2etest.Reported{File: f, Line: strings.Count(readFile(t, filepath.Join(work, f)), "\n"), Check: "hardcodedsecret"}) {
			t.Errorf("the key in %s, a file the build excludes, is not shown", f)
		}
	}
	if strings.Contains(out, "Pc4Wn5Dw6Sx7Cv8Bg9Nh0Mj1Ku2Li3O") || strings.Contains(out, "Pc7In8Te9Gr0At1Io2Nk3Ey4Ab5Cd6E") {
		t.Error("the hook printed a whole key")
	}
	// Those keys go: the files are dropped from the commit.
	for _, f := range []string{windowsGo, integrationGo} {
		if err := os.Remove(f); err != nil {
			t.Fatal(err)
		}
	}

	// Fix the hardcoded key: read it from the environment instead.
	mainGo := filepath.Join(work, "main.go")
	src := readFile(t, mainGo)
	fixed := strings.Replace(src, `const fallbackToken = "sk_live_51NzQpLKx8vT3mR7bW2cY9dE4fG6hJ0kA"`, `var fallbackToken = os.Getenv("SURESEND_FALLBACK_TOKEN")`, 1)
	if fixed == src {
		t.Fatal("cannot find the planted key in main.go")
	}
	e2etest.WriteFile(t, mainGo, fixed)
	// Ignore every other finding, with a reason: one directive per line
	// naming its checks, inserted bottom up so that line numbers stay valid.
	type fileLine struct {
		file string
		line int
	}
	checks := make(map[fileLine][]string)
	for _, r := range reported {
		if r.Check != "hardcodedsecret" {
			k := fileLine{r.File, r.Line}
			checks[k] = append(checks[k], r.Check)
		}
	}
	keys := slices.Collect(maps.Keys(checks))
	slices.SortFunc(keys, func(a, b fileLine) int { return b.line - a.line })
	for _, k := range keys {
		name := filepath.Join(work, k.file)
		lines := strings.Split(readFile(t, name), "\n")
		directive := "//credlint:ignore " + strings.Join(checks[k], ",") + " demo: reviewed, accepted"
		lines = slices.Insert(lines, k.line-1, directive)
		e2etest.WriteFile(t, name, strings.Join(lines, "\n"))
	}
	must(work, "git", "add", "-A")
	if out, err := sh(work, "git", "commit", "-m", "demo, fixed"); err != nil {
		t.Fatalf("the commit was refused after the fixes:\n%s", out)
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// copyWorkTree copies the files git would commit from src (tracked and
// untracked, not ignored), as they are on disk.
func copyWorkTree(t *testing.T, src, dst string) {
	t.Helper()
	cmd := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	cmd.Dir = src
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("git ls-files: %v", err)
	}
	for name := range strings.SplitSeq(strings.TrimRight(string(out), "\x00"), "\x00") {
		data, err := os.ReadFile(filepath.Join(src, name))
		if os.IsNotExist(err) {
			continue // deleted in the work tree
		}
		if err != nil {
			t.Fatal(err)
		}
		e2etest.WriteFile(t, filepath.Join(dst, name), string(data))
	}
}
