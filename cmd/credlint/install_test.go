package main

import (
	"archive/zip"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/credlint/credlint/internal/e2etest"
)

// localHooks returns the `repo: local` pre-commit configurations shown in
// docs/install.md, by language.
func localHooks(t *testing.T) map[string]string {
	t.Helper()
	doc, err := os.ReadFile(filepath.Join(e2etest.RepoRoot(t), "docs", "install.md"))
	if err != nil {
		t.Fatal(err)
	}
	hooks := make(map[string]string)
	for _, block := range strings.Split(string(doc), "```yaml\n")[1:] {
		block, _, _ = strings.Cut(block, "```\n")
		if !strings.Contains(block, "- repo: local") {
			continue
		}
		for _, lang := range []string{"system", "golang"} {
			if strings.Contains(block, "language: "+lang+"\n") {
				hooks[lang] = block
			}
		}
	}
	return hooks
}

// TestPreCommitLocal runs the `repo: local` hooks of docs/install.md with
// the real pre-commit on the demo: language: system with credlint on the
// PATH (a clone's `go install ./cmd/credlint`), and language: golang, which
// `go install`s credlint at a version, here served by a module proxy in a
// directory standing in for a release.
func TestPreCommitLocal(t *testing.T) {
	e2etest.Heavy(t)
	preCommit := e2etest.Tool(t, "pre-commit")
	git := e2etest.Tool(t, "git")
	hooks := localHooks(t)
	if hooks["system"] == "" || hooks["golang"] == "" {
		t.Fatalf("docs/install.md lacks a repo: local hook for language system or golang: %v", hooks)
	}
	tmp := t.TempDir()
	env := append(os.Environ(),
		"PRE_COMMIT_HOME="+filepath.Join(tmp, "pre-commit-home"),
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
	)
	if modcache, err := exec.Command("go", "env", "GOMODCACHE").Output(); err == nil {
		env = append(env, "GOMODCACHE="+strings.TrimSpace(string(modcache)))
	}
	const version = "v0.0.1"
	proxy := releaseProxy(t, filepath.Join(tmp, "proxy"), version)
	env = append(env,
		"GOPROXY=file://"+proxy+",https://proxy.golang.org",
		"GONOSUMDB=github.com/credlint/credlint", "GOFLAGS=-mod=mod")

	for _, lang := range []string{"system", "golang"} {
		t.Run(lang, func(t *testing.T) {
			env := env
			if lang == "system" {
				// The clone's `go install ./cmd/credlint`: on the PATH. The
				// golang hook must build its own.
				env = append(env, "PATH="+filepath.Dir(credlintBin)+string(os.PathListSeparator)+os.Getenv("PATH"))
			}
			work := e2etest.DemoModule(t, filepath.Join(tmp, lang))
			e2etest.WriteFile(t, filepath.Join(work, ".pre-commit-config.yaml"), strings.ReplaceAll(hooks[lang], "vX.Y.Z", version))
			for _, args := range [][]string{{"init", "-q"}, {"add", "-A"}} {
				cmd := exec.Command(git, args...)
				cmd.Dir, cmd.Env = work, env
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Fatalf("git %v: %v\n%s", args, err, out)
				}
			}
			cmd := exec.Command(preCommit, "run", "--all-files")
			cmd.Dir, cmd.Env = work, env
			out, err := cmd.CombinedOutput()
			if err == nil || !strings.Contains(string(out), "Failed") {
				t.Fatalf("pre-commit run: err %v, want the hook to fail on the demo:\n%s", err, out)
			}
			e2etest.CheckMistakes(t, e2etest.Mistakes(t), e2etest.ParseText(string(out)))
			if strings.Contains(string(out), demoSecret) {
				t.Error("the hook's output shows the whole key")
			}
		})
	}
}

// releaseProxy writes a GOPROXY directory serving this working tree as
// github.com/credlint/credlint at version, as a release on the module
// proxy would, and returns the directory.
func releaseProxy(t *testing.T, dir, version string) string {
	t.Helper()
	root := e2etest.RepoRoot(t)
	const mod = "github.com/credlint/credlint"
	at := filepath.Join(dir, mod, "@v")
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	e2etest.WriteFile(t, filepath.Join(at, "list"), version+"\n")
	e2etest.WriteFile(t, filepath.Join(at, version+".info"), fmt.Sprintf(`{"Version":%q,"Time":"2026-01-01T00:00:00Z"}`, version))
	e2etest.WriteFile(t, filepath.Join(at, version+".mod"), string(gomod))
	f, err := os.Create(filepath.Join(at, version+".zip"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	// The module's files: the Go sources, go.mod/go.sum and the embedded
	// files, without VCS metadata or nested modules.
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if path != root && (strings.HasPrefix(d.Name(), ".") || fileExists(filepath.Join(path, "go.mod"))) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") || !d.Type().IsRegular() {
			return nil
		}
		w, err := zw.Create(mod + "@" + version + "/" + filepath.ToSlash(rel))
		if err != nil {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func fileExists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}
