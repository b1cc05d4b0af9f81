package credential

import (
	"slices"
	"testing"
)

func TestClassifyName(t *testing.T) {
	tests := map[NameKind][]string{
		Secret: {
			"token", "apiKey", "APIKey", "api_key", "x-api-key", "clientSecret",
			"password", "Passwd", "privateKey", "accessToken", "refresh_token",
			"bearer", "systemID", "SystemId", "SURESEND_API_TOKEN", "SENT_API_KEY",
			"AUTOSEND_API_KEY", "secretKey", "credentials", "apiKeyValue",
			"tokenStr", "authorization", "XAPIKey", "signingKey", "jwt", "oauthToken",
			"APIKeyPrivate", "SecretKeyValue", "apiKeyPrivateValue", "clientSecretV2",
			"accessTokenV2", "SECRET_KEY_LIVE", "apiKeyPrimary",
			// The token kinds qualify only a token, and only just before it.
			"lockPassword", "lockTokenSecret", "lockServiceToken",
			// An authorization by a qualified key is no ACME proof.
			"APIKeyAuthorization", "secretKeyAuthorization",
			// What is taken from a credential is named before "from".
			"passwordFromToken", "apiKeyFromCredentials",
		},
		About: {
			"tokenURL", "TokenType", "secretName", "secretPath", "passwordField",
			"apiKeyHeader", "tokenKey", "passwordHash", "GITHUB_TOKEN_URL",
			"tokenEndpoint", "secretRef", "apiKeyID", "tokenExpiry",
		},
		Plain: {
			"pageToken", "nextToken", "NextPageToken", "continuationToken",
			"syncToken", "csrfToken", "cacheKey", "keyName", "key", "id",
			"systemUUID", "personID", "tokenizer", "name", "", "hasToken",
			"monkey", "keyboard", "validateCookieSecret", "checkAPIKey",
			// A trailing qualifier needs a strong credential phrase before it.
			"APIKeyPublic", "publicKeyPrivate", "tokenV2", "keyPrivate",
			"isAPIKeyV2", "pageTokenV2", "cacheKeyPrimary", "APIKeyPublicV2",
			// ACME's key authorization is served to the CA on purpose.
			"KeyAuthorization", "keyAuth", "key_authorization",
			// A token of another kind: a lock's, a lease's, a cancellation's.
			"lock-token", "SDNLockToken", "Lock-Token", "leaseToken", "fencingToken",
			"cancellationToken", "cancelTokens",
			// A claim taken from a token is no token.
			"extractIssuerFromJWT", "userFromToken", "expiryFromAccessToken",
		},
	}
	for want, names := range tests {
		for _, n := range names {
			if got := ClassifyName(n); got != want {
				t.Errorf("ClassifyName(%q) = %v, want %v", n, got, want)
			}
		}
	}
}

