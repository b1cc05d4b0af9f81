package main

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/credlint/credlint/internal/e2etest"
)

// TestVetJSONNoSecret: go vet -json prints every diagnostic's message and
// every suggested fix's edits. On the demo, plus a header literal holding a
// scheme to fix and a key, no whole key appears: messages are redacted and
// authscheme's fix edits only the scheme's bytes.
func TestVetJSONNoSecret(t *testing.T) {
	dir := e2etest.DemoModule(t, t.TempDir())
	headerKey := liveKey("Vj5Sn6Oj7Fx8Ke9Yh0Ea1Dr2Ab3Cd4E")
	e2etest.WriteFile(t, filepath.Join(dir, "header.go"), `package main

import "net/http"

func schemeAndKey(req *http.Request) {
	req.Header.Set("Authorization", "bearer `+headerKey+`")
}
`)
	cmd := exec.Command("go", "vet", "-vettool="+credlintBin, "-json", "./...")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go vet -json: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), `"suggested_fixes"`) || !strings.Contains(string(out), "header.go") {
		t.Fatalf("go vet -json printed no fix for header.go: the test tests nothing\n%s", out)
	}
	for _, key := range []string{"sk_live_51NzQpLKx8vT3mR7bW2cY9dE4fG6hJ0kA", headerKey, strings.TrimPrefix(headerKey, "sk_live_")} {
		if strings.Contains(string(out), key) {
			t.Errorf("go vet -json prints the key %s…:\n%s", key[:8], out)
		}
	}
}

// TestGoVetExcludedFiles: under go vet, which checks a package with tests
// only as its test variant (and its external test package apart), a key in
// a file the build excludes is reported, once.
func TestGoVetExcludedFiles(t *testing.T) {
	dir := t.TempDir()
	e2etest.WriteFile(t, filepath.Join(dir, "go.mod"), "module example.com/vetx\n\ngo 1.26\n")
	e2etest.WriteFile(t, filepath.Join(dir, "app", "app.go"), "package app\n\nfunc Name() string { return \"app\" }\n")
	e2etest.WriteFile(t, filepath.Join(dir, "app", "app_test.go"), "package app\n\nimport \"testing\"\n\nfunc TestName(t *testing.T) { _ = Name() }\n")
	e2etest.WriteFile(t, filepath.Join(dir, "app", "x_test.go"), "package app_test\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) {}\n")
	e2etest.WriteFile(t, filepath.Join(dir, "app", "key_windows.go"),
		"package app\n\nconst windowsKey = \""+liveKey("Vw4Nd5Ow6Sk7Ey8Ab9Cd0Ef1Gh2Ij3K")+"\"\n")
	e2etest.WriteFile(t, filepath.Join(dir, "lib", "lib.go"), "package lib\n")
	e2etest.WriteFile(t, filepath.Join(dir, "lib", "integration.go"),
		"//go:build integration\n\npackage lib\n\nvar integrationKey = \""+liveKey("Vi7Nt8Eg9Ra0Ti1On2Ke3Ya4Bc5De6F")+"\"\n")
	cmd := exec.Command("go", "vet", "-vettool="+credlintBin, "./...")
	cmd.Dir = dir
	out, _ := cmd.CombinedOutput()
	// go vet's text output has no check name: file:line:col: message.
	got := regexp.MustCompile(`(?m)^\S*?(\w+\.go):(\d+):\d+: hardcoded secret`).FindAllStringSubmatch(string(out), -1)
	var where []string
	for _, m := range got {
		where = append(where, m[1]+":"+m[2])
	}
	slices.Sort(where) // go vet prints packages as they finish
	if want := []string{"integration.go:5", "key_windows.go:3"}; !slices.Equal(where, want) {
		t.Errorf("go vet reported %v, want %v\n%s", where, want, out)
	}
}
