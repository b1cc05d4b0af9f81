package authscheme_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/credlint/credlint/analyzers/authscheme"
	"github.com/credlint/credlint/internal/credential"
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

// TestFixEditsOnlyTheScheme: go vet -json prints every suggested fix's
// edits, so an edit that spans a whole `"bearer sk_live_…"` literal would
// print the key. Each edit must replace no more than a scheme's bytes and
// insert no key: no replaced or inserted span is Plausible as a secret.
func TestFixEditsOnlyTheScheme(t *testing.T) {
	results := analysistest.Run(t, testdata(t), authscheme.Analyzer, "authscheme")
	edits := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, f := range d.SuggestedFixes {
				for _, e := range f.TextEdits {
					edits++
					tf := r.Pass.Fset.File(e.Pos)
					src, err := os.ReadFile(tf.Name())
					if err != nil {
						t.Fatal(err)
					}
					old := string(src[tf.Offset(e.Pos):tf.Offset(e.End)])
					for _, s := range []string{old, string(e.NewText)} {
						if credential.Plausible(s) {
							t.Errorf("%s: fix %q edits %q -> %q: a key-shaped span", r.Pass.Fset.Position(e.Pos), f.Message, old, e.NewText)
						}
					}
				}
			}
		}
	}
	if edits == 0 {
		t.Fatal("no suggested fix to check")
	}
}

// TestBearerVendorHost: a package whose only API host's guide requires
// Bearer (Sure Send) sends its bare token wrong; one that also talks to
// another vendor's host is left alone.
func TestBearerVendorHost(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), authscheme.Analyzer, "authschemevendor/suresend", "authschemevendor/mixed")
}
