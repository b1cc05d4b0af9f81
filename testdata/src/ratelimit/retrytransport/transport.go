// Package retrytransport handles 429 in its RoundTripper: the clients
// built on it retry.
package retrytransport

import (
	"net/http"
	"time"
)

type retryTransport struct{ base http.RoundTripper }

func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	for {
		resp, err := t.base.RoundTrip(req)
		if err != nil || resp.StatusCode != http.StatusTooManyRequests {
			return resp, err
		}
		time.Sleep(time.Second)
	}
}

type Client struct {
	http  *http.Client
	token string
}

func New(token string) *Client {
	return &Client{http: &http.Client{Transport: &retryTransport{base: http.DefaultTransport}}, token: token}
}

func (c *Client) Status(req *http.Request) (int, error) {
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
