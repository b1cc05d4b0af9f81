package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/credlint/credlint/internal/e2etest"
)

// TestNothingChecked: a run that checked nothing is not a pass. Each case
// exits 2 with one line on stderr.
func TestNothingChecked(t *testing.T) {
	outside := t.TempDir() // no go.mod here or above (the temp dir)
	if moduleRoot(outside) != "" {
		t.Skip("the temporary directory is inside a module")
	}
	mod := e2etest.DemoModule(t, t.TempDir())
	if err := os.Mkdir(filepath.Join(mod, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, dir string
		args      []string
		want      string
	}{
		{"outside a module", outside, nil, outside + " is not in a Go module (no go.mod here or in a parent directory): run credlint inside a module, or pass .go files"},
		{"outside a module, ./...", outside, []string{"./..."}, "is not in a Go module"},
		{"pattern matching nothing", mod, []string{"./empty/..."}, "no packages match ./empty/..."},
		{"directory without Go files", mod, []string{"./empty"}, "no Go files in"},
		{"no such directory", mod, []string{"./nosuch/..."}, "nosuch"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, code := credlint(t, tc.dir, tc.args...)
			wantCode(t, code, exitError, stdout, stderr)
			if stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "credlint: ") || !strings.Contains(stderr, tc.want) {
				t.Errorf("stdout %q, stderr %q; want one line containing %q", stdout, stderr, tc.want)
			}
			if strings.Contains(stderr, "-:") {
				t.Errorf("go list's '-:' position leaked: %q", stderr)
			}
		})
	}
}

// brokenModule is a module whose package does not type-check, with the
// error in a file that also has a test file (two packages, one error).
func brokenModule(t *testing.T) string {
	dir := e2etest.DemoModule(t, t.TempDir())
	e2etest.WriteFile(t, filepath.Join(dir, "broken", "a.go"), "package broken\n\nvar count int = \"three\"\n")
	e2etest.WriteFile(t, filepath.Join(dir, "broken", "a_test.go"), "package broken\n\nimport \"testing\"\n\nfunc TestA(t *testing.T) {}\n")
	return dir
}

// TestLoadErrors: a type error is printed once, as a compiler does
// (relative path first, no credlint: -: prefix), with exit 2; the rest of
// the packages are still checked and reported.
func TestLoadErrors(t *testing.T) {
	dir := brokenModule(t)
	stdout, stderr, code := credlint(t, dir, "./...")
	wantCode(t, code, exitError, stdout, stderr)
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], filepath.Join("broken", "a.go")+":3:17: ") || !strings.Contains(lines[1], " findings and 1 error in 2 packages") {
		t.Errorf("stderr:\n%s\nwant the type error once, relative, then the summary", stderr)
	}
	if len(e2etest.ParseText(stdout)) != len(e2etest.Mistakes(t)) {
		t.Errorf("the demo package is not reported alongside:\n%s", stdout)
	}

	// A package that imports the broken one is still checked: the broken
	// package exports no facts, and its importers' analysis goes on
	// without them instead of failing as a prerequisite.
	e2etest.WriteFile(t, filepath.Join(dir, "user", "u.go"), "package user\n\nimport (\n\t\"log\"\n\n\t_ \"example.com/demo/broken\"\n)\n\nfunc Login(password string) { log.Printf(\"login %s\", password) }\n")
	stdout, stderr, code = credlint(t, dir, "./broken", "./user")
	wantCode(t, code, exitError, stdout, stderr)
	if strings.Contains(stderr, "prerequisites") || !strings.Contains(stdout, filepath.Join("user", "u.go")+":9:") {
		t.Errorf("an importer of a package with type errors: stdout:\n%s\nstderr:\n%s\nwant user/u.go:9 reported and no failed prerequisites", stdout, stderr)
	}

	// A syntax error, likewise.
	e2etest.WriteFile(t, filepath.Join(dir, "broken", "a.go"), "package broken\n\nfunc (\n")
	_, stderr, code = credlint(t, dir, "./broken")
	if code != exitError || strings.Count(stderr, "broken/a.go:3:") != 1 || strings.Contains(stderr, "-:") {
		t.Errorf("syntax error: exit %d, stderr:\n%s", code, stderr)
	}
}

