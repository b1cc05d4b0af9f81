package diag

import (
	"slices"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		text   string
		checks []string
		reason string
		ok     bool
	}{
		{"//credlint:ignore hardcodedsecret fixture key", []string{"hardcodedsecret"}, "fixture key", true},
		{"//credlint:ignore secretlog,headerlog  debug build only ", []string{"secretlog", "headerlog"}, "debug build only", true},
		{"//credlint:ignore all\tgenerated", []string{"all"}, "generated", true},
		{"//credlint:ignore hardcodedsecret", []string{"hardcodedsecret"}, "", true},
		{"//credlint:ignore", nil, "", true},
		{"//credlint:ignoreme x y", nil, "", false},
		{"// credlint:ignore x y", nil, "", false},
		{"//nolint:credlint", nil, "", false},
	} {
		checks, reason, ok := Parse(tc.text)
		if !slices.Equal(checks, tc.checks) || reason != tc.reason || ok != tc.ok {
			t.Errorf("Parse(%q) = %q, %q, %v; want %q, %q, %v", tc.text, checks, reason, ok, tc.checks, tc.reason, tc.ok)
		}
	}
}

func TestCovers(t *testing.T) {
	ig := Ignore{Line: 10, Checks: []string{"secretlog"}, Reason: "r"}
	for _, tc := range []struct {
		check string
		line  int
		want  bool
	}{
		{"secretlog", 10, true},
		{"secretlog", 11, true},
		{"secretlog", 12, false},
		{"secretlog", 9, false},
		{"hardcodedsecret", 10, false},
	} {
		if got := ig.Covers(tc.check, tc.line); got != tc.want {
			t.Errorf("Covers(%s, %d) = %v", tc.check, tc.line, got)
		}
	}
	if (Ignore{Line: 10, Checks: []string{"all"}}).Covers("secretlog", 10) {
		t.Error("a directive without a reason suppresses")
	}
}

func TestExcerpt(t *testing.T) {
	for msg, want := range map[string]string{
		`hardcoded secret "sk_live_51Nz…" in fallbackToken: rule x`: "sk_live_51Nz…",
		`token "abc\"d…" and "second"`:                              `abc"d…`,
		`c.token reaches log.Printf`:                                "",
		`unterminated "abc`:                                         "",
	} {
		if got := Excerpt(msg); got != want {
			t.Errorf("Excerpt(%q) = %q, want %q", msg, got, want)
		}
	}
}
