package secretlog

import (
	"crypto/sha256"
	"fmt"
	"log"
	"net/http"
	"strings"
)

type page struct {
	NextPageToken string
	Items         []string
}

type Token struct {
	value string
}

func (t Token) String() string { return "Token(…)" }

type authConfig struct {
	TokenURL   string
	TokenType  string
	SecretName string
}

// None of these show a secret.
func lookAlikes(token, tokenURL, tokenType, secretName, pageToken, nextToken, continuationToken, syncToken, csrfToken string, p page, t Token, cfg authConfig, r *http.Request) {
	log.Printf("token length %d", len(token))
	log.Printf("token set: %v", token != "")
	log.Printf("token sha256 %x", sha256.Sum256([]byte(token)))
	log.Printf("token %s", redact(token))
	log.Printf("token %s", maskSecret(token))
	log.Printf("token %s", hashToken(token))
	log.Printf("token %s", obfuscate(token))
	scheme := strings.SplitN(r.Header.Get("Authorization"), " ", 2)[0]
	log.Printf("scheme %s", scheme)
	parts := strings.Fields(r.Header.Get("Authorization"))
	log.Printf("scheme %s", parts[0])
	s, _, _ := strings.Cut(r.Header.Get("Authorization"), " ")
	log.Printf("scheme %s", s)
	log.Printf("fetching token from %s (%s)", tokenURL, tokenType)
	log.Printf("secret %s not found", secretName)
	log.Printf("next page %s %s %s %s", pageToken, nextToken, continuationToken, syncToken)
	log.Printf("page %s", p.NextPageToken)
	log.Printf("page %+v", p)
	log.Printf("csrf field %s", csrfToken)
	log.Printf("token %v", t)
	log.Printf("auth config %+v", cfg)
	log.Printf("token is a %T", token)
	log.Print("Authorization header missing")
	_ = fmt.Errorf("token expired")
	log.Printf("token is %d bytes", len(token))
	flags := map[string]string{"preview_is_truncated": "true"}
	truncated := flags["preview_is_truncated"]
	log.Print(truncated)
}

func redact(s string) string     { return s[:4] + "…" }
func maskSecret(s string) string { return "****" }
func hashToken(s string) string  { return fmt.Sprintf("%x", sha256.Sum256([]byte(s))) }
func obfuscate(s string) string  { return "…" }

type auditEntry struct {
	HashedToken string
	Actor       string
}

type permissions struct {
	CodespacesSecrets *string
	Secrets           *string
}

// Names that look like secrets but hold a hash or a permission level.
func notSecrets(e auditEntry, p permissions) {
	log.Printf("audit %+v", e)
	log.Printf("permissions %+v", p)
	log.Print(e.HashedToken)
	log.Print(*p.Secrets)
}
