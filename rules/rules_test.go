package rules

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func write(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDefault(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, r := range s.Rules() {
		ids[r.ID] = true
	}
	for _, id := range []string{"credlint-stripe-live-key", "credlint-uuid-api-key", "github-pat", "generic-api-key"} {
		if !ids[id] {
			t.Errorf("default set lacks %s", id)
		}
	}
	if ids["stripe-access-token"] {
		t.Error("gitleaks' stripe rule should be disabled in favour of credlint's")
	}
	if len(ids) < 200 {
		t.Errorf("default set has %d rules; gitleaks' defaults missing?", len(ids))
	}
}

func TestMatchOrder(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	m := s.Match(`apiKey = "sk_live_PirDRKgOz9uDJroI72AtLXYDRft3"`)
	if len(m) == 0 || m[0].Rule.ID != "credlint-stripe-live-key" || m[0].Secret != "sk_live_PirDRKgOz9uDJroI72AtLXYDRft3" {
		t.Fatalf("Match = %+v", m)
	}
	if m := s.Match(`id = "4b3aea42-b110-43a3-8c01-046c4dcb608e"`); len(m) != 0 {
		t.Errorf("a bare UUID matched %s", m[0].Rule.ID)
	}
}

// Loading several files in one process must not lose rules: gitleaks' own
// [extend] handling does after its second use.
func TestRepeatedLoads(t *testing.T) {
	user := write(t, "user.toml", "[extend]\nuseDefault = true\n")
	var first int
	for i := range 4 {
		s, err := Load(user)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = len(s.Rules())
		} else if n := len(s.Rules()); n != first {
			t.Fatalf("load %d: %d rules, first load had %d", i+1, n, first)
		}
	}
}

func TestExtendPathAndDisable(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "base.toml")
	os.WriteFile(base, []byte(`[[rules]]
id = "base-key"
regex = '''base_[0-9a-z]{20}'''
keywords = ["base_"]
[[rules]]
id = "noisy"
regex = '''noisy_[0-9a-z]{20}'''
`), 0o644)
	top := filepath.Join(dir, "top.toml")
	os.WriteFile(top, []byte(`[extend]
path = "base.toml"
disabledRules = ["noisy"]
[[rules]]
id = "top-key"
regex = '''top_[0-9a-z]{20}'''
`), 0o644)
	s, err := Load(top)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range s.Rules() {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, ",") != "top-key,base-key" {
		t.Errorf("rules = %v, want top-key,base-key", ids)
	}
	if m := s.Match(`x = "base_0123456789abcdefghij"`); len(m) != 1 {
		t.Errorf("extended rule did not match: %v", m)
	}
}

