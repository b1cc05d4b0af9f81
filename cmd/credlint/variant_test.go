package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/credlint/credlint/internal/e2etest"
)

// TestVariantOnce: a package and its test variant may judge one position
// in other words (the tests corroborate a field the package alone leaves
// ambiguous: aliyun-oss-go-sdk's crypto Envelope was reported twice at
// one position): one position, one finding per check, in the package's
// own words.
func TestVariantOnce(t *testing.T) {
	dir := t.TempDir()
	e2etest.WriteFile(t, filepath.Join(dir, "go.mod"), "module example.com/variant\n\ngo 1.26\n")
	e2etest.WriteFile(t, filepath.Join(dir, "a.go"), `package a

type Env struct{ Token string }

func (e Env) URL() string { return "https://api.example.com/v1?a=1&key=" + e.Token }
`)
	e2etest.WriteFile(t, filepath.Join(dir, "a_test.go"), `package a

import (
	"net/http"
	"testing"
)

func TestEnv(t *testing.T) {
	var e Env
	req, _ := http.NewRequest("GET", "https://api.example.com/v1", nil)
	req.Header.Set("Authorization", "Bearer "+e.Token)
}
`)
	stdout, stderr, code := credlint(t, dir, "-enable=secreturl", "./...")
	if code != exitFindings {
		t.Fatalf("exit %d, want %d\n%s%s", code, exitFindings, stdout, stderr)
	}
	if n := strings.Count(stdout, "a.go:5:"); n != 1 {
		t.Errorf("%d findings at a.go:5, want 1:\n%s", n, stdout)
	}
	if !strings.Contains(stdout, "e.Token is put into a URL query as credential parameter") {
		t.Errorf("want the package's own finding:\n%s", stdout)
	}
}
