package rules

import (
	"os/exec"
	"strings"
	"testing"

	gitleaks "github.com/zricethezav/gitleaks/v8/config"
)

// TestGitleaksCopy holds the embedded copy of gitleaks' default rule file
// to the one of the gitleaks module go.mod requires, and its header to that
// module's version.
func TestGitleaksCopy(t *testing.T) {
	const refresh = "refresh rules/gitleaks.toml: keep its header (with the version and the license) and replace what follows it with $(go list -m -f '{{.Dir}}' github.com/zricethezav/gitleaks/v8)/config/gitleaks.toml"
	if !strings.Contains(gitleaksFile, headerEnd) {
		t.Fatal("rules/gitleaks.toml has lost its header")
	}
	if gitleaksDefault() != gitleaks.DefaultConfig {
		t.Fatal("rules/gitleaks.toml differs from gitleaks' default file: " + refresh)
	}
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Version}}", "github.com/zricethezav/gitleaks/v8").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	v := strings.TrimSpace(string(out))
	if first, _, _ := strings.Cut(gitleaksFile, "\n"); !strings.Contains(first, " "+v+" ") {
		t.Errorf("rules/gitleaks.toml's header names another version than %s: %q", v, first)
	}
}
