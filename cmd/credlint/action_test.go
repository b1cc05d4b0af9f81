package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/credlint/credlint/internal/e2etest"
)

// actionYAML is the part of action.yml the tests read.
type actionYAML struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Runs struct {
		Using string `yaml:"using"`
		Steps []struct {
			ID   string            `yaml:"id"`
			If   string            `yaml:"if"`
			Uses string            `yaml:"uses"`
			Run  string            `yaml:"run"`
			Env  map[string]string `yaml:"env"`
			With map[string]string `yaml:"with"`
		} `yaml:"steps"`
	} `yaml:"runs"`
}

// TestActionDefinition: action.yml is a composite action whose shell steps
// are the script the other tests run, with the inputs the script reads.
func TestActionDefinition(t *testing.T) {
	root := e2etest.RepoRoot(t)
	data, err := os.ReadFile(filepath.Join(root, "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a actionYAML
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	if a.Runs.Using != "composite" {
		t.Errorf("runs.using %q", a.Runs.Using)
	}
	script, err := os.ReadFile(filepath.Join(root, "action", "credlint-action.sh"))
	if err != nil {
		t.Fatal(err)
	}
	var steps []string
	envs := make(map[string]bool)
	upload := false
	for _, s := range a.Runs.Steps {
		switch {
		case s.Run != "":
			m := regexp.MustCompile(`^"\$GITHUB_ACTION_PATH/action/credlint-action.sh" (\w+)$`).FindStringSubmatch(s.Run)
			if m == nil {
				t.Errorf("step %q runs %q, not the tested script", s.ID, s.Run)
				continue
			}
			steps = append(steps, m[1])
			for k := range s.Env {
				envs[k] = true
			}
		case s.Uses == "github/codeql-action/upload-sarif@v4":
			// After findings too (always), never after errors.
			upload = s.With["sarif_file"] == "${{ inputs.sarif-file }}" && strings.Contains(s.If, "always()") &&
				strings.Contains(s.If, "steps.run.outputs.status == '1'") && !strings.Contains(s.If, "'2'")
		}
	}
	if !slices.Equal(steps, []string{"install", "run", "fail"}) {
		t.Errorf("shell steps %v, want install, run, fail", steps)
	}
	if !upload {
		t.Error("no upload-sarif@v4 step of the sarif-file input that runs after findings and not after errors")
	}
	// Every variable the script reads is set by the action, and every
	// input reaches the script or a step.
	for _, m := range regexp.MustCompile(`\$\{?((?:INPUT_|CREDLINT\b|STATUS\b)\w*)`).FindAllStringSubmatch(string(script), -1) {
		if !envs[m[1]] {
			t.Errorf("the script reads %s, which action.yml does not set", m[1])
		}
	}
	for name := range a.Inputs {
		if !strings.Contains(string(data), "inputs."+name+" }}") && !strings.Contains(string(data), "inputs."+name+" ==") {
			t.Errorf("input %s is not used", name)
		}
	}
}

// action runs one step of the action's script as GitHub would: in the
// workflow's checkout (dir), with the action's checkout at the repository
// root. It returns the step's output, its GITHUB_OUTPUT values and exit
// status.
func action(t *testing.T, dir, step string, env map[string]string) (string, map[string]string, int) {
	t.Helper()
	outFile := filepath.Join(t.TempDir(), "github_output")
	cmd := exec.Command("bash", filepath.Join(e2etest.RepoRoot(t), "action", "credlint-action.sh"), step)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GITHUB_ACTION_PATH="+e2etest.RepoRoot(t), "GITHUB_OUTPUT="+outFile, "RUNNER_TEMP="+runnerTemp)
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	out, _ := cmd.CombinedOutput()
	outputs := make(map[string]string)
	data, _ := os.ReadFile(outFile)
	for line := range strings.SplitSeq(string(data), "\n") {
		if k, v, ok := strings.Cut(line, "="); ok {
			outputs[k] = v
		}
	}
	return string(out), outputs, cmd.ProcessState.ExitCode()
}

var runnerTemp string

// TestAction runs the action's steps on the demo: install from this
// checkout, run (SARIF, valid, every planted mistake), then the job's
// result with fail true and false; on code that does not build, exit 2
// and still a valid SARIF log for the upload.
func TestAction(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		e2etest.Unavailable(t, "bash is not installed")
	}
	runnerTemp = t.TempDir()
	out, outputs, code := action(t, t.TempDir(), "install", nil)
	if code != 0 || outputs["path"] == "" || !strings.Contains(out, "credlint ") {
		t.Fatalf("install: exit %d, outputs %v\n%s", code, outputs, out)
	}
	bin := outputs["path"]
	inputs := func(extra ...string) map[string]string {
		env := map[string]string{"CREDLINT": bin, "INPUT_PACKAGES": "./...", "INPUT_CONFIG": "", "INPUT_ARGS": "", "INPUT_UPLOAD": "true", "INPUT_SARIF_FILE": "credlint.sarif"}
		for i := 0; i < len(extra); i += 2 {
			env[extra[i]] = extra[i+1]
		}
		return env
	}

	demo := e2etest.DemoModule(t, t.TempDir())
	out, outputs, code = action(t, demo, "run", inputs())
	if code != 0 || outputs["status"] != "1" {
		t.Fatalf("run: exit %d, outputs %v\n%s", code, outputs, out)
	}
	sarif, err := os.ReadFile(filepath.Join(demo, "credlint.sarif"))
	if err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, string(sarif))
	for _, m := range e2etest.Mistakes(t) {
		if !strings.Contains(string(sarif), `"ruleId": "`+m.Check+`"`) {
			t.Errorf("the SARIF log has no %s result", m.Check)
		}
	}
	if strings.Contains(string(sarif), demoSecret) || strings.Contains(out, demoSecret) {
		t.Error("the action shows the whole key")
	}

	out, _, code = action(t, demo, "fail", map[string]string{"STATUS": "1", "INPUT_FAIL": "true"})
	if code != 1 || !strings.HasPrefix(out, "::error::") {
		t.Errorf("fail: true: exit %d\n%s", code, out)
	}
	out, _, code = action(t, demo, "fail", map[string]string{"STATUS": "1", "INPUT_FAIL": "false"})
	if code != 0 || !strings.HasPrefix(out, "::warning::") {
		t.Errorf("fail: false: exit %d\n%s", code, out)
	}
	if _, _, code = action(t, demo, "fail", map[string]string{"STATUS": "0", "INPUT_FAIL": "true"}); code != 0 {
		t.Errorf("no findings: exit %d", code)
	}

	// Inputs: config and args reach credlint; upload: false prints text.
	e2etest.WriteFile(t, filepath.Join(demo, "ci.toml"), "enable = [\"hardcodedsecret\", \"ratelimit\"]\n")
	out, outputs, _ = action(t, demo, "run", inputs("INPUT_CONFIG", "ci.toml", "INPUT_ARGS", "-disable=ratelimit -exclude=client.go", "INPUT_UPLOAD", "false"))
	if outputs["status"] != "1" || len(e2etest.ParseText(out)) != 1 || !strings.Contains(out, "main.go:17:23: hardcodedsecret:") {
		t.Errorf("config, args, upload false: outputs %v\n%s", outputs, out)
	}

	// Code that does not build: exit 2, a valid log that says so, and the
	// job fails whatever fail says.
	broken := brokenModule(t)
	out, outputs, _ = action(t, broken, "run", inputs())
	if outputs["status"] != "2" {
		t.Fatalf("broken: outputs %v\n%s", outputs, out)
	}
	sarif, err = os.ReadFile(filepath.Join(broken, "credlint.sarif"))
	if err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, string(sarif))
	if !strings.Contains(string(sarif), `"executionSuccessful": false`) {
		t.Errorf("the log does not say the run failed:\n%.2000s", sarif)
	}
	if _, _, code = action(t, broken, "fail", map[string]string{"STATUS": "2", "INPUT_FAIL": "false"}); code != 2 {
		t.Errorf("errors with fail: false: exit %d, want 2", code)
	}
}
