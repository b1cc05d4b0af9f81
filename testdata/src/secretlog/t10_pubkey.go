package secretlog

import (
	"fmt"
	"log"

	"secretlog/internal/t10id"
)

// A value of a type documented as a public key is no credential, whatever
// its name (mautrix's crypto package logs device signing keys, id.Ed25519,
// when they do not match); a type of the same shape without that doc is
// judged by the name.
type deviceIdentity struct {
	SigningKey        t10id.SigningKey
	PrivateKey        t10id.Ed25519Private
	PrivateSigningKey t10id.Ed25519Seed
}

// localSigningKey is a device's public Ed25519 key, as stored locally.
type localSigningKey string

func compareKeys(existing *deviceIdentity, signingKey t10id.Ed25519, own localSigningKey) error {
	if existing.SigningKey != signingKey {
		log.Printf("signing key %s changed to %s", existing.SigningKey, signingKey)
		return fmt.Errorf("mismatching signing key (expected %s, got %s, own %s)", existing.SigningKey, signingKey, own)
	}
	log.Printf("private key %s", existing.PrivateKey) // want `credential PrivateKey reaches a log line`
	log.Printf("seed %s", existing.PrivateSigningKey) // want `credential PrivateSigningKey reaches a log line`
	return nil
}
