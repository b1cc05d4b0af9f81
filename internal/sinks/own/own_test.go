package own

import (
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestSameModule: an OwnFact counts for a function of the module analysed,
// not for one of a dependency (whose own finding nobody sees), nor for a
// module whose path only starts with the same letters.
func TestSameModule(t *testing.T) {
	r := &Result{pass: &analysis.Pass{Module: &analysis.Module{Path: "example.com/app"}}}
	for path, want := range map[string]bool{
		"example.com/app":              true,
		"example.com/app/internal/dsn": true,
		"example.com/application":      false,
		"github.com/getsentry/sentry":  false,
	} {
		if got := r.sameModule(types.NewPackage(path, "p")); got != want {
			t.Errorf("sameModule(%q) = %v, want %v", path, got, want)
		}
	}
	noModule := &Result{pass: &analysis.Pass{}}
	if !noModule.sameModule(types.NewPackage("secretlog/l1dsn", "l1dsn")) {
		t.Error("without a module (GOPATH, analysistest) every package counts as the same module")
	}
}
