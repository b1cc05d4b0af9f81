// Package t7keys lays out where certificates and keys are stored, as
// certmagic's KeyBuilder does: its SitePrivateKey names a file.
package t7keys

import (
	"path"
	"regexp"
	"strings"
)

var unsafeChars = regexp.MustCompile(`[^\w.-]`)

type KeyBuilder struct{}

var StorageKeys KeyBuilder

func (KeyBuilder) Safe(s string) string {
	return unsafeChars.ReplaceAllLiteralString(strings.ToLower(s), "")
}

func (k KeyBuilder) SitePrefix(issuer, domain string) string {
	return path.Join("certificates", k.Safe(issuer), k.Safe(domain))
}

// SitePrivateKey returns the path of domain's private key.
func (k KeyBuilder) SitePrivateKey(issuer, domain string) string {
	safeDomain := k.Safe(domain)
	return path.Join(k.SitePrefix(issuer, domain), safeDomain+".key")
}

// SitePrivateKeyData returns the key itself.
func (k KeyBuilder) SitePrivateKeyData(domain string) string { return pemOf[k.Safe(domain)] }

var pemOf = map[string]string{}