// TestCgoUnavailable: with cgo off, a package whose files need cgo says
// so in one line naming it, and its files are still matched for keys. A
// package that type-checks without them is a warning (the exit status
// stays); one that does not is an error, without the type errors of the
// symbols the cgo files would define; a directory of cgo files only (go
// list leaves it out) is a warning. Files the build excludes for another
// reason say nothing, and neither does a build with cgo on.
func TestCgoUnavailable(t *testing.T) {
	const note = "c.go needs cgo, and cgo is not available (CGO_ENABLED=0 or no C compiler in PATH): checked for hardcoded secrets only; install a C compiler (gcc) or set CGO_ENABLED=1"
	cgoFile := "package c\n\n// #include <stdlib.h>\nimport \"C\"\n\nconst cgoKey = \"" + liveKey("Cg0Ke1Nk2Ey3Ab4Cd5Ef6Gh7Ij8Kl9M") + "\"\n\nfunc Free() { C.free(nil) }\n"
	module := func(files map[string]string) string {
		dir := t.TempDir()
		e2etest.WriteFile(t, filepath.Join(dir, "go.mod"), "module example.com/cgo\n\ngo 1.26\n")
		for name, src := range files {
			e2etest.WriteFile(t, filepath.Join(dir, name), src)
		}
		return dir
	}
	for _, tc := range []struct {
		name   string
		files  map[string]string
		cgo    string // CGO_ENABLED
		code   int
		stderr string // the line on stderr before the summary, "" for none
		found  string // the file whose key is reported
		args   []string
	}{
		{"type errors", map[string]string{"c.go": cgoFile, "use.go": "package c\n\nfunc Use() { Free() }\n"}, "0", exitError,
			"credlint: example.com/cgo: not type-checked: " + note, "c.go", nil},
		{"leaf cgo file", map[string]string{"c.go": cgoFile, "use.go": "package c\n\nfunc Use() {}\n"}, "0", exitFindings,
			"credlint: warning: example.com/cgo: " + note, "c.go", nil},
		{"cgo-only directory", map[string]string{"a.go": "package a\n", "cg/c.go": cgoFile}, "0", exitFindings,
			"credlint: warning: cg: cg/" + note, "c.go", nil},
		{"excluded by a tag, not by cgo", map[string]string{"c.go": "//go:build integration\n\n" + cgoFile, "use.go": "package c\n\nfunc Use() {}\n"}, "0", exitFindings,
			"", "c.go", nil},
		{"cgo on", map[string]string{"c.go": cgoFile, "use.go": "package c\n\nfunc Use() { Free() }\n"}, "1", exitFindings,
			"", "c.go", nil},
		// Only what is reported is warned about.
		{"excluded directory", map[string]string{"a.go": "package a\n\nconst k = \"" + liveKey("Ex0Cl1Ud2Ed3Ab4Cd5Ef6Gh7Ij8Kl9M") + "\"\n", "cg/c.go": cgoFile}, "0", exitFindings,
			"", "a.go", []string{"-exclude=cg/**", "./..."}},
		{"another file named", map[string]string{"c.go": cgoFile, "use.go": "package c\n\nconst k = \"" + liveKey("Us0Ed1Nk2Ey3Ab4Cd5Ef6Gh7Ij8Kl9M") + "\"\n"}, "0", exitFindings,
			"", "use.go", []string{"use.go"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.cgo == "1" {
				if _, err := exec.LookPath("gcc"); err != nil {
					t.Skip("no C compiler")
				}
			}
			dir := module(tc.files)
			if tc.args == nil {
				tc.args = []string{"./..."}
			}
			cmd := cmdIn(dir, tc.args...)
			cmd.Env = append(os.Environ(), "CGO_ENABLED="+tc.cgo)
			stdout, stderr, code := runCmd(t, cmd)
			wantCode(t, code, tc.code, stdout, stderr)
			lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
			got := ""
			if len(lines) == 2 {
				got = lines[0]
			}
			if len(lines) > 2 || got != tc.stderr {
				t.Errorf("stderr:\n%s\nwant %q, then the summary", stderr, tc.stderr)
			}
			if rs := e2etest.ParseText(stdout); len(rs) != 1 || rs[0].File != tc.found || rs[0].Check != "hardcodedsecret" {
				t.Errorf("reported %v, want the key in %s", rs, tc.found)
			}
		})
	}

	// The warning is in the documents too, and -json keeps stderr to it.
	dir := module(map[string]string{"c.go": cgoFile, "use.go": "package c\n\nfunc Use() {}\n"})
	for _, format := range []string{"-json", "-sarif"} {
		cmd := cmdIn(dir, format, "./...")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		stdout, stderr, code := runCmd(t, cmd)
		wantCode(t, code, exitFindings, stdout, stderr)
		if stderr != "credlint: warning: example.com/cgo: "+note+"\n" {
			t.Errorf("%s: stderr %q", format, stderr)
		}
		if format == "-sarif" {
			validateSARIF(t, stdout)
		}
		var doc struct {
			Warnings []runError
			Runs     []struct {
				Invocations []struct {
					ExecutionSuccessful        bool
					ToolExecutionNotifications []struct {
						Level   string
						Message struct{ Text string }
					}
				}
			}
		}
		if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, w := range doc.Warnings {
			got = append(got, "warning: "+w.Message)
		}
		for _, r := range doc.Runs {
			for _, inv := range r.Invocations {
				if !inv.ExecutionSuccessful {
					t.Errorf("SARIF: a warning made the run unsuccessful")
				}
				for _, n := range inv.ToolExecutionNotifications {
					got = append(got, n.Level+": "+n.Message.Text)
				}
			}
		}
		if want := "warning: example.com/cgo: " + note; len(got) != 1 || got[0] != want {
			t.Errorf("%s: warnings %q, want %q", format, got, want)
		}
	}
}

