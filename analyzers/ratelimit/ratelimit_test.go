package ratelimit_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/credlint/credlint/analyzers/ratelimit"
)

func TestRateLimit(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, ratelimit.Analyzer, "ratelimit/...")
}

// TestSelfHosted: with -selfhosted, a client whose endpoint comes only from
// configuration is reported too.
func TestSelfHosted(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	if err := ratelimit.Analyzer.Flags.Set("selfhosted", "true"); err != nil {
		t.Fatal(err)
	}
	defer ratelimit.Analyzer.Flags.Set("selfhosted", "false")
	analysistest.Run(t, testdata, ratelimit.Analyzer, "ratelimitselfhosted")
}
