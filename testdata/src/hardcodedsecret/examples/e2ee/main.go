// Command e2ee is an example program (livekit's examples/videotracke2ee):
// a password in it is the reader's to replace, a key in a vendor's format
// is a leaked key all the same.
package main

import "fmt"

const (
	passphrase = "helloworld"
	// A key only context makes one (generic-api-key) is the example's
	// stand-in, as in a test (go-gitlab's examples: NewClient("glpat-123xyz")).
	clientSecret = "6cbf34ea9d2e4b7c8f1a0d3e5b7c9e1f"
	stripeKey    = "sk_live_PirDRKgOz9uDJroI72AtLXYDRft3" // want `hardcoded secret "sk_live_PirD…" in stripeKey: .*rule credlint-stripe-live-key`
)

func deriveKey(password string) []byte { return []byte(password) }

func main() {
	fmt.Println(len(deriveKey("helloworld")), passphrase, len(stripeKey), len(clientSecret))
}
