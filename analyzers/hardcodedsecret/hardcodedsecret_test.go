package hardcodedsecret_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/credlint/credlint/analyzers/hardcodedsecret"
	"github.com/credlint/credlint/rules"
)

func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestDefaultRules runs the check on testdata/src/hardcodedsecret, whose
// files the build excludes (key_windows.go, integration.go, gen.go)
// included: see runAll.
func TestDefaultRules(t *testing.T) {
	runAll(t, testdata(t), "hardcodedsecret")
}

func TestUserRuleFile(t *testing.T) {
	dir := testdata(t)
	rules.SetPath(filepath.Join(dir, "rules", "acme.toml"))
	t.Cleanup(func() { rules.SetPath("") })
	analysistest.Run(t, dir, hardcodedsecret.Analyzer, "hardcodedsecretrules")
}

func TestDoc(t *testing.T) {
	a := hardcodedsecret.Analyzer
	if want := "hardcodedsecret: "; len(a.Doc) < len(want) || a.Doc[:len(want)] != want {
		t.Errorf("Doc does not start with %q: %.60q", want, a.Doc)
	}
}

// runAll is analysistest.Run, plus the `// want` comments of the files the
// build excludes, which analysistest reads only for its own build-tag
// analyzers: their diagnostics are held back from analysistest's
// "unexpected diagnostic" errors and checked here against those comments.
func runAll(t *testing.T, dir, pkg string) []*analysistest.Result {
	t.Helper()
	rec := &recorder{}
	results := analysistest.Run(rec, dir, hardcodedsecret.Analyzer, pkg)
	ignored := make(map[string]bool)
	var diags []analysis.Diagnostic
	var fset = results[0].Pass.Fset
	for _, r := range results {
		for _, name := range r.Pass.IgnoredFiles {
			ignored[name] = true
		}
		diags = append(diags, r.Diagnostics...)
	}
	if len(ignored) == 0 {
		t.Fatal("the package has no excluded files: the test tests nothing")
	}
	for _, msg := range rec.errs {
		held := false
		for name := range ignored {
			if strings.Contains(msg, filepath.Base(name)+":") && strings.Contains(msg, "unexpected diagnostic") {
				held = true
			}
		}
		if !held {
			t.Error(msg)
		}
	}
	// Each want comment in an excluded file is met by one diagnostic on its
	// line, and each diagnostic in an excluded file meets one.
	type key struct {
		file string
		line int
	}
	want := make(map[key][]*regexp.Regexp)
	wantRE := regexp.MustCompile("// want `([^`]*)`")
	for name := range ignored {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for i, l := range strings.Split(string(src), "\n") {
			if m := wantRE.FindStringSubmatch(l); m != nil {
				want[key{name, i + 1}] = append(want[key{name, i + 1}], regexp.MustCompile(m[1]))
			}
		}
	}
	seen := make(map[string]bool) // the package and its test variant report the same
	for _, d := range diags {
		p := fset.Position(d.Pos)
		id := fmt.Sprint(p, d.Message)
		if !ignored[p.Filename] || seen[id] {
			continue
		}
		seen[id] = true
		k := key{p.Filename, p.Line}
		matched := false
		for i, re := range want[k] {
			if re.MatchString(d.Message) {
				want[k] = append(want[k][:i], want[k][i+1:]...)
				matched = true
				break
			}
		}
		if !matched {
			t.Errorf("%v: unexpected diagnostic in an excluded file: %s", p, d.Message)
		}
	}
	for k, res := range want {
		for _, re := range res {
			t.Errorf("%s:%d: no diagnostic matching %q in an excluded file", filepath.Base(k.file), k.line, re)
		}
	}
	return results
}

type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// TestGetenvFix: with -getenv-fix, a key that initialises a var or a lone
// const becomes os.Getenv("NAME"); the fix holds no part of the key.
func TestGetenvFix(t *testing.T) {
	if err := hardcodedsecret.Analyzer.Flags.Set("getenv-fix", "true"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { hardcodedsecret.Analyzer.Flags.Set("getenv-fix", "false") })
	results := analysistest.RunWithSuggestedFixes(t, testdata(t), hardcodedsecret.Analyzer, "hardcodedsecretfix")
	fixes := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, f := range d.SuggestedFixes {
				fixes++
				for _, e := range f.TextEdits {
					if strings.Contains(string(e.NewText), "sk_live_") || strings.Contains(string(e.NewText), "as_") || strings.Contains(string(e.NewText), "hunter") {
						t.Errorf("fix %q carries the key: %q", f.Message, e.NewText)
					}
				}
			}
		}
	}
	if fixes != 3 {
		t.Errorf("%d fixes, want 3", fixes)
	}
}

func TestEnvName(t *testing.T) {
	for id, want := range map[string]string{
		"stripeAPIKey": "STRIPE_API_KEY", "dbPassword": "DB_PASSWORD", "SENDGRID_KEY": "SENDGRID_KEY",
		"APIKey": "API_KEY", "oauth2Token": "OAUTH2_TOKEN", "x": "X", "awsSecretAccessKey": "AWS_SECRET_ACCESS_KEY",
	} {
		if got := hardcodedsecret.EnvName(id); got != want {
			t.Errorf("EnvName(%q) = %q, want %q", id, got, want)
		}
	}
}

// TestExamples: in an example program a password is documentation, a
// vendor-format key still a finding.
func TestExamples(t *testing.T) {
	analysistest.Run(t, testdata(t), hardcodedsecret.Analyzer, "hardcodedsecret/examples/e2ee")
}

// TestTestUtil: a tree of test utilities (internal/testutil/...,
// testsetup/...) or a fixtures package holds fixtures, as a _test.go file does; testimonials/
// only starts like one. A package a non-test file of which imports
// "testing" is a library for tests (tests); one that imports it from its
// _test.go files only is not (harness); nor are the other files of a
// production package that ships one such file (billing).
func TestTestUtil(t *testing.T) {
	analysistest.Run(t, testdata(t), hardcodedsecret.Analyzer,
		"hardcodedsecret/internal/testutil", "hardcodedsecret/testsetup", "hardcodedsecret/testimonials",
		"hardcodedsecret/internal/fixtures", "hardcodedsecret/tests", "hardcodedsecret/harness", "hardcodedsecret/billing")
}

// TestDetectorCorpus: a test file one literal of which the package's own
// detection pattern matches whole feeds its detector samples (detector);
// a package whose only pattern fits any key detects no format (sgclient).
func TestDetectorCorpus(t *testing.T) {
	analysistest.Run(t, testdata(t), hardcodedsecret.Analyzer, "hardcodedsecret/detector", "hardcodedsecret/sgclient")
}
