package cleartext

import "testing"

func TestCleartextURL(t *testing.T) {
	for _, tc := range []struct {
		s       string
		partial bool
		want    string // origin, "" when not reported
	}{
		{"http://api.example.com/v1", false, "http://api.example.com"},
		{"HTTP://API.EXAMPLE.COM", false, "http://API.EXAMPLE.COM"},
		{"http://api.example.com", true, "http://api.example.com"},
		{"http://api.example.com:8080?x=1", false, "http://api.example.com:8080"},
		{"http://user:pw@api.example.com/", false, "http://api.example.com"},
		{"http://", true, ""},
		{"http://api", true, ""},
		{"https://api.example.com", false, ""},
		{"http://localhost:8080", false, ""},
		{"http://app.localhost/", false, ""},
		{"http://127.0.0.2/", false, ""},
		{"http://[::1]:80/", false, ""},
		{"http://0.0.0.0:80/", false, ""},
		{"http://169.254.169.254/latest", false, ""},
		{"http://[::ffff:127.0.0.1]:8080/", false, ""},
		{"http://[fe80::1]/", false, ""},
		{"http://10.0.0.1:80/", false, "http://10.0.0.1:80"},
		{"http://[2001:db8::1]:443/", false, "http://[2001:db8::1]:443"},
		{"http://127.0.0.1.example.com/", false, "http://127.0.0.1.example.com"},
		{"ftp://example.com", false, ""},
	} {
		u, ok := cleartext(tc.s, tc.partial)
		if got := map[bool]string{true: u.origin, false: ""}[ok]; got != tc.want {
			t.Errorf("cleartext(%q, %v) = %q, want %q", tc.s, tc.partial, got, tc.want)
		}
	}
}
