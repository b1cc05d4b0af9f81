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

	validateSARIF(t, stdout)

	var log struct {
		Version string
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name            string
					Version         string
					SemanticVersion string
					Rules           []struct {
						ID   string
						Help struct{ Text string }
					}
				}
			}
			Invocations []struct {
				ExecutionSuccessful        bool
				ExitCode                   int
				ToolExecutionNotifications []any
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
	wantVersion, wantSemantic := binaryVersion(t), ""
	if strings.HasPrefix(wantVersion, "v") {
		wantSemantic = wantVersion[1:]
	}
	if run.Tool.Driver.Version != wantVersion || run.Tool.Driver.SemanticVersion != wantSemantic {
		t.Errorf("driver version %q, semanticVersion %q; want %q, %q", run.Tool.Driver.Version, run.Tool.Driver.SemanticVersion, wantVersion, wantSemantic)
	}
	if len(run.Invocations) != 1 || !run.Invocations[0].ExecutionSuccessful || run.Invocations[0].ExitCode != exitFindings || len(run.Invocations[0].ToolExecutionNotifications) != 0 {
		t.Errorf("invocations %+v, want one successful, exit code 1", run.Invocations)
	}
	for _, pad := range []string{": -1", `: ""`, ": {}", ": null"} {
		if strings.Contains(stdout, pad) {
			t.Errorf("SARIF is padded with %q", pad)
		}
	}
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

// TestSARIFOnError: a run that fails still writes a valid log, which says
// it failed and why, so that an upload step shows the failure; a run that
// matched nothing writes a valid empty log.
func TestSARIFOnError(t *testing.T) {
	broken := e2etest.DemoModule(t, t.TempDir())
	e2etest.WriteFile(t, filepath.Join(broken, "broken", "a.go"), "package broken\n\nvar count int = \"three\"\n")
	outside := t.TempDir()
	for _, tc := range []struct {
		name, dir string
		results   bool
		location  string
	}{
		{"type error", broken, true, "broken/a.go"},
		{"outside a module", outside, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, code := credlint(t, tc.dir, "-sarif", "./...")
			wantCode(t, code, exitError, stdout, stderr)
			validateSARIF(t, stdout)
			var log struct {
				Runs []struct {
					Invocations []struct {
						ExecutionSuccessful        bool
						ExitCode                   int
						ToolExecutionNotifications []struct {
							Level     string
							Message   struct{ Text string }
							Locations []struct {
								PhysicalLocation struct {
									ArtifactLocation struct{ URI string }
									Region           struct{ StartLine int }
								}
							}
						}
					}
					Results []any
				}
			}
			if err := json.Unmarshal([]byte(stdout), &log); err != nil {
				t.Fatal(err)
			}
			inv := log.Runs[0].Invocations[0]
			if inv.ExecutionSuccessful || inv.ExitCode != exitError || len(inv.ToolExecutionNotifications) != 1 {
				t.Fatalf("invocation %+v, want a failed one with one notification", inv)
			}
			n := inv.ToolExecutionNotifications[0]
			if n.Level != "error" || n.Message.Text == "" {
				t.Errorf("notification %+v", n)
			}
			if tc.location != "" && (len(n.Locations) != 1 || n.Locations[0].PhysicalLocation.ArtifactLocation.URI != tc.location || n.Locations[0].PhysicalLocation.Region.StartLine != 3) {
				t.Errorf("notification locations %+v, want %s:3", n.Locations, tc.location)
			}
			if (len(log.Runs[0].Results) > 0) != tc.results {
				t.Errorf("%d results", len(log.Runs[0].Results))
			}
		})
	}
}

// validateSARIF validates a log against the SARIF 2.1.0 schema.
func validateSARIF(t *testing.T, log string) {
	t.Helper()
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
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(log))
	if err != nil {
		t.Fatalf("not JSON: %v\n%s", err, log)
	}
	if err := schema.Validate(doc); err != nil {
		t.Fatalf("SARIF output does not validate against the 2.1.0 schema: %v", err)
	}
}

func TestSemanticVersion(t *testing.T) {
	for v, want := range map[string]string{
		"v1.2.3":                             "1.2.3",
		"v0.0.0-20260101120000-abcdef123456": "0.0.0-20260101120000-abcdef123456",
		"(devel)":                            "",
	} {
		if got := (buildVersion{Version: v}).semantic(); got != want {
			t.Errorf("semantic(%q) = %q, want %q", v, got, want)
		}
	}
}
