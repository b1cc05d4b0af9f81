package plugin_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/credlint/credlint/internal/e2etest"
)

// TestDocsShowConfigs keeps docs/golangci-lint.md showing the shipped
// configuration files verbatim, so that what users copy is what the
// end-to-end test runs.
func TestDocsShowConfigs(t *testing.T) {
	root := e2etest.RepoRoot(t)
	doc, err := os.ReadFile(filepath.Join(root, "docs", "golangci-lint.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{".custom-gcl.yml", ".golangci.example.yml"} {
		data, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(doc), "```yaml\n"+string(data)+"```\n") {
			t.Errorf("docs/golangci-lint.md does not show %s as it is", name)
		}
	}
}
