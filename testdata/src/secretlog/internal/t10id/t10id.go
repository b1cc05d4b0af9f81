// Package t10id declares key types as mautrix's id package does.
package t10id

// Ed25519 is the base64 representation of an Ed25519 public key.
type Ed25519 string

// SigningKey is what Matrix calls a device's Ed25519 key.
type SigningKey = Ed25519

func (k Ed25519) String() string { return string(k) }

// Ed25519Private is a device's private Ed25519 key, base64.
type Ed25519Private string

// Ed25519Seed is the private seed a device's public key is made from.
type Ed25519Seed string