// TestWriteBaselineOnError: a run with errors writes no baseline.
func TestWriteBaselineOnError(t *testing.T) {
	dir := brokenModule(t)
	baseline := filepath.Join(t.TempDir(), "baseline.json")
	stdout, stderr, code := credlint(t, dir, "-write-baseline", baseline, "./...")
	wantCode(t, code, exitError, stdout, stderr)
	if _, err := os.Stat(baseline); !os.IsNotExist(err) {
		t.Errorf("baseline written on exit 2 (stat: %v)", err)
	}
	if !strings.Contains(stderr, "not written") {
		t.Errorf("stderr does not say the baseline was not written:\n%s", stderr)
	}
}

// TestJSONOnEveryOutcome: -json prints the same document on success,
// findings and errors, errors included; nothing but errors on stderr.
func TestJSONOnEveryOutcome(t *testing.T) {
	demo := e2etest.DemoModule(t, t.TempDir())
	clean := t.TempDir()
	e2etest.WriteFile(t, filepath.Join(clean, "go.mod"), "module example.com/clean\n\ngo 1.26\n")
	e2etest.WriteFile(t, filepath.Join(clean, "a.go"), "package a\n")
	for _, tc := range []struct {
		name     string
		dir      string
		args     []string
		code     int
		findings bool
		errors   []string
	}{
		{"clean", clean, nil, exitClean, false, nil},
		{"findings", demo, nil, exitFindings, true, nil},
		{"type error", brokenModule(t), nil, exitError, true, []string{`"file": "broken/a.go"`, `"line": 3`}},
		{"bad check name", demo, []string{"-enable=nosuch"}, exitError, false, []string{`unknown check \"nosuch\"`}},
		{"bad flag", demo, []string{"-nosuchflag"}, exitError, false, []string{"flag provided but not defined: -nosuchflag"}},
		{"outside a module", t.TempDir(), nil, exitError, false, []string{"is not in a Go module"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, code := credlint(t, tc.dir, append([]string{"-json"}, tc.args...)...)
			wantCode(t, code, tc.code, stdout, stderr)
			var doc map[string]json.RawMessage
			if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
				t.Fatalf("not one JSON document: %v\n%s", err, stdout)
			}
			var findings, errs []json.RawMessage
			var warnings []any
			if json.Unmarshal(doc["findings"], &findings) != nil || json.Unmarshal(doc["errors"], &errs) != nil || json.Unmarshal(doc["warnings"], &warnings) != nil ||
				findings == nil || errs == nil || warnings == nil {
				t.Fatalf("findings, errors and warnings must be arrays:\n%s", stdout)
			}
			if (len(findings) > 0) != tc.findings || (len(errs) > 0) != (len(tc.errors) > 0) {
				t.Errorf("%d findings, %d errors:\n%s", len(findings), len(errs), stdout)
			}
			for _, want := range tc.errors {
				if !strings.Contains(string(doc["errors"]), want) {
					t.Errorf("errors lack %s:\n%s", want, doc["errors"])
				}
			}
			if tc.code != exitError && stderr != "" {
				t.Errorf("stderr %q, want nothing", stderr)
			}
		})
	}
}

