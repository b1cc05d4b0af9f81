package hardcodedsecret

import "testing"

// In tests, a live vendor-format key is still a leak...
const liveInTest = "sk_live_Xc4Vb5Nm6Qw7Er8Ty9Ui0Op1As2Df3Gh" // want `credlint-stripe-live-key`

// ...but sandbox keys, UUID keys, generic high-entropy values and material
// tests make for themselves (signed JWTs, private keys) are fixtures.
const (
	sandboxFixture = "sk_test_Hj4Kl5Zx6Cv7Bn8Mq9Wr0Ty1Ui2Op3As"
	uuidFixture    = "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d"
	tokenString    = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
	testKeyPEM     = `-----BEGIN RSA PRIVATE KEY-----
MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu
KUpRKfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQJAIJLixBy2qpFoS4DSmoEm
o3qGy0t6z09AIJtH+5OeRV1be+N4cDYJKffGzDa88vQENZiRm0GRq6a+HPGQMd2k
TQIhAKMSvzIBnni7ot/OSie2TmJLY4SwTQAevXysE2RbFDYdAiEBCUEaRQnMnbp7
9mxDXDf6AU0cN/RPBjb9qSHDcWZHGzUCIG2Es59z8ugGrDY+pxLQnwfotadxd+Uy
v/Ow5T0q5gIJAiEAyS4RaI9YG8EWx/2w0T67ZUVAw8eOMB6BIUg0Xcu+3okCIBOs
/5OiPgoTdSy7bcF9IGpSE8ZgGKzgYQVZeN97YE00
-----END RSA PRIVATE KEY-----`
)

func TestClient(t *testing.T) {
	apiKey := "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
	clientSecret := "6cbf34ead6d70f75a79315049d20a742"
	_, _ = apiKey, clientSecret
}

// Passwords and DSNs in tests are fixtures.
const testPassword = "hunter2!"

var testDSN = "postgres://app:pgS3cret@localhost:5432/app"

// A webhook URL whose IDs are runs of one character is a test's stand-in
// (shoutrrr's Teams tests); gitleaks' rule has no secretGroup, so the
// secret it yields is a fragment ("8444-") and the whole value is judged.
const (
	fakeTeamsWebhook = "https://test.webhook.office.com/webhookb2/11111111-4444-4444-8444-cccccccccccc@22222222-4444-4444-8444-cccccccccccc/IncomingWebhook/33333333012222222222333333333344/44444444-4444-4444-8444-cccccccccccc"
	realTeamsWebhook = "https://contoso.webhook.office.com/webhookb2/e277fdce-45ac-44e7-9659-fab85cf814bc@968f2dbc-1aa5-4122-aef0-84e666502c76/IncomingWebhook/44b0749a6c5912ec995e4329d642c07d/b22c3ea6-b9c7-4c67-9545-70c7ede6fd19" // want `microsoft-teams-webhook`
)
