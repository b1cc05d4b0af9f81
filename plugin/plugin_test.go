package plugin

import (
	"slices"
	"strings"
	"testing"
)

func names(t *testing.T, conf any) []string {
	t.Helper()
	p, err := New(conf)
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func TestSettings(t *testing.T) {
	all := names(t, nil)
	if !slices.Contains(all, "hardcodedsecret") || !slices.Contains(all, "credlintignore") {
		t.Fatalf("no settings: got %v, want every check", all)
	}
	// viper lowercases keys and golangci-lint hands over map[string]any.
	got := names(t, map[string]any{"disable": []any{"HardcodedSecret"}})
	if slices.Contains(got, "hardcodedsecret") {
		t.Errorf("disable: hardcodedsecret still runs: %v", got)
	}
	got = names(t, map[string]any{"enable": []any{"hardcodedsecret"}})
	if !slices.Equal(got, []string{"hardcodedsecret"}) {
		t.Errorf("enable: got %v", got)
	}
}

func TestSettingsErrors(t *testing.T) {
	for _, tc := range []struct {
		conf any
		want string
	}{
		{map[string]any{"rulez": "x.toml"}, `unknown field "rulez"`},
		{map[string]any{"disable": []any{"nosuchcheck"}}, `unknown check "nosuchcheck"`},
		{map[string]any{"checks": map[string]any{"nosuchcheck": map[string]any{"a": 1}}}, `unknown check "nosuchcheck"`},
		{map[string]any{"checks": map[string]any{"hardcodedsecret": map[string]any{"nosuchoption": 1}}}, `checks.hardcodedsecret: unknown option "nosuchoption"`},
		{map[string]any{"rules": "testdata/does-not-exist.toml"}, "does-not-exist.toml"},
	} {
		_, err := New(tc.conf)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("New(%v) = %v, want an error containing %q", tc.conf, err, tc.want)
		}
	}
}