// TestConfigFile: .credlint.toml, found from a subdirectory or given with
// -config; flags override it; mistakes name file and line.
func TestConfigFile(t *testing.T) {
	dir := e2etest.DemoModule(t, t.TempDir())
	sub := filepath.Join(dir, "internal", "x")
	e2etest.WriteFile(t, filepath.Join(sub, "x.go"), "package x\n")
	e2etest.WriteFile(t, filepath.Join(dir, "acme.toml"), "[[rules]]\nid = \"acme-live-key\"\ndescription = \"ACME live key\"\nregex = '''sk_live_[0-9a-zA-Z]{24,}'''\nkeywords = [\"sk_live_\"]\n")
	cfg := filepath.Join(dir, configName)
	checksOf := func(dir string, args ...string) (map[string]bool, string) {
		t.Helper()
		stdout, stderr, code := credlint(t, dir, append(args, "./...")...)
		if code == exitError {
			t.Fatalf("%v: exit 2:\n%s", args, stderr)
		}
		got := make(map[string]bool)
		for _, r := range e2etest.ParseText(stdout) {
			got[r.Check] = true
		}
		return got, stdout
	}

	e2etest.WriteFile(t, cfg, `# credlint configuration
rules = "acme.toml"   # relative to this file
disable = ["ratelimit", "cleartext"]

[checks.authscheme]
strict = true
`)
	got, out := checksOf(dir)
	if got["ratelimit"] || got["cleartext"] || !got["secretlog"] || !strings.Contains(out, "rule acme-live-key") {
		t.Errorf("config not applied: %v\n%s", got, out)
	}
	// Found from a subdirectory; its rules path stays relative to it.
	stdout, stderr, code := credlint(t, sub, "-list")
	wantCode(t, code, exitClean, stdout, stderr)
	if !strings.Contains(stdout, "acme-live-key") {
		t.Errorf("-list from a subdirectory does not use the config's rules:\n%s", stdout)
	}
	// Flags override it.
	got, out = checksOf(dir, "-disable=secretlog", "-rules=") // -rules= is the default rules
	if !got["ratelimit"] || got["secretlog"] || !strings.Contains(out, "rule credlint-stripe-live-key") {
		t.Errorf("-disable did not replace the config's disable: %v\n%s", got, out)
	}
	// -config names another file.
	other := filepath.Join(t.TempDir(), "other.toml")
	e2etest.WriteFile(t, other, "enable = [\"hardcodedsecret\"]\n")
	if got, _ := checksOf(dir, "-config", other); len(got) != 1 || !got["hardcodedsecret"] {
		t.Errorf("-config other.toml: %v", got)
	}

	for _, tc := range []struct {
		name, content, want string
	}{
		{"unknown key", "rules = \"acme.toml\"\n\nexlcude = [\"vendor\"]\n", configName + `:3: unknown key "exlcude" (keys: rules, enable, disable, tests, tags, exclude, baseline, checks)`},
		{"wrong type", "\ntests = \"no\"\n", configName + ":2: tests: want true or false, got a string"},
		{"list of the wrong thing", "enable = [1, 2]\n", configName + ":1: enable: want a list of check names, got a list holding an integer"},
		{"syntax", "disable = [\"ratelimit\"\n", configName + ":1: "},
		{"unknown check", "[checks.nosuch]\nx = 1\n", configName + `:1: checks: unknown check "nosuch"`},
		{"unknown option", "[checks.authscheme]\nstrict = true\nstrikt = true\n", configName + `:3: checks.authscheme: unknown option "strikt"`},
		{"bad option value", "[checks]\nauthscheme = { strict = \"maybe\" }\n", configName + ":2: checks.authscheme.strict:"},
		{"unknown check in disable", "\ndisable = [\"nosuch\"]\n", `unknown check "nosuch"`},
		{"a rule file by that name", acmeRules, configName + ": a gitleaks rule file, not a credlint configuration: rename it"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e2etest.WriteFile(t, cfg, tc.content)
			stdout, stderr, code := credlint(t, sub, "./...")
			wantCode(t, code, exitError, stdout, stderr)
			if strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr %q, want one line containing %q", stderr, tc.want)
			}
			if strings.Contains(stderr, "main.config") || strings.Contains(stderr, "struct") {
				t.Errorf("error speaks Go, not TOML: %q", stderr)
			}
		})
	}
	os.Remove(cfg)
	_, stderr, code = credlint(t, dir, "-config", filepath.Join(dir, "nosuch.toml"))
	if code != exitError || !strings.Contains(stderr, "nosuch.toml") {
		t.Errorf("-config nosuch.toml: exit %d, %q", code, stderr)
	}
}