func TestBadFiles(t *testing.T) {
	tests := []struct {
		name, body string
		line       int
		want       string
	}{
		{"syntax", "title = \"x\"\n[[rules]]\nid = \"a\"\nregex = '''unterminated\n", 4, "invalid TOML"},
		{"unknown key", "[[rules]]\nid = \"a\"\nregexx = '''a'''\n", 3, `unknown key "rules.regexx"`},
		{"bad regex", "title = \"x\"\n\n[[rules]]\nid = \"ok\"\nregex = '''ok_[a-z]+'''\n\n[[rules]]\nid = \"broken\"\nregex = '''sk_(live'''\n", 9, `rule "broken": bad regex`},
		{"no id", "[[rules]]\nregex = '''a'''\n", 1, "rule has no id"},
		{"no pattern", "[[rules]]\nid = \"empty\"\n", 2, `rule "empty" has neither regex nor path`},
		{"override of nothing", "[extend]\nuseDefault = true\n[[rules]]\nid = \"no-such\"\ntags = [\"x\"]\n", 4, `rule "no-such" has no regex or path and overrides no extended rule`},
		{"secret group", "[[rules]]\nid = \"g\"\nregex = '''a(b)'''\nsecretGroup = 3\n", 4, "secretGroup 3"},
		{"bad allowlist", "[[rules]]\nid = \"al\"\nregex = '''a'''\n[[rules.allowlists]]\nregexes = ['''(''']\n", 5, "allowlist"},
		{"disable unknown", "[extend]\nuseDefault = true\ndisabledRules = [\"no-such-rule\"]\n", 3, `no rule "no-such-rule"`},
		{"both extends", "[extend]\nuseDefault = true\npath = \"x.toml\"\n", 3, "both useDefault and path"},
		{"missing extend path", "[extend]\npath = \"missing.toml\"\n", 2, "[extend] path"},
		{"keywords not a list", "[[rules]]\nid = \"t\"\nregex = '''a'''\nkeywords = \"a\"\n", 4, "rules.keywords: expected a list of strings, found a string"},
		{"id not a string", "[[rules]]\nid = 7\nregex = '''a'''\n", 2, "rules.id: expected a string, found an integer"},
		{"useDefault not a bool", "[extend]\nuseDefault = \"yes\"\n", 2, "extend.useDefault: expected true or false, found a string"},
		{"rules not tables", "rules = 3\n", 1, "rules: expected an array of tables, found an integer"},
		{"empty file", "# nothing here\n", 0, "defines no rules"},
		{"only a title", "title = \"mine\"\n", 0, "defines no rules"},
		{"duplicate id", "[[rules]]\nid = \"a\"\nregex = '''a'''\n\n[[rules]]\nid = \"a\"\nregex = '''b'''\n", 6, `duplicate rule id "a" (first defined at line 2)`},
		{"extends itself", "[extend]\npath = \"rules.toml\"\n", 2, "cycle"},
		{"all disabled", "[extend]\npath = \"base.toml\"\ndisabledRules = [\"only\"]\n", 0, "no rules left"},
		{"wrong type", "[[rules]]\nid = \"t\"\nregex = '''a'''\nentropy = \"high\"\n", 4, "rules.entropy: expected a number, found a string"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, "rules.toml", tt.body)
			os.WriteFile(filepath.Join(filepath.Dir(p), "base.toml"), []byte("[[rules]]\nid = \"only\"\nregex = '''x'''\n"), 0o644)
			_, err := Load(p)
			var rerr *Error
			if !errors.As(err, &rerr) {
				t.Fatalf("Load error = %v (%T), want *Error", err, err)
			}
			if rerr.File != p || rerr.Line != tt.line || !strings.Contains(rerr.Msg, tt.want) {
				t.Errorf("got %q (line %d), want line %d containing %q", err, rerr.Line, tt.line, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

func TestMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.toml"))
	if err == nil || !strings.Contains(err.Error(), "nope.toml") {
		t.Fatalf("err = %v", err)
	}
}

func FuzzLoad(f *testing.F) {
	f.Add("[[rules]]\nid = \"a\"\nregex = '''a'''\n")
	f.Add("[extend]\nuseDefault = true\n")
	f.Add("[[rules]]\nid = \"a\"\nregex = '''(?i)x'''\nsecretGroup = 1\n[[rules.allowlists]]\nregexes = ['''y''']\n")
	f.Fuzz(func(t *testing.T, body string) {
		if strings.Contains(body, "path") || strings.Contains(body, "useDefault") {
			t.Skip() // extends reach outside the input
		}
		p := filepath.Join(t.TempDir(), "f.toml")
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := Load(p) // must not panic
		if err == nil {
			s.Match(body)
		}
	})
}

func TestDefaultTestFilePolicy(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*Rule{}
	for _, r := range s.Rules() {
		byID[r.ID] = r
	}
	for id, want := range map[string]bool{
		"credlint-stripe-live-key": true, "github-pat": true, "aws-access-token": true,
		"credlint-stripe-test-key": false, "credlint-uuid-api-key": false,
		"generic-api-key": false, "jwt": false, "private-key": false,
	} {
		if r := byID[id]; r == nil || r.InTests != want {
			t.Errorf("%s: InTests = %v, want %v", id, r != nil && r.InTests, want)
		}
	}
	if r := byID["generic-api-key"]; r.Severity != Medium {
		t.Errorf("generic-api-key severity %v", r.Severity)
	}
}

// A cycle through two files names both.
func TestExtendCycle(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.toml"), filepath.Join(dir, "b.toml")
	os.WriteFile(a, []byte("[extend]\npath = \"b.toml\"\n"), 0o644)
	os.WriteFile(b, []byte("# b\n[extend]\npath = \"a.toml\"\n"), 0o644)
	_, err := Load(a)
	var rerr *Error
	if !errors.As(err, &rerr) || rerr.File != b || rerr.Line != 3 || !strings.Contains(rerr.Msg, "cycle") ||
		!strings.Contains(rerr.Msg, "a.toml extends") {
		t.Fatalf("err = %v", err)
	}
}

// The embedded files are trusted at run time (their patterns compile only
// when a value needs them): check them here as a user file is checked.
func TestEmbeddedFilesCompile(t *testing.T) {
	for name, data := range map[string][]byte{DefaultName: defaultFile, gitleaksName: []byte(gitleaksDefault())} {
		f, err := decode(name, data)
		if err != nil {
			t.Fatal(err)
		}
		if err := check(name, data, f, true); err != nil {
			t.Error(err)
		}
	}
	s, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range s.eng.rules {
		r.compile(s.eng)
		if r.re == nil && r.spec.Regex != "" || r.path == nil && r.spec.Path != "" {
			t.Errorf("rule %s does not compile", r.spec.ID)
		}
	}
}

// TestMatchConcurrent matches from several goroutines on a set nothing has
// compiled yet (run with -race): rules, windows, allowlists and DFAs are
// built on first use, by whichever goroutine gets there first.
func TestMatchConcurrent(t *testing.T) {
	lines := []string{
		`apiKey = "sk_live_PirDRKgOz9uDJroI72AtLXYDRft3"`,
		`secret = "a8f5f167f44f4964e6c998dee827110c"`,
		`{"name": "svc", "api_key": "Zx81Lk2Qp0Vb7Nm3Cd5Fg9Hj"}`,
		`token: ` + strings.Repeat("k3y_", 300) + `"ghp_0123456789abcdefghijABCDEFGHIJ0123"`,
		`Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0`,
	}
	ref, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	want := make([]string, len(lines))
	for i, l := range lines {
		want[i] = matchString(ref.Match(l))
	}
	set, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 20 {
				i := (g + k) % len(lines)
				if got := matchString(set.Match(lines[i])); got != want[i] {
					t.Errorf("goroutine %d, line %d: %s, want %s", g, i, got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

func matchString(ms []Match) string {
	var sb strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&sb, "%s=%s ", m.Rule.ID, m.Secret)
	}
	return sb.String()
}
