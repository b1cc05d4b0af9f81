package ratelimit

import "testing"

func TestHosted(t *testing.T) {
	for _, tc := range []struct {
		s      string
		host   bool // a host is named
		public bool // … of a hosted API
	}{
		{"https://api.github.com/", true, true},
		{"api.linode.com", true, true},
		{"https://eu.api.ovh.com/1.0", true, true},
		{"http://localhost:8081", true, false},
		{"http://127.0.0.1:8200/v1", true, false},
		{"http://169.254.169.254/latest/meta-data/", true, false},
		{"https://vault.service.consul.internal", true, false},
		{"https://api.example.com/v1", true, false},
		{"/v1/people", false, false},
		{"application/json", false, false},
		{"Bearer %s", false, false},
		{"ftp://files.example-saas.io", false, false},
	} {
		h, ok := hostOf(tc.s)
		if ok != tc.host || (ok && publicHost(h) != tc.public) {
			t.Errorf("%q: host %q %v, public %v; want %v, %v", tc.s, h, ok, ok && publicHost(h), tc.host, tc.public)
		}
	}
}

func TestCredentialEndpoint(t *testing.T) {
	for s, want := range map[string]bool{
		"https://api.x.io/oauth/token": true,
		"/oauth2/token":                true,
		"https://issuer.x.io/.well-known/openid-configuration": true,
		"https://sts.amazonaws.com/?Action=AssumeRole":         true,
		"rest/auth/1/session":                                  true,
		"/health":                                              true,
		"/v4/profile/tokens":                                   false,
		"https://api.zerossl.com/acme/eab-credentials":         true,
		"/v1/session_credentials":                              true,
		"/acme/eab-credentials-email":                          true,
		"/v1/credentials":                                      false,
		"/v1/credentials-report":                               false,
		"/v1/people":                                           false,
		"https://api.x.io/v2/authors":                          false,
	} {
		if got := credentialEndpoint(s); got != want {
			t.Errorf("credentialEndpoint(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestAsideName(t *testing.T) {
	for name, want := range map[string]bool{
		"fetchToken": true, "Ping": true, "HealthCheck": true, "getAssumeRoleCredentials": true,
		"ListTokens": false, "Token": false, "mapping": false, "ListPeople": false, "do": false,
	} {
		if got := asideName(name); got != want {
			t.Errorf("asideName(%q) = %v, want %v", name, got, want)
		}
	}
}
