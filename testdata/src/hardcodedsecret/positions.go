package hardcodedsecret

import (
	"fmt"
	"net/http"
)

type Config struct {
	APIKey   string
	Endpoint string
}

// Struct literal field.
var cfg = Config{
	APIKey:   "sk_live_8fQ2LmZx4Rt7Vw9Yb3Nc6Kd1Pg5Hs0Ja", // want `in APIKey: .*credlint-stripe-live-key`
	Endpoint: "https://api.suresend.ai/api/partner",
}

// Map literal, keyed by header name.
var headers = map[string]string{
	"X-Api-Key":   "0f8e6d4c-2b1a-4c9e-8d7f-6e5d4c3b2a19", // want `in X-Api-Key: .*credlint-uuid-api-key`
	"X-System-Id": "ss_sys_Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0L",  // want `credlint-suresend-system-id`
}

func request() *http.Request {
	req, _ := http.NewRequest("GET", "https://api.suresend.ai/api/partner/people", nil)
	// Call argument, in a concatenation.
	req.Header.Set("Authorization", "Bearer "+"sk_live_Zp9Xo8Ci7Vu6Bt5Nr4Me3Lw2Kq1Jy0Ha") // want `in Authorization: .*credlint-stripe-live-key`
	// The whole header value as one literal.
	req.Header.Add("Authorization", "Bearer as_Tg5Hy6Uj7Ik8Ol9Pa0Sd1Fg2Hj3Kl4") // want `"as_Tg5H…" in Authorization`
	// A UUID set as the x-api-key header.
	req.Header.Set("x-api-key", "9c8b7a65-4321-4fed-9cba-0987654321ab") // want `credlint-uuid-api-key`
	return req
}

// Parameter name gives the context.
func NewClient(apiKey string) *Config { return &Config{APIKey: apiKey} }

var client = NewClient("7d6c5b4a-3f2e-4d1c-9b8a-7f6e5d4c3b2a") // want `in the apiKey argument of NewClient: .*credlint-uuid-api-key`

// Assignment to a field and to a map entry.
func assign(c *Config, m map[string]string) {
	c.APIKey = "sk_live_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv" // want `in APIKey`
	m["apiKey"] = "3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b"  // want `in apiKey: .*credlint-uuid-api-key`
}

// Comparison against a credential.
func isAdmin(token string) bool {
	return token == "sk_live_Wx3Yz4Ab5Cd6Ef7Gh8Ij9Kl0Mn1Op2Qr" // want `in token`
}

// Return value of a function named for a secret.
func apiToken() string {
	return "ghp_Lm9Nb8Vc7Xz6As5Df4Gh3Jk2Lq1Wp0OiUyTr" // want `in apiToken: .*rule github-pat`
}

// Conversion to []byte keeps the binding.
var signingKey = []byte("sk_live_Pq7Rs8Tu9Vw0Xy1Za2Bc3De4Fg5Hi6Jk") // want `in signingKey`

// Formatting a literal key into a message is still a hardcoded key.
var msg = fmt.Sprintf("key=%s", "sk_live_Jk6Hg5Fd4Sa3Lp2Ok1Ij9Uh8Yg7Tf6R") // want `in the argument of fmt.Sprintf: .*credlint-stripe-live-key`

// A literal in a call chain is named by its method, not by the chain:
// the written form would quote the chain's arguments, raw strings and all.
type spec struct{}

func newSpec() *spec                      { return &spec{} }
func (s *spec) Summary(string) *spec      { return s }
func (s *spec) Example(_, _ string) *spec { return s }

var chained = newSpec().Summary(`Receive messages.

Many lines of documentation.`).Example("title", "sk_live_Zq8Xw7Ce6Vr5Bt4Ny3Mu2Ki1Lo0Pa9S") // want `in the argument of \(\*spec\)\.Example: .*credlint-stripe-live-key`
