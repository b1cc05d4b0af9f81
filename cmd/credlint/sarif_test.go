package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/credlint/credlint/analyzers"
	"github.com/credlint/credlint/internal/e2etest"
)

// demoSecret is the demo's planted key: no output may show it whole.
const demoSecret = "sk_live_51NzQpLKx8vT3mR7bW2cY9dE4fG6hJ0kA"

// TestSARIF checks -sarif against the SARIF 2.1.0 schema and against what
// GitHub code scanning needs: rules with help, locations relative to the
// checkout, partialFingerprints.
func TestSARIF(t *testing.T) {
	dir := e2etest.DemoModule(t, t.TempDir())
	stdout, stderr, code := credlint(t, dir, "-sarif", "./...")
	wantCode(t, code, exitFindings, stdout, stderr)
	if strings.Contains(stdout, demoSecret) {
		t.Error("SARIF output holds the secret in clear")
	}

	schemaFile := filepath.Join(e2etest.RepoRoot(t), "testdata", "sarif", "sarif-schema-2.1.0.json")
	raw, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	schemaDoc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif-schema-2.1.0.json", schemaDoc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(stdout))
	if err != nil {
		t.Fatalf("not JSON: %v\n%s", err, stdout)
	}
	if err := schema.Validate(doc); err != nil {
		t.Fatalf("SARIF output does not validate against the 2.1.0 schema: %v", err)
	}

	var log struct {
		Version string
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string
					Rules []struct {
						ID   string
						Help struct{ Text string }
					}
				}
			}
			Results []struct {
				RuleID              string
				PartialFingerprints map[string]string
				Locations           []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string }
						Region           struct{ StartLine int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("version %q, %d runs", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	rules := make(map[string]string)
	for _, r := range run.Tool.Driver.Rules {
		rules[r.ID] = r.Help.Text
	}
	for _, a := range analyzers.All() {
		if rules[a.Name] == "" {
			t.Errorf("rule %s missing or without help text", a.Name)
		}
	}
	var reported []e2etest.Reported
	for _, r := range run.Results {
		if r.PartialFingerprints[fingerprintKey] == "" {
			t.Errorf("result %s has no partialFingerprints[%q]", r.RuleID, fingerprintKey)
		}
		if len(r.Locations) != 1 {
			t.Fatalf("result %s has %d locations", r.RuleID, len(r.Locations))
		}
		loc := r.Locations[0].PhysicalLocation
		if filepath.IsAbs(loc.ArtifactLocation.URI) || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("location %+v: want a path relative to %%SRCROOT%%", loc.ArtifactLocation)
		}
		reported = append(reported, e2etest.Reported{File: loc.ArtifactLocation.URI, Line: loc.Region.StartLine, Check: r.RuleID})
	}
	e2etest.CheckMistakes(t, e2etest.Mistakes(t), reported)
}
