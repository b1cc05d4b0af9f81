package credential

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"sk_live_4eC39HqLyjWDarjtT1zdp7dc":     "sk_live_4eC3…",
		"ss_sys_k2RHZfFt4q9MIlXub1uWrth2FWkD":  "ss_sys_k2RH…",
		"as_mR3DDqzOcRs4knlzAiM5IGo3zDeO":      "as_mR3D…",
		"4b3aea42-b110-43a3-8c01-046c4dcb608e": "4b3a…",
		"ghp_5cJRXeK63TsvDRutEFgNjCfYu97IISWB": "ghp_5cJR…",
		"hunter2hunter2":                       "hun…",
		"short":                                "s…",
		"sk_live_abc":                          "sk…",
		// Long lowercase words are no vendor prefix: a quarter, at most 4.
		"volume-server-write-key":                  "volu…",
		"seaweedfs-iceberg-oauth":                  "seaw…",
		"glpat-xK3mZ9qW2rT5vB8nL1pQ":               "glpat-xK3m…",
		"xoxb-1234567890-AbCdEfGhIjKlMn":           "xoxb-1234…",
		"abc":                                      "…",
		"abcdefgh":                                 "ab…",
		"pässwörtgeheimnis":                        "päs…",
		"0123456789abcdef0123456789abcdef01234567": "0123…",
	} {
		got := Redact(in)
		if got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
		if strings.TrimSuffix(got, "…") == in {
			t.Errorf("Redact(%q) shows the whole secret", in)
		}
	}
}

func TestIsPlaceholder(t *testing.T) {
	for _, v := range []string{
		"{{API_KEY}}", "YOUR_API_TOKEN", "your-api-token-here",
		"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "as_demo_your_api_key_here",
		"mock-token-for-testing", "sk_live_abc123xyz789", "<token>",
		"${SURESEND_API_TOKEN}", "test-token-here", "sk_live_000000000000",
		"sk_live_DUMMYdummyDUMMYdummy1234", "Your_Key_Here_1234567", "REPLACE_WITH_KEY",
		"aaaaaaaaaaaaaaaa1", "sk_live_ExampleKey12345678",
		// A stand-in word before a credential word: a DSN's example.
		"MyPassword", "some-secret", "TestApiKey", "DUMMY_TOKEN", "my_pass",
		// A mask written in the value's place.
		"***", "*", "•••",
	} {
		if !IsPlaceholder(v) {
			t.Errorf("IsPlaceholder(%q) = false", v)
		}
	}
	for _, v := range []string{
		"sk_live_PirDRKgOz9uDJroI72AtLXYDRft3", "4b3aea42-b110-43a3-8c01-046c4dcb608e", "ss_sys_4XTmeRKPjAyCzOKAFDOq8dEpj0td",
		// Marker letters inside random keys are chance, not words.
		"sk_live_Q7hEre2yoUrK9dmOcK4sAmPlE8nB", "sk_live_Zq3bhere9Kt2Lm8Yourx4Np7Rs1Vw",
		"ghp_x8DemOk2TodO5mOck9yOuR4hErE7fAkE1Q2w", "sk_live_9here2Xy7Kq4Lm8Np3Rs6Tv1Wz5Ab",
		"sk_live_3your7Qz9Kp2Lm8Nx4Rt6Vw1Ys5Bc0D",
		// A sandbox key is not a placeholder for the word "test" in it.
		"sk_test_WlEBd64ZjlWxjzq8TAw4JnMz9cKD",
		// A digit, a word that is no stand-in, or more than a name.
		"MyPassw0rd", "MyPassword1", "BlueHorsePassword", "MyOwnVeryLongPassword", "Password",
	} {
		if IsPlaceholder(v) {
			t.Errorf("IsPlaceholder(%q) = true", v)
		}
	}
}

func TestIsPlaceholderFormat(t *testing.T) {
	// A vendor format whose structure holds runs (X/Twitter bearer tokens)
	// has no marker; a run alone would call it a placeholder.
	bearer := strings.Repeat("A", 22) + "MLheAAAAAAA0%2Fsk9Ql3Yx7Rt2Uv8Wn4Bc6De1Fg5Hj0Kk3Lm9Np2Qr7St4Uv8Wx1Yz6Ab3Cd5Ef7Gh9Ij"
	if IsPlaceholderFormat(bearer) || !IsPlaceholder(bearer) {
		t.Errorf("bearer token: format placeholder %v, placeholder %v; want false, true", IsPlaceholderFormat(bearer), IsPlaceholder(bearer))
	}
	for _, v := range []string{
		"as_demo_your_api_key_here", "sk_live_abc123xyz789", "sk_live_****",
		// Made-up IDs and doc keys: runs of other characters, repeated
		// words, a long word after a digit.
		"xoxa-2-511111111-31111111111-3111111111111-e039d02840a0b9379c",
		"ABSKQmVkcm9ja0FQSUtleS1EXAMPLEEXAMPLEEXAMPLE", "AKIAIOSFODNN7EXAMPLE",
		"cafebabe:deadbeef",
	} {
		if !IsPlaceholderFormat(v) {
			t.Errorf("IsPlaceholderFormat(%q) = false", v)
		}
	}
}

