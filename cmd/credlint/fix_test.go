package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFixDemo runs `credlint -fix` on a copy of testdata/demo and checks
// that authscheme's fixes leave nothing for it to report and code that
// still type-checks (a second run would exit 2 otherwise).
func TestFixDemo(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join("..", "..", "testdata", "demo")
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module demo\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)

	var out, errs bytes.Buffer
	if code := run([]string{"-enable=authscheme", "./..."}, &out, &errs); code != exitFindings || !strings.Contains(out.String(), "authscheme") {
		t.Fatalf("before -fix: exit %d, want authscheme findings:\n%s%s", code, out.String(), errs.String())
	}
	out.Reset()
	if code := run([]string{"-enable=authscheme", "-fix", "./..."}, &out, &errs); code != exitClean {
		t.Fatalf("-fix: exit %d:\n%s%s", code, out.String(), errs.String())
	}
	out.Reset()
	if code := run([]string{"-enable=authscheme", "./..."}, &out, &errs); code != exitClean {
		t.Fatalf("after -fix: exit %d, want 0:\n%s%s", code, out.String(), errs.String())
	}
	fixed, err := os.ReadFile(filepath.Join(dir, "client.go"))
	if err != nil {
		t.Fatal(err)
	}
	if want := `req.Header.Set(authHeader, "Bearer "+c.token)`; !bytes.Contains(fixed, []byte(want)) {
		t.Errorf("client.go after -fix does not contain %s", want)
	}
}
