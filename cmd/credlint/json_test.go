package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/credlint/credlint/internal/e2etest"
)

// TestJSONOutput checks the documented -json schema (docs/json.md).
func TestJSONOutput(t *testing.T) {
	dir := e2etest.DemoModule(t, t.TempDir())
	stdout, stderr, code := credlint(t, dir, "-json", "./...")
	wantCode(t, code, exitFindings, stdout, stderr)
	if strings.Contains(stdout, demoSecret) {
		t.Error("JSON output holds the secret in clear")
	}
	var out struct {
		Version  int
		Findings []map[string]any
	}
	dec := json.NewDecoder(strings.NewReader(stdout))
	dec.UseNumber()
	if err := dec.Decode(&out); err != nil {
		t.Fatal(err)
	}
	if out.Version != jsonVersion {
		t.Errorf("version %d, want %d", out.Version, jsonVersion)
	}
	var reported []e2etest.Reported
	for _, f := range out.Findings {
		for _, k := range []string{"check", "file", "line", "column", "end_line", "end_column", "message", "severity", "fingerprint"} {
			if _, ok := f[k]; !ok {
				t.Errorf("finding %v has no %q", f, k)
			}
		}
		line, _ := f["line"].(json.Number).Int64()
		reported = append(reported, e2etest.Reported{File: f["file"].(string), Line: int(line), Check: f["check"].(string)})
		if f["check"] == "hardcodedsecret" {
			if f["rule"] != "credlint-stripe-live-key" || f["severity"] != "high" || f["excerpt"] != "sk_live_51Nz…" {
				t.Errorf("hardcodedsecret finding: %v", f)
			}
		}
	}
	e2etest.CheckMistakes(t, e2etest.Mistakes(t), reported)
}
