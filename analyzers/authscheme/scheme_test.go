package authscheme

import "testing"

func TestCheckHeader(t *testing.T) {
	for _, tc := range []struct {
		text    string
		hasRest bool
		strict  bool
		fixed   string // "" when no finding
	}{
		{"Bearer ", true, false, ""},
		{"bearer ", true, false, "Bearer "},
		{"BEARER ", true, false, "Bearer "},
		{"Bearer", true, false, "Bearer "},
		{"Bearer\t", true, false, "Bearer "},
		{"Bearer   ", true, false, "Bearer "},
		{"  Bearer ", true, false, "Bearer "},
		{"Bearer bearer ", true, false, "Bearer "},
		{"Bearer:", true, false, "Bearer "},
		{"Authorization: bearer ", true, false, "Bearer "},
		{"bearer abc.def", false, false, "Bearer abc.def"},
		{"Bearer", false, false, ""}, // a constant "Bearer" alone is not a header value we can judge
		{"Basic ", true, false, ""},
		{"Basic", true, false, "Basic "},
		{"token ", true, false, ""},
		{"sk_", true, false, ""},
		{"Digest username=", true, true, ""},
		{"AWS4-HMAC-SHA256 Credential=", true, true, ""},
	} {
		f, ok := checkHeader(tc.text, tc.hasRest, tc.strict)
		if got := map[bool]string{true: f.fixed, false: ""}[ok]; got != tc.fixed {
			t.Errorf("checkHeader(%q, %v) fixed %q, want %q (%s)", tc.text, tc.hasRest, got, tc.fixed, f)
		}
	}
	if _, ok := checkHeader("token ", true, true); !ok {
		t.Error(`strict: "token " not reported`)
	}
}

func TestCheckAuthScheme(t *testing.T) {
	for s, want := range map[string]string{"Bearer": "", "bearer": "Bearer", " Bearer": "Bearer", "Token": "", "Basic": ""} {
		f, ok := checkAuthScheme(s, false)
		if got := map[bool]string{true: f.fixed, false: ""}[ok]; got != want {
			t.Errorf("checkAuthScheme(%q) fixed %q, want %q", s, got, want)
		}
	}
}