// TestConfigBaseline: the baseline key, relative to the file.
func TestConfigBaseline(t *testing.T) {
	dir := e2etest.DemoModule(t, t.TempDir())
	stdout, stderr, code := credlint(t, dir, "-write-baseline", filepath.Join(dir, "base.json"), "./...")
	wantCode(t, code, exitClean, stdout, stderr)
	e2etest.WriteFile(t, filepath.Join(dir, configName), "baseline = \"base.json\"\n")
	stdout, stderr, code = credlint(t, dir, "./...")
	wantCode(t, code, exitClean, stdout, stderr)
}

// TestConfigDocExample: the example in docs/config.md is a valid file that
// does what it says.
func TestConfigDocExample(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join(e2etest.RepoRoot(t), "docs", "config.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, _ := strings.Cut(string(doc), "```toml\n")
	example, _, ok := strings.Cut(rest, "```\n")
	if !ok {
		t.Fatal("docs/config.md has no TOML example")
	}
	dir := e2etest.DemoModule(t, t.TempDir())
	e2etest.WriteFile(t, filepath.Join(dir, configName), example)
	e2etest.WriteFile(t, filepath.Join(dir, "tools", "credlint-rules.toml"), acmeRules)
	e2etest.WriteFile(t, filepath.Join(dir, "examples", "keys.go"), "package examples\n\nconst liveKey = \""+demoSecret+"\"\n")
	stdout, stderr, code := credlint(t, dir, "-write-baseline", filepath.Join(dir, ".credlint-baseline.json"), "-baseline=", "./...")
	wantCode(t, code, exitClean, stdout, stderr)
	base, err := os.ReadFile(filepath.Join(dir, ".credlint-baseline.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"rule": "acme-live-key"`, `"check": "secretlog"`} {
		if !strings.Contains(string(base), want) {
			t.Errorf("baseline lacks %s: the example's rules or checks did not apply:\n%s", want, base)
		}
	}
	for _, unwanted := range []string{`"check": "ratelimit"`, "examples/keys.go"} {
		if strings.Contains(string(base), unwanted) {
			t.Errorf("baseline has %s: disable or exclude did not apply:\n%s", unwanted, base)
		}
	}
	// And the baseline key then accepts them all.
	stdout, stderr, code = credlint(t, dir, "./...")
	wantCode(t, code, exitClean, stdout, stderr)
}

// TestConfigTags: tags in .credlint.toml load packages with those build
// tags, so that the checks that need types see the tagged files; -tags on
// the command line overrides them.
func TestConfigTags(t *testing.T) {
	dir := t.TempDir()
	e2etest.WriteFile(t, filepath.Join(dir, "go.mod"), "module example.com/tags\n\ngo 1.26\n")
	e2etest.WriteFile(t, filepath.Join(dir, "a.go"), "package tags\n")
	e2etest.WriteFile(t, filepath.Join(dir, "it.go"), "//go:build integration\n\npackage tags\n\nimport (\n\t\"log\"\n\t\"os\"\n)\n\nfunc Setup() {\n\tapiKey := os.Getenv(\"API_KEY\")\n\tlog.Printf(\"key %s\", apiKey)\n}\n")
	secretlog := func(args ...string) bool {
		t.Helper()
		stdout, stderr, code := credlint(t, dir, append(args, "./...")...)
		if code == exitError {
			t.Fatalf("%v: exit 2:\n%s", args, stderr)
		}
		return slices.Contains(e2etest.ParseText(stdout), e2etest.Reported{File: "it.go", Line: 12, Check: "secretlog"})
	}
	if secretlog() {
		t.Error("without tags, it.go was type-checked")
	}
	e2etest.WriteFile(t, filepath.Join(dir, configName), "tags = [\"integration\"]\n")
	if !secretlog() {
		t.Error("tags = [\"integration\"] in the file: no secretlog finding in it.go")
	}
	if secretlog("-tags=") {
		t.Error("-tags= did not override the file's tags")
	}
}
