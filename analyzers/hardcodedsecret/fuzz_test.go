package hardcodedsecret

import (
	"strings"
	"testing"
)

// FuzzUserinfo: odd URLs and DSNs never panic, and a password found is
// part of the value.
func FuzzUserinfo(f *testing.F) {
	for _, s := range []string{"postgres://u:p@h/db", "u:p@tcp(h:1)/d", "redis://:p@h", "host=h password=p", "@", ":@", "://@:", "password=", "a:b@/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if pw, ok := userinfoPassword(s); ok && (pw == "" || !strings.Contains(s, pw)) {
			t.Errorf("userinfoPassword(%q) = %q", s, pw)
		}
	})
}

// FuzzEnvName: any identifier gives an upper-case name without a leading
// or doubled underscore.
func FuzzEnvName(f *testing.F) {
	for _, s := range []string{"stripeAPIKey", "__x__", "A", "", "aB1cD", "ÄpiKey"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := EnvName(s)
		if strings.HasPrefix(n, "_") || strings.Contains(n, "__") || n != strings.ToUpper(n) {
			t.Errorf("EnvName(%q) = %q", s, n)
		}
	})
}
