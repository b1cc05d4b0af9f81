package main

import (
	"os/exec"
	"path/filepath"
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
