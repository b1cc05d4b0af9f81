package secretlog

import (
	"fmt"
	"os"

	"secretlog/internal/t16keys"
)

// A function of another package that prints a key only when the key's own
// shape is wrong (its length, a separator or prefix it lacks) is passed a
// key it takes: the caller is not reported, the function's package is.
func rejectedElsewhere(masterKey, salt []byte) error {
	clientKey := os.Getenv("CLIENT_SECRET")
	if _, err := t16keys.CreateContext(masterKey, salt, 16); err != nil {
		return err
	}
	if err := t16keys.NewCipher(masterKey); err != nil {
		return err
	}
	auth := "Bearer " + clientKey
	if _, err := t16keys.Scheme(auth); err != nil {
		return err
	}
	if err := t16keys.Live(clientKey); err != nil {
		return err
	}
	if _, _, err := t16keys.Pair(clientKey); err != nil {
		return err
	}
	if err := t16keys.Load(clientKey); err != nil {
		return err
	}
	return t16keys.Hex(clientKey)
}

// A key cut at a constant length for a function that compares it with a
// length it computes (the context's profile) is the caller's guess: with
// another profile the function prints it (emiago/diago's SDES key cut at
// 16 bytes). One cut at the length the caller computed, or at the
// constant the function asks for, is not.
func cutKeys(sdes, material, secret []byte, keyLen int) {
	masterKey := sdes[:16]
	_, _ = t16keys.CreateContext(masterKey, sdes[16:], keyLen)      // want `credential masterKey reaches an error message via t16keys.CreateContext`
	_, _ = t16keys.CreateContext(secret[0:16], secret[16:], keyLen) // want `credential secret reaches an error message via t16keys.CreateContext`
	_, _ = t16keys.CreateContext(sdes[:keyLen], sdes[keyLen:], keyLen)
	clientKey := material[:keyLen]
	_, _ = t16keys.CreateContext(clientKey, nil, keyLen)
	_ = t16keys.Sized(masterKey)
}

// The same package's wrappers of those functions learn nothing from them.
func openContext(masterKey []byte) error {
	_, err := t16keys.CreateContext(masterKey, nil, 16)
	return err
}

func callsOpen(apiKey string) error { return openContext([]byte(apiKey)) }

// The ones that print a key they take, or under a test of something else,
// are reported at the call.
func printedElsewhere(apiKey string, verbose bool) {
	fmt.Println(t16keys.Wrap(apiKey))                   // want `credential apiKey reaches an error message via t16keys.Wrap`
	fmt.Println(t16keys.Salted(apiKey, "0123456789ab")) // want `credential apiKey reaches an error message via t16keys.Salted`
	fmt.Println(t16keys.Mixed(apiKey))                  // want `credential apiKey reaches an error message via t16keys.Mixed`
	fmt.Println(t16keys.Accepted(apiKey))               // want `credential apiKey reaches a log line via t16keys.Accepted`
	fmt.Println(t16keys.NonEmpty(apiKey))               // want `credential apiKey reaches an error message via t16keys.NonEmpty`
	fmt.Println(t16keys.Either(apiKey, verbose))        // want `credential apiKey reaches an error message via t16keys.Either`
	fmt.Println(t16keys.TooShort(apiKey))               // want `credential apiKey reaches an error message via t16keys.TooShort`
	fmt.Println(t16keys.Reassigned(apiKey))             // want `credential apiKey reaches an error message via t16keys.Reassigned`
}

// checkLen prints what it is given when its length is wrong; in its own
// package the call is reported, since checkLen knows nothing of what it
// prints and the branch is this package's to fix.
func checkLen(s string, n int) error {
	if len(s) != n {
		return fmt.Errorf("want %d bytes, got %q", n, s)
	}
	return nil
}

func sameRejected(apiKey string) error {
	return checkLen(apiKey, 32) // want `credential apiKey reaches an error message via checkLen`
}
