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

// TestReleased: a module required at a version is a dependency, whose
// facts no package reported on trusts (see run); the main module and
// workspace modules have no version, and GOPATH no module.
func TestReleased(t *testing.T) {
	for _, c := range []struct {
		m    *analysis.Module
		want bool
	}{
		{&analysis.Module{Path: "github.com/getsentry/sentry-go", Version: "v0.31.1"}, true},
		{&analysis.Module{Path: "example.com/app", Main: true}, false},
		{&analysis.Module{Path: "example.com/app/tools"}, false},
		{&analysis.Module{}, false}, // golangci-lint without module information
		{nil, false},
	} {
		if got := released(c.m); got != c.want {
			t.Errorf("released(%+v) = %v, want %v", c.m, got, c.want)
		}
	}
}
