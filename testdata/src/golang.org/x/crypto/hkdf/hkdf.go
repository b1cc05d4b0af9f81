// Package hkdf is a stub of golang.org/x/crypto/hkdf for the tests.
package hkdf

import (
	"hash"
	"io"
)

// New returns a Reader from which keys can be read.
func New(hash func() hash.Hash, secret, salt, info []byte) io.Reader { return nil }
