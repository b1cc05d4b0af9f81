package secretlog_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/credlint/credlint/analyzers/secretlog"
)

func Test(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, secretlog.Analyzer, "secretlog", "secretlog/l1dsn", "secretlog/internal/t16keys")
}

// TestExamples: an example program follows the test-file policy.
func TestExamples(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, secretlog.Analyzer, "secretlog/examples/demo", "secretlog/samples/quickstart")
}

// TestURLRedacted: a URL printed whole with its password gets its
// Redacted form as a fix.
func TestURLRedacted(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata, secretlog.Analyzer, "secretlog/l1url")
}