func TestSplitWords(t *testing.T) {
	for in, want := range map[string][]string{
		"XAPIKey":            {"x", "api", "key"},
		"APIKey":             {"api", "key"},
		"SURESEND_API_TOKEN": {"suresend", "api", "token"},
		"x-system-id":        {"x", "system", "id"},
		"clientSecretV2":     {"client", "secret", "v"},
		"OAuthToken":         {"oauth", "token"},
	} {
		if got := splitWords(in); !slices.Equal(got, want) {
			t.Errorf("splitWords(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsCredentialHeader(t *testing.T) {
	for _, h := range []string{"Authorization", "authorization", "X-Api-Key", "x-api-key", "X-System-Id", "Cookie", "Proxy-Authorization", "X-Auth-Token"} {
		if !IsCredentialHeader(h) {
			t.Errorf("IsCredentialHeader(%q) = false", h)
		}
	}
	for _, h := range []string{"Content-Type", "X-Request-Id", "X-RateLimit-Limit", "Retry-After", "X-Csrf-Token", "Accept"} {
		if IsCredentialHeader(h) {
			t.Errorf("IsCredentialHeader(%q) = true", h)
		}
	}
}

func TestNameStrength(t *testing.T) {
	strong := []string{"password", "pw", "pwd", "secret", "apiKey", "api_key", "accessToken",
		"refreshToken", "bearer", "privateKey", "clientSecret", "credentials", "cred",
		"authToken", "systemID", "githubToken", "botToken", "userToken2", "SURESEND_API_TOKEN",
		"APIKeyPrivate", "accessTokenV2"}
	weak := []string{"token", "Token", "tokens", "tokenValue", "acmeToken", "deviceToken"}
	neither := []string{"key", "code", "signature", "nonce", "challengeToken", "verificationToken",
		"csrfToken", "pageToken", "encryptedPassword", "cryptedPassword", "hashedPassword",
		"passwordHash", "tokenURL", "publicKey", "keyID", "idempotencyKey", "stateToken",
		"APIKeyPublic", "tokenV2"}
	for _, n := range strong {
		if !IsStrongName(n) || IsWeakName(n) {
			t.Errorf("%q: strong %v, weak %v; want a strong name", n, IsStrongName(n), IsWeakName(n))
		}
	}
	for _, n := range weak {
		if !IsWeakName(n) || IsStrongName(n) {
			t.Errorf("%q: strong %v, weak %v; want a weak name", n, IsStrongName(n), IsWeakName(n))
		}
	}
	for _, n := range neither {
		if IsWeakName(n) || IsStrongName(n) {
			t.Errorf("%q: strong %v, weak %v; want no credential name", n, IsStrongName(n), IsWeakName(n))
		}
	}
}

func TestCredentialHeaderLike(t *testing.T) {
	for _, h := range []string{"Authorization", "X-Api-Key", "X-LSW-Auth", "AuthorizationToken", "PddToken", "X-Auth-Key", "Token", "X-Storage-Key", "apiKey"} {
		if !credentialHeaderLike(h) {
			t.Errorf("credentialHeaderLike(%q) = false", h)
		}
	}
	for _, h := range []string{"Content-Type", "X-Request-Id", "X-Csrf-Token", "Idempotency-Key", "X-Auth-Email", "X-Page-Token", "Accept", "key", "Key", "id", "targetingKey", "cacheKey"} {
		if credentialHeaderLike(h) {
			t.Errorf("credentialHeaderLike(%q) = true", h)
		}
	}
}

func TestIsFixtureName(t *testing.T) {
	for _, n := range []string{"DemoToken", "exampleAPIKey", "testPassword", "fakeSecret", "mockToken", "sampleKey", "dummy_password", "TEST_API_KEY"} {
		if !IsFixtureName(n) {
			t.Errorf("IsFixtureName(%q) = false", n)
		}
	}
	for _, n := range []string{"latestToken", "attestationKey", "contestSecret", "apiKey", "demonstrableToken", "Token"} {
		if IsFixtureName(n) {
			t.Errorf("IsFixtureName(%q) = true", n)
		}
	}
}

func TestNamesOtherValue(t *testing.T) {
	for _, c := range []struct {
		param, value string
		want         bool
	}{
		{"key", "prefix", true},
		{"key", "objectPath", true},
		{"key", "key", false},
		{"key", "mapsKey", false},
		{"key", "apiKey", false},
		{"key", "value", false},
		{"key", "v", false},
		{"key", "token", false},
		{"api_key", "prefix", false}, // unambiguous parameter
	} {
		if got := NamesOtherValue(c.param, c.value); got != c.want {
			t.Errorf("NamesOtherValue(%q, %q) = %v, want %v", c.param, c.value, got, c.want)
		}
	}
}

func TestIsSchemeName(t *testing.T) {
	for name, want := range map[string]bool{
		"TokenType": true, "token_type": true, "authScheme": true, "scheme": true, "AuthType": true,
		"type": false, "contentType": false, "AccessToken": false, "schemeless": false,
	} {
		if got := IsSchemeName(name); got != want {
			t.Errorf("IsSchemeName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestIsBearerName(t *testing.T) {
	for name, want := range map[string]bool{
		"accessToken": true, "AccessToken": true, "bearerToken": true, "bearer": true,
		"oauthToken": true, "OAuthToken": true, "idToken": true, "jwt": true,
		"GITHUB_ACCESS_TOKEN": true, "accessTokenValue": true, "OIDC_TOKEN": true,
		// Vendors take these bare or issue them with their own scheme.
		"apiKey": false, "token": false, "authToken": false, "apiToken": false,
		"DISCORD_TOKEN": false, "key": false, "secret": false,
		// About a bearer token, not one.
		"accessTokenURL": false, "bearerHeader": false, "idTokenType": false,
	} {
		if got := IsBearerName(name); got != want {
			t.Errorf("IsBearerName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestIsBearerTag(t *testing.T) {
	for tag, want := range map[string]bool{
		`json:"access_token"`:               true,
		`json:"id_token,omitempty"`:         true,
		`yaml:"access_token"`:               true,
		`json:"token"`:                      false,
		`json:"token_type"`:                 false,
		`json:"refresh_token"`:              false,
		`xml:"access_token" json:"accessT"`: false,
		``:                                  false,
	} {
		if got := IsBearerTag(tag); got != want {
			t.Errorf("IsBearerTag(%q) = %v, want %v", tag, got, want)
		}
	}
}

func TestIsBearerVendor(t *testing.T) {
	for name, want := range map[string]bool{
		"SURESEND_API_TOKEN": true, "AUTOSEND_API_KEY": true, "SENDOOK_API_KEY": true,
		"SENT_API_TOKEN": false, "SURESENDX_TOKEN": false, "MY_SURESEND_TOKEN": false, "": false,
	} {
		if got := IsBearerVendorEnv(name); got != want {
			t.Errorf("IsBearerVendorEnv(%q) = %v, want %v", name, got, want)
		}
	}
	for host, want := range map[string]bool{
		"api.suresend.ai": true, "API.AutoSend.com": true, "app.suresend.ai": false,
		"api.suresend.ai.evil.example": false, "api.sent.dm": false, "": false,
	} {
		if got := IsBearerVendorHost(host); got != want {
			t.Errorf("IsBearerVendorHost(%q) = %v, want %v", host, got, want)
		}
	}
}

func TestIsCredentialParam(t *testing.T) {
	for _, p := range []string{"access_token", "auth_token", "api_token", "bearer_token", "session_token",
		"refresh_token", "id_token", "private_token", "x-auth-token", "token", "api_key", "key", "pass"} {
		if !IsCredentialParam(p) {
			t.Errorf("IsCredentialParam(%q) = false", p)
		}
	}
	for _, p := range []string{"lock-token", "lock_token", "cancellation_token", "page_token", "csrf_token",
		"challenge_token", "idempotency_key", "verification_token", "sync_token", "next_token"} {
		if IsCredentialParam(p) {
			t.Errorf("IsCredentialParam(%q) = true", p)
		}
	}
}