func TestPlausible(t *testing.T) {
	for _, v := range []string{
		"sk_live_PirDRKgOz9uDJroI72AtLXYDRft3", "Bearer as_mR3DDqzOcRs4knlzAiM5IGo3zDeO",
		"4b3aea42-b110-43a3-8c01-046c4dcb608e", "-----BEGIN RSA PRIVATE KEY-----",
		"6cbf34ead6d70f75a79315049d20a742", "AKIADFHYUAMN7TNLEGMP",
		// Random keys with fewer than two digits pass on their case mix.
		"sk_live_PirDRKgOzauDJroIbAtLXYDRftq",
	} {
		if !Plausible(v) {
			t.Errorf("Plausible(%q) = false", v)
		}
	}
	for _, v := range []string{
		"Authorization", "application/json", "https://api.suresend.ai/api/partner",
		"token must not be empty", "failed_to_connect_to_server", "short1A",
		"api_key=%s&limit=%d", "X-RateLimit-Remaining",
		"/v1/accounts", "/v1/billing/credit_balance_transactions/%s",
		"2006-01-02T15:04:05Z07:00", "GetUploadURLExternal: %w", "1515449522000016",
	} {
		if Plausible(v) {
			t.Errorf("Plausible(%q) = true", v)
		}
	}
}

func TestEntropy(t *testing.T) {
	if e := Entropy("aaaa"); e != 0 {
		t.Errorf("Entropy(aaaa) = %v", e)
	}
	if e := Entropy("abcd"); e != 2 {
		t.Errorf("Entropy(abcd) = %v", e)
	}
}

func BenchmarkPlausible(b *testing.B) {
	for b.Loop() {
		Plausible("failed to decode the response body from the people endpoint")
	}
}

func FuzzRedact(f *testing.F) {
	for _, s := range []string{"sk_live_4eC39HqLyjWDarjtT1zdp7dc", "", "a", "ключ_секретный_1234567", "ab", "sk_live_日本語日本語日本語"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := Redact(s)
		if !strings.HasSuffix(r, "…") {
			t.Fatalf("Redact(%q) = %q: no ellipsis", s, r)
		}
		shown := strings.TrimSuffix(r, "…")
		if len(s) >= 2 && len(shown) >= len(s) {
			t.Fatalf("Redact(%q) = %q shows it all", s, r)
		}
		if utf8.ValidString(s) && !utf8.ValidString(r) {
			t.Fatalf("Redact(%q) = %q: invalid UTF-8", s, r)
		}
	})
}

func FuzzClassify(f *testing.F) {
	for _, s := range []string{"apiKey", "XAPIKey", "o_auth", "x", "ΑΠΙKey", "__", "tokenURL"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ClassifyName(s)
		IsCredentialHeader(s)
		Plausible(s)
		IsPlaceholder(s)
	})
}

// FuzzIsPlaceholder: any value, multibyte included, is judged without a
// panic.
func FuzzIsPlaceholder(f *testing.F) {
	for _, s := range []string{"YOUR_API_TOKEN", "İSTANBUL_here", "ẞdummy", "AKIAIOSFODNN7EXAMPLE", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		IsPlaceholder(s)
		IsPlaceholderFormat(s)
	})
}

