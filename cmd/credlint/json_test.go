package main

import (
	"encoding/json"
	"path/filepath"
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

// callsModule writes a module with one client of a hosted API whose two
// methods each send: one ratelimit finding, at the first send, for 2 API
// calls, the other send its related location.
func callsModule(t *testing.T) string {
	dir := t.TempDir()
	e2etest.WriteFile(t, filepath.Join(dir, "go.mod"), "module example.com/rc\n\ngo 1.26\n")
	method := func(name, path string) string {
		return `
func (c *Client) ` + name + `(ctx context.Context) (int, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, baseURL+"` + path + `", nil)
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return 0, errors.New("` + path + `: request failed") // no status: 429 is lost
	}
	return resp.StatusCode, nil
}
`
	}
	e2etest.WriteFile(t, filepath.Join(dir, "rc.go"), `package rc

import (
	"context"
	"errors"
	"net/http"
)

const baseURL = "https://api.people.example-saas.io/v2"

type Client struct {
	hc    *http.Client
	token string
}
`+method("People", "/people")+method("Invoices", "/invoices"))
	return dir
}

// TestCalls: -json and -sarif carry a ratelimit finding's call count as a
// field, and the client's other call sites as related locations; other
// findings have neither.
func TestCalls(t *testing.T) {
	dir := callsModule(t)
	stdout, stderr, code := credlint(t, dir, "-json", "./...")
	wantCode(t, code, exitFindings, stdout, stderr)
	var out struct {
		Findings []jsonFinding
	}
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Findings) != 1 {
		t.Fatalf("want one ratelimit finding:\n%s", stdout)
	}
	f := out.Findings[0]
	if f.Check != "ratelimit" || f.Line != 19 || !strings.Contains(f.Message, "(2 API calls)") || f.Calls != 2 {
		t.Errorf("finding %+v, want ratelimit at line 19 with calls 2", f)
	}
	if len(f.Related) != 1 || f.Related[0].File != "rc.go" || f.Related[0].Line != 33 || f.Related[0].Column != 15 || f.Related[0].Message == "" {
		t.Errorf("related %+v, want the send at rc.go:33:15", f.Related)
	}

	stdout, stderr, code = credlint(t, dir, "-sarif", "./...")
	wantCode(t, code, exitFindings, stdout, stderr)
	validateSARIF(t, stdout)
	var log struct {
		Runs []struct {
			Results []struct {
				Properties       map[string]any
				RelatedLocations []struct {
					ID               int
					Message          struct{ Text string }
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatal(err)
	}
	res := log.Runs[0].Results
	if len(res) != 1 || res[0].Properties["calls"] != 2.0 {
		t.Fatalf("SARIF results %+v, want one with properties.calls 2", res)
	}
	rel := res[0].RelatedLocations
	if len(rel) != 1 || rel[0].ID != 1 || rel[0].Message.Text == "" || rel[0].PhysicalLocation.ArtifactLocation.URI != "rc.go" || rel[0].PhysicalLocation.Region.StartLine != 33 {
		t.Errorf("SARIF relatedLocations %+v, want the send at rc.go:33", rel)
	}

	// The demo: its ratelimit finding serves one API call; no other check
	// carries a count.
	stdout, stderr, code = credlint(t, e2etest.DemoModule(t, t.TempDir()), "-json", "./...")
	wantCode(t, code, exitFindings, stdout, stderr)
	out.Findings = nil
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatal(err)
	}
	for _, f := range out.Findings {
		if want := map[bool]int{true: 1}[f.Check == "ratelimit"]; f.Calls != want {
			t.Errorf("%s finding has calls %d, want %d", f.Check, f.Calls, want)
		}
	}
}

func TestAPICalls(t *testing.T) {
	for _, tc := range []struct {
		check, msg string
		want       int
	}{
		{"ratelimit", "authenticated request sent by c.http.Do (1 API call), and nothing here handles 429", 1},
		{"ratelimit", "c.do in get returns the response only on success: … (12 API calls): keep the response", 12},
		{"ratelimit", "429 branch retries without backoff", 0},
		{"secretlog", "credential token reaches a log line (3 API calls)", 0},
	} {
		if got := apiCalls(tc.check, tc.msg); got != tc.want {
			t.Errorf("apiCalls(%q, %q) = %d, want %d", tc.check, tc.msg, got, tc.want)
		}
	}
}
