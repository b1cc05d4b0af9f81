package hardcodedsecret

// A mock server shipped for users' tests (mailgun-go's mock_*.go): its
// accounts are fixtures, as in a _test.go file.
type mockCredential struct {
	Login    string
	Password string
}

var mockAccounts = []mockCredential{
	{Login: "alice", Password: "alices_pa55word"},
	{Login: "bob", Password: "4rtqo4p6rrx9"},
}

type mockDomain struct{ SMTPPassword string }

var mockDomainFixture = mockDomain{SMTPPassword: "4rtqo4p6rrx9"}

// A live vendor key is a leak wherever it is.
const mockLiveKey = "sk_live_Rt5Yu6Io7Pa8Sd9Fg0Hj1Kl2Zx3Cv4Bn" // want `credlint-stripe-live-key`
