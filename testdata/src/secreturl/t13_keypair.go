package secreturl

import (
	"net/http"
	"net/url"
)

// An OAuth provider names its client ID ClientKey beside the client's
// Secret (goth's lark, lastfm, wecom providers): the ID travels in the
// authorize URL by design, the secret beside it is the credential.
type pairProvider struct {
	ClientKey string
	Secret    string
}

func (p *pairProvider) authorizeURL(base string) string {
	q := url.Values{}
	q.Add("app_id", p.ClientKey)
	q.Add("api_key", p.ClientKey)
	return base + "?" + q.Encode()
}

func (p *pairProvider) tokenURL(base string) string {
	q := url.Values{}
	q.Add("appid", p.ClientKey)
	q.Add("corpsecret", p.Secret) // want `credential Secret is put into a URL query \(parameter "corpsecret"\)`
	return base + "?" + q.Encode()
}

// A client key with no secret beside it is a key of its own (a TLS
// client's, a vendor's API key).
type keyOnly struct {
	ClientKey  string
	ClientCert string
}

func (k *keyOnly) query(req *http.Request) {
	q := req.URL.Query()
	q.Set("key", k.ClientKey) // want `credential ClientKey is put into a URL query`
	req.URL.RawQuery = q.Encode()
}

// TikTok calls its client ID client_key: the value's name says it is an
// identifier; the client secret in the same query is what is reported.
type oauthConf struct {
	ClientID     string
	ClientSecret string
}

func tokenRequest(req *http.Request, c *oauthConf) {
	v := url.Values{}
	v.Add("client_key", c.ClientID)
	v.Add("client_secret", c.ClientSecret) // want `credential ClientSecret is put into a URL query \(parameter "client_secret"\)`
	req.URL.RawQuery = v.Encode()
}
