package hardcodedsecret

import (
	"net/http"
	"regexp"
)

// Typed string enums, as in stripe-go: the name says what the value means.
type TokenType string

const (
	TokenTypeCard        TokenType = "card"
	TokenTypeBankAccount TokenType = "bank_account"
	TokenTypeAccount     TokenType = "account_token_value_abc"
)

type SecretStatus string

const SecretStatusRotatedRecently SecretStatus = "rotated_recently_Q3"

// An enum whose value looks random but has no vendor format: no credential
// context from the constant's name.
type APIVersion string

const APIVersionLatest APIVersion = "2024-06-20.acacia9XyZ"

// Placeholders from the vendor guides.
var (
	doc1       = "{{API_KEY}}"
	apiToken1  = "YOUR_API_TOKEN"
	apiToken2  = "your-api-token-here"
	sentKeyDoc = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
	autosend   = "as_demo_your_api_key_here"
	autosend2  = "as_live_your_api_key_here"
	mockToken  = "mock-token-for-testing"
	exampleKey = "sk_live_abc123xyz789abc123xyz789"
	angle      = "Bearer <YOUR_API_TOKEN_1234>"
	envRef     = "${SURESEND_API_TOKEN}"
	redacted   = "sk_live_****************************"
	dummyKey   = "sk_live_DUMMYdummyDUMMYdummy1234"
)

// Names of keys, not keys.
const (
	AuthHeader     = "Authorization"
	SystemIDHeader = "X-System-Id"
	oauthTokenKey  = "oauth_token"
	tokenURL       = "https://api.suresend.ai/oauth/token"
	secretPath     = "/var/run/secrets/suresend/api_token"
	passwordField  = "password_confirmation"
	envVarName     = "SURESEND_API_TOKEN"
)

// Low-entropy and prose values.
var (
	password0  = "aaaaaaaaaaaaaaaa1"
	secretWord = "correct horse battery staple"
	tokenMsg   = "token must not be empty, got 0 bytes"
	apiKeyFmt  = "api_key=%s&limit=%d"
)

// A bare UUID is an identifier, not a key.
var (
	personID     = "019cf959-4d26-7e12-afd0-6dcd4ea45b11"
	requestID    = "4b1e5a7c-8d2f-4e3a-9b6c-1d0e2f3a4b5c"
	systemUUID   = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"
	lookupKeys   = map[string]string{"person": "6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d"}
	cacheKey     = "6cbf34ead6d70f75a79315049d20a742"
	checksum     = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
	commitSHA    = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"
	contentType  = "application/json; charset=utf-8"
	docsURL      = "https://docs.sent.dm/errors/AUTH_001"
	pathTemplate = "/api/partner/apiSystems/SYSTEM_UUID"
)

// A UUID sent as a non-credential header.
func trace(req *http.Request) {
	req.Header.Set("X-Request-Id", "7f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8")
}

// Struct tags and import paths are never secrets.
type Account struct {
	Token string `json:"token" validate:"required,len=32,alphanumunicode9Xy"`
}

// Comments are not code: sk_live_PirDRKgOz9uDJroI72AtLXYDRft3 in a comment
// is gitleaks' business, not a Go linter's.

// Patterns that describe keys are not keys.
var (
	stripePattern = regexp.MustCompile(`sk_live_[0-9a-zA-Z]{24}`)
	dsnPattern    = regexp.MustCompile("postgres://[a-z]+:([a-f0-9]{8})@db.internal")
)

// Vendor documentation's own stand-ins.
var (
	awsDocKey     = "AKIAIOSFODNN7EXAMPLE"
	sampleDSN     = "https://cafebabe:deadbeef@gems.contribsys.com/"
	slackSampleID = "xoxb-511111111-31111111111-3111111111111-e039d02840a0b9379c"
)

// Constant-case names in prose: an SMTP mechanism, a cipher suite. The
// generic rule sees "AUTH type: …", but the value is a name written in
// capitals, words and numbers joined by dashes or underscores.
var (
	errSCRAMPlus = newError("server does not support SMTP AUTH type: SCRAM-SHA-256-PLUS")
	errCipher    = newError("api key cipher: TLS_AES_256_GCM_SHA_384")
	// A key in capitals with mixed groups is still one.
	errLeak = newError("auth token: K7F2Q-9XM4P-ZR8T1-W3B6N") // want `hardcoded secret "K7F2…" in the argument of newError`
)

func newError(msg string) error { return nil }
