// Package transport adds credentials in a RoundTripper: every request of a
// client built on it is authenticated.
package transport

import (
	"net/http"
)

type authTransport struct {
	token string
	base  http.RoundTripper
}

func (t *authTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	req.Header.Set("Authorization", "Bearer "+t.token)
	return t.base.RoundTrip(req)
}

type Client struct{ http *http.Client }

// DefaultBaseURL is the hosted API.
const DefaultBaseURL = "https://api.status.example-saas.io"

func New(token string) *Client {
	return &Client{http: &http.Client{Transport: &authTransport{token: token, base: http.DefaultTransport}}}
}

func (c *Client) Status(url string) (int, error) {
	resp, err := c.http.Get(url) // want `authenticated request sent by c.http.Get`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// Health uses the default client, without the transport.
func Health(url string) (int, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
