package headerlog_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/credlint/credlint/analyzers/headerlog"
)

func Test(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, headerlog.Analyzer, "headerlog")
}

// TestTransportAuth: a client that attaches credentials only in a
// RoundTripper logs clean requests elsewhere; one that also attaches them
// elsewhere, or serves HTTP, does not.
func TestTransportAuth(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, headerlog.Analyzer, "headerlogtransport/...")
}

// TestRedactLeft: a redaction before a dump cleans it only when it covers
// every credential header the package sets.
func TestRedactLeft(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, headerlog.Analyzer, "headerlogredact/...")
}

// TestExamples: an example program's dumps go to its user's own terminal.
func TestExamples(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, headerlog.Analyzer, "headerlog/examples/debug")
}
