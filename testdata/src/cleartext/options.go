package cleartext

import (
	"crypto/tls"
	"net/http"
)

// A functional option the user calls to turn verification off (proxmox's
// WithInsecureSkipVerify) is an opt-in, as `if cfg.Insecure` is.
type Option func(*Client)

func NewWithOptions(token string, opts ...Option) *Client {
	c := &Client{http: &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()}, token: token}
	for _, o := range opts {
		o(c)
	}
	return c
}

func WithInsecureSkipVerify() Option {
	return func(c *Client) {
		c.http.Transport.(*http.Transport).TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
		c.rebuild()
	}
}

// rebuild sets the client's credential on its default request: the
// option's function reaches a function that writes a credential header.
func (c *Client) rebuild() *http.Request {
	req, _ := http.NewRequest(http.MethodGet, "https://api.example.com/me", nil)
	req.Header.Set("Authorization", "Bearer "+c.token)
	return req
}

func (c *Client) SetInsecure(on bool) {
	c.http.Transport.(*http.Transport).TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	c.rebuild()
	_ = on
}

// Named for it, but it takes the credential too: a constructor, reported.
func NewInsecureWithToken(token string) *Client {
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}} // want `InsecureSkipVerify: true on a client that sends credentials`
	return &Client{http: &http.Client{Transport: tr}, token: token}
}

// An option not named for it that turns verification off for everyone.
func WithTimeouts(token string) Option {
	return func(c *Client) {
		c.token = token
		c.http.Transport.(*http.Transport).TLSClientConfig = &tls.Config{InsecureSkipVerify: true} // want `InsecureSkipVerify: true on a client that sends credentials`
	}
}
