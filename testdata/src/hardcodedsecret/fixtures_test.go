package hardcodedsecret

import "testing"

// In tests, a live vendor-format key is still a leak...
const liveInTest = "sk_live_Xc4Vb5Nm6Qw7Er8Ty9Ui0Op1As2Df3Gh" // want `credlint-stripe-live-key`

// ...but sandbox keys, UUID keys and generic high-entropy values are fixtures.
const (
	sandboxFixture = "sk_test_Hj4Kl5Zx6Cv7Bn8Mq9Wr0Ty1Ui2Op3As"
	uuidFixture    = "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d"
)

func TestClient(t *testing.T) {
	apiKey := "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
	clientSecret := "6cbf34ead6d70f75a79315049d20a742"
	_, _ = apiKey, clientSecret
}
