package secretlog

import (
	"log"
	"net/http"
	"path"
	"regexp"
	"strings"

	"go.uber.org/zap"

	"secretlog/internal/t7keys"
)

// certmagic's HTTP-01 solver: the ACME key authorization (token "."
// account-key thumbprint) is the proof the CA asks for, served on purpose.
type acmeChallenge struct {
	Token            string
	KeyAuthorization string
}

func serveKeyAuth(w http.ResponseWriter, ch acmeChallenge) {
	w.Write([]byte(ch.KeyAuthorization))
}

func logKeyAuth(keyAuth string) {
	log.Printf("presenting %s", keyAuth)
}

// An API key used for authorization is still one.
type keyAuthorizer struct {
	APIKeyAuthorization string
}

func serveAPIKeyAuth(w http.ResponseWriter, a keyAuthorizer) {
	w.Write([]byte(a.APIKeyAuthorization)) // want `credential APIKeyAuthorization reaches an HTTP response via w.Write`
}

// certmagic's KeyBuilder: a method named for a private key whose every
// return is a storage path names where the key lives.
type keyBuilder struct{ prefix string }

var unsafeChars = regexp.MustCompile(`[^\w.-]`)

// safe drops what a file name must not hold.
func (k keyBuilder) safe(s string) string {
	return unsafeChars.ReplaceAllLiteralString(strings.ToLower(s), "")
}

func (k keyBuilder) sitePrefix(issuer, domain string) string {
	return path.Join(k.prefix, k.safe(issuer), k.safe(domain))
}

func (k keyBuilder) SitePrivateKey(issuer, domain string) string {
	safeDomain := k.safe(domain)
	return path.Join(k.sitePrefix(issuer, domain), safeDomain+".key")
}

func removeCompromised(logger *zap.Logger, k keyBuilder, domain string) {
	storageKey := k.SitePrivateKey("acme", domain)
	compromised := storageKey + ".compromised"
	logger.Info("removed compromised key", zap.String("storage_path", compromised))
}

// A getter named for a private key that returns the key is one.
type keyStore struct{ pem string }

func (k keyStore) SitePrivateKey(domain string) string {
	return k.pem
}

func dumpKey(logger *zap.Logger, k keyStore) {
	logger.Info("key", zap.String("pem", k.SitePrivateKey("example.com"))) // want `credential SitePrivateKey\(\) reaches a log line via zap.String`
}

// The same layout in another package: its path getter's fact says so.
func removeCompromisedElsewhere(logger *zap.Logger, domain string) {
	storageKey := t7keys.StorageKeys.SitePrivateKey("acme", domain)
	logger.Info("removed compromised key", zap.String("storage_path", storageKey))
	logger.Info("key", zap.String("pem", t7keys.StorageKeys.SitePrivateKeyData(domain))) // want `credential SitePrivateKeyData\(\) reaches a log line via zap.String`
}
