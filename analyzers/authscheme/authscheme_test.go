package authscheme_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/credlint/credlint/analyzers/authscheme"
)

func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestAuthScheme(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), authscheme.Analyzer, "authscheme")
}

func TestStrict(t *testing.T) {
	if err := authscheme.Analyzer.Flags.Set("strict", "true"); err != nil {
		t.Fatal(err)
	}
	defer authscheme.Analyzer.Flags.Set("strict", "false")
	analysistest.Run(t, testdata(t), authscheme.Analyzer, "authschemestrict")
}
