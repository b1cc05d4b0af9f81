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
		if _, pw, _, ok := userinfoPassword(s); ok && (pw == "" || !strings.Contains(s, pw)) {
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

// TestWorthParsing: the token scan before an excluded file is parsed keeps
// every file that can hold a finding and drops one that cannot.
func TestWorthParsing(t *testing.T) {
	for src, want := range map[string]bool{
		"package p\n\nconst key = \"sk_live_Wn4Dw5Sx6Cv7Bg8Nh9Mj0Ku1Li2Op3Q\"\n":      true,
		"package p\n\nvar dsn = \"postgres://app:s3cret@db/app\"\n":                   true,
		"package p\n\nvar dbPassword = \"hunter2!\"\n":                                true,
		"package p\n\nvar m = map[string]string{\"password\": \"hunter2!\"}\n":        true,
		"package p\n\ntype C struct{ K string `envDefault:\"x\"` }\n":                 true,
		"package p\n\nfunc f(h func() hash.Hash) { hmac.New(h, []byte(\"k3y!\")) }\n": true,
		"package p\n\nimport _ \"embed\"\n\n//go:embed k.env\nvar env string\n":       true,
		// What x/sys/unix excludes: constants, syscall stubs, prose.
		"package p\n\nconst (\n\tAF_INET = 0x2\n\tSYS_READ = 63\n)\n\nfunc read(fd int) (n int, err error) { return 0, errnoErr(\"read failed\") }\n": false,
		"package p\n\n// A password in a comment is gitleaks' business.\nvar x = 1\n":                                                                 false,
	} {
		if got := worthParsing([]byte(src)); got != want {
			t.Errorf("worthParsing(%q) = %v, want %v", src, got, want)
		}
	}
}
