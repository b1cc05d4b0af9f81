package hardcodedsecret_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/credlint/credlint/analyzers/hardcodedsecret"
	"github.com/credlint/credlint/rules"
)

func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestDefaultRules(t *testing.T) {
	analysistest.Run(t, testdata(t), hardcodedsecret.Analyzer, "hardcodedsecret")
}

func TestUserRuleFile(t *testing.T) {
	dir := testdata(t)
	rules.SetPath(filepath.Join(dir, "rules", "acme.toml"))
	t.Cleanup(func() { rules.SetPath("") })
	analysistest.Run(t, dir, hardcodedsecret.Analyzer, "hardcodedsecretrules")
}

func TestDoc(t *testing.T) {
	a := hardcodedsecret.Analyzer
	if want := "hardcodedsecret: "; len(a.Doc) < len(want) || a.Doc[:len(want)] != want {
		t.Errorf("Doc does not start with %q: %.60q", want, a.Doc)
	}
}
