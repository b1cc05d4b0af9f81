package hardcodedsecret

// An excluded test file follows the test-file policy: a live key reports,
// a context fixture does not.
const windowsTestKey = "sk_live_Tw7Ea8Sb9Tc0Ud1Ve2Wf3Xg4Yh5Zi6A" // want `credlint-stripe-live-key`

func windowsFixture() string {
	clientSecret := "7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a29"
	return clientSecret
}
