// Package main generates the certificates the tests use (pgx's
// testsetup): a directory whose first word is "test" is test support, so
// the password it encrypts a test key with is a fixture; a live vendor key
// is a leaked key all the same.
package main

func writeEncryptedPrivateKey(path string, key []byte, password string) error { return nil }

func main() {
	_ = writeEncryptedPrivateKey("pgx_sslcert.key", nil, "certpw")
}

const stripeKey = "sk_live_PirDRKgOz9uDJroI72AtLXYDRft3" // want `hardcoded secret "sk_live_PirD…" in stripeKey: .*rule credlint-stripe-live-key`