func TestIsConstantName(t *testing.T) {
	for v, want := range map[string]bool{
		"SCRAM-SHA-256-PLUS":                   true,
		"AES_256_GCM":                          true,
		"TLS_AES_256_GCM_SHA_384":              true,
		"SCRAM-SHA-PLUS":                       false, // no number: could be a key of capitals
		"K7F2Q-9XM4P-ZR8T1-W3B6N":              false, // groups mix letters and digits
		"550E8400-E29B-41D4-A716-446655440000": false,
		"scram-sha-256":                        false, // lower case: hex-like keys are written so
		"-SHA-256":                             false,
		"SHA--256":                             false,
		"":                                     false,
	} {
		if got := IsConstantName(v); got != want {
			t.Errorf("IsConstantName(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestIsTestSupport(t *testing.T) {
	for path, want := range map[string]bool{
		"client_test.go":                    true,
		"mock.go":                           true,
		"mock_server.go":                    true,
		"mock_domains.go":                   true,
		"client_mock.go":                    true,
		"fakes.go":                          true,
		"pkg/mocks/client.go":               true,
		"pkg/fake/server.go":                true,
		"e2e/internal/fixtures/fixtures.go": true,
		"pkg/fixtures/config.go":            true,
		"fixture_db.go":                     true,
		"fixtures/pkg/client.go":            false,
		"fixturesmith.go":                   false,
		"client.go":                         false,
		"mockery.go":                        false, // a word that starts like one
		"unmock.go":                         false,
		"mock/pkg/client.go":                false, // only the file's own directory counts
		"internal/test/helpers.go":          false,
		"internal/testutil/token.go":        true,
		"internal/testutil/gen/gen.go":      true,
		"pkg/testutils/server.go":           true,
		"internal/utilities/client.go":      false,
		"examples/webhook/main.go":          false,
		// lego's internal/tester/servermock: a tree of test helpers.
		"internal/tester/servermock/link_headers.go": true,
		"internal/testers/env.go":                    true,
		"cmd/tester.go":                              false, // a file: a connection tester is a feature
		"pkg/speedtester/run.go":                     false,
		// A directory whose first word is test, tests or testing.
		"testsetup/generate_certs.go":                     true,
		"internal/testenv/env.go":                         true,
		"testfixtures/db.go":                              true,
		"test_helpers/server.go":                          true,
		"pkg/testingSetup/setup.go":                       true,
		"tests-env/x/client.go":                           true,
		"pkg/TestUtils/client.go":                         true, // any case
		"TESTSETUP/certs.go":                              true,
		"testimonials/page.go":                            false, // one word that starts like one
		"internal/attestation/quote.go":                   false,
		"testnet/config.go":                               false,
		"pkg/testing/harness.go":                          false, // a bare testing package
		"/tmp/TestChecksums123/001/src/checksums/keys.go": false, // t.TempDir
		"/home/me/testing-area/mod/client.go":             false,
	} {
		if got := IsTestSupport(path); got != want {
			t.Errorf("IsTestSupport(%q) = %v, want %v", path, got, want)
		}
	}
}

func TestIsExample(t *testing.T) {
	for path, want := range map[string]bool{
		"examples/videotracke2ee/main.go": true,
		"/src/mod/_examples/basic.go":     true,
		"example/main.go":                 true,
		"samples/quickstart.go":           true,
		"internal/sample/reservoir.go":    false, // sampling code
		"client.go":                       false,
		"pkg/exampledata/client.go":       false,
		"examples.go":                     false, // a file of the package, not a program
	} {
		if got := IsExample(path); got != want {
			t.Errorf("IsExample(%q) = %v, want %v", path, got, want)
		}
	}
}

func TestIsTestDoubleType(t *testing.T) {
	for name, want := range map[string]bool{
		"MockKerberosClient": true, "mockBroker": true, "FakeServer": true, "StubStore": true,
		"Mock": false, "Mockery": false, "KerberosClient": false, "ClientMock": true, "ServiceStub": false, "Stubborn": false,
	} {
		if got := IsTestDoubleType(name); got != want {
			t.Errorf("IsTestDoubleType(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestIsTestDoubleFile(t *testing.T) {
	for path, want := range map[string]bool{
		"sarama/mockkerberos.go": true, "pkg/mocks/client.go": true, "x/client_fake.go": true, "fakes/server.go": true,
		"dns/resolver.go": false, "proxy/tls.go": false, "kerberos/client.go": false,
	} {
		if got := IsTestDoubleFile(path); got != want {
			t.Errorf("IsTestDoubleFile(%q) = %v, want %v", path, got, want)
		}
	}
}

func TestNoCredentialPrefix(t *testing.T) {
	for s, want := range map[string]bool{
		"error:": true, "error: ": true, "ERR: ": true, "invalid request (": true, "not found!": true,
		// A credential may start with these.
		"": false, "Bearer ": false, "Basic ": false, "token ": false, "sk_live_": false, "ghp_": false,
		"xoxb-": false, "eyJ": false, "https://": false, "user@": false, "-----BEGIN ": false,
		"password:": false, "api key: ": false, "AKIA": false, "v1.": false,
	} {
		if got := NoCredentialPrefix(s); got != want {
			t.Errorf("NoCredentialPrefix(%q) = %v, want %v", s, got, want)
		}
	}
}
