package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const demoKey = "sk_live_51NzQpLKx8vT3mR7bW2cY9dE4fG6hJ0kA"

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestExitClean(t *testing.T) {
	code, out, errs := runCLI(t, "../../internal/diag")
	if code != exitClean || out != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

func TestDemoFindings(t *testing.T) {
	code, out, errs := runCLI(t, "-enable=hardcodedsecret", "../../testdata/demo")
	if code != exitFindings {
		t.Fatalf("exit %d, want %d; stderr %q", code, exitFindings, errs)
	}
	want := `main.go:17:23: hardcodedsecret: hardcoded secret "sk_live_51Nz…" in fallbackToken`
	if !strings.Contains(out, want) {
		t.Errorf("output lacks %q:\n%s", want, out)
	}
	if strings.Contains(out, demoKey) {
		t.Errorf("output shows the whole secret:\n%s", out)
	}
}

func TestJSON(t *testing.T) {
	code, out, _ := runCLI(t, "-json", "-enable=hardcodedsecret", "../../testdata/demo")
	if code != exitFindings {
		t.Fatalf("exit %d", code)
	}
	var doc struct {
		Findings []jsonFinding `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, out)
	}
	if len(doc.Findings) != 1 {
		t.Fatalf("findings = %+v", doc.Findings)
	}
	f := doc.Findings[0]
	if f.Check != "hardcodedsecret" || f.Rule != "credlint-stripe-live-key" || f.Line != 17 || f.Column != 23 || f.Severity != "high" {
		t.Errorf("finding = %+v", f)
	}
	if strings.Contains(out, demoKey) {
		t.Error("JSON shows the whole secret")
	}
}

func TestBadRuleFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "bad.toml")
	os.WriteFile(p, []byte("[[rules]]\nid = \"x\"\nregex = '''sk_(live'''\n"), 0o644)
	code, out, errs := runCLI(t, "-rules", p, "../../testdata/demo")
	if code != exitError {
		t.Fatalf("exit %d, want %d", code, exitError)
	}
	if out != "" {
		t.Errorf("stdout %q, want nothing", out)
	}
	want := p + ":3: rule \"x\": bad regex"
	if !strings.Contains(errs, want) || strings.Count(errs, "\n") != 1 {
		t.Errorf("stderr = %q, want one line containing %q", errs, want)
	}
}

func TestBadFlags(t *testing.T) {
	if code, _, _ := runCLI(t, "-no-such-flag"); code != exitError {
		t.Errorf("unknown flag: exit %d", code)
	}
	if code, _, errs := runCLI(t, "-enable=nosuchcheck", "."); code != exitError || !strings.Contains(errs, `unknown check "nosuchcheck"`) {
		t.Errorf("unknown check: exit %d, %q", code, errs)
	}
}

// Code that does not type-check is reported, not crashed on.
func TestTypeErrors(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module broken\n\ngo 1.26\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.go"), []byte("package broken\n\nvar apiKey string = 42\n\nconst k = \"sk_live_PirDRKgOz9uDJroI72AtLXYDRft3\"\n"), 0o644)
	t.Chdir(dir)
	code, _, errs := runCLI(t, "./...")
	if code != exitError {
		t.Fatalf("exit %d, want %d", code, exitError)
	}
	if !strings.Contains(errs, "a.go:3:") {
		t.Errorf("stderr lacks the type error: %q", errs)
	}
}

// The same binary works as go vet's -vettool.
func TestVetTool(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "credlint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command("go", "vet", "-vettool="+bin, "./testdata/demo/...")
	cmd.Dir = "../.."
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("go vet succeeded; want findings:\n%s", out)
	}
	want := `testdata/demo/main.go:17:23: hardcoded secret "sk_live_51Nz…" in fallbackToken`
	if !strings.Contains(string(out), want) {
		t.Errorf("go vet output lacks %q:\n%s", want, out)
	}
	if strings.Contains(string(out), demoKey) {
		t.Error("go vet output shows the whole secret")
	}

	// -rules reaches the tool through go vet.
	bad := filepath.Join(t.TempDir(), "bad.toml")
	os.WriteFile(bad, []byte("[[rules]]\nid = \"x\"\n"), 0o644)
	cmd = exec.Command("go", "vet", "-vettool="+bin, "-rules="+bad, "./testdata/demo/...")
	cmd.Dir = "../.."
	out, err = cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), bad+":2:") {
		t.Errorf("go vet -rules=bad: err %v, output:\n%s", err, out)
	}
}
