package secretlog

import (
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"strings"

	"golang.org/x/oauth2"
)

// An ambiguous name (token, key, auth, code, signature, nonce) is a
// credential only when the package says so: it is read from a credential
// source or used as one.

// dnsProvider is an ACME DNS provider: token is the challenge's token,
// public by design, and nothing in the package sends it as a credential.
type dnsProvider struct {
	apiURL    string
	recordIDs map[string]string
}

func (d *dnsProvider) Present(domain, token, keyAuth string) error {
	if _, ok := d.recordIDs[token]; ok {
		return fmt.Errorf("dns: record for %s (token %s) already exists", domain, token)
	}
	log.Printf("[%s] acme: presenting token %s", domain, token)
	d.recordIDs[token] = domain
	return nil
}

func (d *dnsProvider) CleanUp(domain, token, keyAuth string) error {
	id, ok := d.recordIDs[token]
	if !ok {
		return fmt.Errorf("dns: unknown record ID for '%s' '%s'", domain, token)
	}
	return errors.New("dns: cannot delete " + id + " for token " + token)
}

type challenge struct {
	Token string
	URL   string
}

func (d *dnsProvider) describe(ch challenge, code, signature, nonce, key string) {
	log.Printf("challenge %+v", ch)
	log.Printf("challenge token %s at %s", ch.Token, ch.URL)
	log.Printf("authorization code %s, state nonce %s", code, nonce)
	log.Printf("webhook signature %s", signature)
	log.Printf("cache key %s", key)
}

// Provably empty: the message shows nothing.
func checkConfig(password, apiKey string, cfg Config) error {
	if password == "" {
		return fmt.Errorf("password %q is empty", password)
	}
	if apiKey == "" || len(cfg.ClientSecret) == 0 {
		log.Printf("missing credentials: key=%q secret=%q", apiKey, cfg.ClientSecret)
	}
	if apiKey != "" {
		return nil
	} else {
		return fmt.Errorf("api key %q not set", apiKey)
	}
}

// Corroborated: the same names, used as credentials by the package.
type restClient struct {
	base  string
	token string
	auth  string
}

func (c *restClient) do(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("X-LSW-Auth", c.auth)
}

func (c *restClient) debug() {
	log.Printf("client token %s", c.token) // want `credential token reaches a log line via log.Printf`
	log.Printf("client auth %s", c.auth)   // want `credential auth reaches a log line via log.Printf`
	log.Printf("client %+v", c)            // want `c is printed whole, with its credential field token`
}

func basicAuth(req *http.Request, user, key string) {
	req.SetBasicAuth(user, key)
	log.Printf("basic auth for %s with %s", user, key) // want `credential key reaches a log line`
}

func vendorHeaders(req *http.Request, pdd, code string) {
	req.Header.Set("PddToken", pdd)
	req.Header.Add("AuthorizationToken", code)
	log.Println("pdd", pdd)   // want `credential pdd reaches a log line`
	log.Println("code", code) // want `credential code reaches a log line`
}

func gitRemote(u *url.URL, token string) {
	u.User = url.UserPassword("x-access-token", token)
	log.Printf("pushing with %s", token) // want `credential token reaches a log line`
}

func tokenSource(token string) oauth2.TokenSource {
	log.Printf("static token %s", token) // want `credential token reaches a log line`
	return oauth2.StaticTokenSource(&oauth2.Token{AccessToken: token})
}

type sdkConfig struct{ APIKey string }

func newSDK(apiKey string) *sdkConfig { return &sdkConfig{APIKey: apiKey} }

func useAPIToken(t string) func(*sdkConfig) { return func(c *sdkConfig) { c.APIKey = t } }

func configure(key, tok string) {
	_ = newSDK(key)
	_ = useAPIToken(tok)
	log.Print("key ", key) // want `credential key reaches a log line`
	log.Print("tok ", tok) // want `credential tok reaches a log line`
}

// Read from a credential source: the environment, a credential field.
func fromSources(cfg *sdkConfig) {
	token := os.Getenv("DIGITALOCEAN_ACCESS_TOKEN")
	key := cfg.APIKey
	log.Printf("token %s", token) // want `credential os.Getenv\("DIGITALOCEAN_ACCESS_TOKEN"\) reaches a log line`
	log.Printf("key %s", key)     // want `credential APIKey reaches a log line`
}

// Tokens that are never credentials, whatever the package does.
func notCredentials(csrfToken, idempotencyKey, pageToken, publicKey, keyID, keyName, challengeToken, verificationToken string) {
	log.Printf("csrf %s idem %s page %s", csrfToken, idempotencyKey, pageToken)
	log.Printf("public key %s id %s name %s", publicKey, keyID, keyName)
	log.Printf("challenge %s verification %s", challengeToken, verificationToken)
}

// Names about a credential.
func aboutCredentials(encryptedPassword, cryptedPassword, hashedPassword, passwordHash, saltedPassword string) {
	log.Printf("%s %s %s %s %s", encryptedPassword, cryptedPassword, hashedPassword, passwordHash, saltedPassword)
}

// A path to a key file is not the key, whatever the variable it was read
// from is called; a constructor named ...Credentials takes a project name.
type tlsFiles struct{ KeyFile, CertFile string }

func defaultTLS() tlsFiles { return tlsFiles{KeyFile: os.Getenv("CONSUL_CLIENT_KEY")} }

func showTLS(c tlsFiles) error {
	return fmt.Errorf("cannot load %s and %s", c.KeyFile, c.CertFile)
}

type gcloudProvider struct{ project string }

func NewDNSProviderCredentials(project string) *gcloudProvider {
	return &gcloudProvider{project: project}
}

func (d *gcloudProvider) zone(id string) error {
	return fmt.Errorf("zone %q in project %q not found", id, d.project)
}

// A password cut out of a URL's authority is a credential; the host cut
// out of the same authority is not (net/url's parseAuthority).
func parseAuthority(authority string) (*url.Userinfo, string, error) {
	i := strings.LastIndex(authority, "@")
	if i < 0 {
		return nil, authority, nil
	}
	userinfo := authority[:i]
	username, password, _ := strings.Cut(userinfo, ":")
	host := authority[i+1:]
	if host == "" {
		return nil, "", fmt.Errorf("empty host in %q", host)
	}
	if strings.Contains(host, "/") {
		return nil, "", fmt.Errorf("bad host %q", host)
	}
	log.Printf("user %s password %s", username, password) // want `credential password reaches a log line`
	return url.UserPassword(username, password), host, nil
}

// A header literal corroborates the ambiguous name it carries.
func headerLiteral(token, page string) http.Header {
	log.Printf("page %s with %s", page, token) // want `credential token reaches a log line`
	return http.Header{"Authorization": {"Bearer " + token}, "X-Page": {page}}
}
