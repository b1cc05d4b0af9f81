package analyzers

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/credlint/credlint/internal/diag"
)

// TestDocIsCurrent holds each check's Doc, a generated constant, to the
// package comment of its doc.go, which is the documentation.
func TestDocIsCurrent(t *testing.T) {
	for _, a := range All() {
		src, err := os.ReadFile(filepath.Join(a.Name, "doc.go"))
		if err != nil {
			t.Fatal(err)
		}
		if want := diag.Doc(string(src), a.Name); a.Doc != want {
			t.Errorf("%s: Doc differs from doc.go's package comment: run go generate ./analyzers/...", a.Name)
		}
	}
}
