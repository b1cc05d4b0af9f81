package main

import (
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/credlint/credlint/internal/e2etest"
)

// TestGoVet runs credlint as go vet's -vettool on the demo: findings in
// text (exit status 1) and in go vet's -json, which names the checks.
func TestGoVet(t *testing.T) {
	dir := e2etest.DemoModule(t, t.TempDir())
	cmd := exec.Command("go", "vet", "-vettool="+credlintBin, "./...")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "main.go:17:23: hardcoded secret") {
		t.Fatalf("go vet: err %v, output:\n%s", err, out)
	}

	// -json: findings are data, exit status 0 (docs/go-vet.md).
	cmd = exec.Command("go", "vet", "-vettool="+credlintBin, "-json", "./...")
	cmd.Dir = dir
	out, err = cmd.Output()
	if err != nil {
		t.Fatalf("go vet -json: %v (docs/go-vet.md says exit status 0)", err)
	}
	e2etest.CheckMistakes(t, e2etest.Mistakes(t), parseVetJSON(t, string(out)))

	// Check selection is go vet's: -<check> runs only those, -<check>=false
	// all but those.
	for _, tc := range []struct {
		flags []string
		want  func(check string) bool
	}{
		{[]string{"-secretlog", "-hardcodedsecret"}, func(c string) bool { return c == "secretlog" || c == "hardcodedsecret" }},
		{[]string{"-ratelimit=false"}, func(c string) bool { return c != "ratelimit" }},
	} {
		cmd = exec.Command("go", append(append([]string{"vet", "-vettool=" + credlintBin, "-json"}, tc.flags...), "./...")...)
		cmd.Dir = dir
		out, err = cmd.Output()
		if err != nil {
			t.Fatalf("go vet %v: %v", tc.flags, err)
		}
		got := make(map[string]bool)
		for _, r := range parseVetJSON(t, string(out)) {
			got[r.Check] = true
		}
		for _, m := range e2etest.Mistakes(t) {
			if got[m.Check] != tc.want(m.Check) {
				t.Errorf("go vet %v: %s reported: %v", tc.flags, m.Check, got[m.Check])
			}
		}
	}

	// The rule file through the analyzer's own flag, as go vet forwards it.
	rulesFile := filepath.Join(t.TempDir(), "acme.toml")
	e2etest.WriteFile(t, rulesFile, acmeRules)
	cmd = exec.Command("go", "vet", "-vettool="+credlintBin, "-hardcodedsecret.rules="+rulesFile, "./...")
	cmd.Dir = dir
	out, err = cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "main.go:17:23: hardcoded secret \"sk_live_51Nz…\" in fallbackToken: ACME live key (rule acme-live-key") {
		t.Errorf("go vet -hardcodedsecret.rules: err %v, output:\n%s", err, out)
	}
}

var posnRE = regexp.MustCompile(`:(\d+):\d+$`)

// parseVetJSON reads go vet -json: a stream of package → check →
// diagnostics objects, between "# package" comment lines.
func parseVetJSON(t *testing.T, out string) []e2etest.Reported {
	var lines []string
	for l := range strings.SplitSeq(out, "\n") {
		if !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	dec := json.NewDecoder(strings.NewReader(strings.Join(lines, "\n")))
	var rs []e2etest.Reported
	for {
		var pkgs map[string]map[string][]struct{ Posn string }
		if err := dec.Decode(&pkgs); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("go vet -json: %v\n%s", err, out)
		}
		for _, checks := range pkgs {
			for check, ds := range checks {
				for _, d := range ds {
					m := posnRE.FindStringSubmatch(d.Posn)
					if m == nil {
						continue
					}
					n, _ := strconv.Atoi(m[1])
					file := filepath.Base(strings.TrimSuffix(d.Posn, m[0]))
					rs = append(rs, e2etest.Reported{File: file, Line: n, Check: check})
				}
			}
		}
	}
	return rs
}
