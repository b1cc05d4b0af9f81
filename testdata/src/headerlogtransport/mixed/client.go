// Package mixed has a RoundTripper that authenticates, but also sets a
// credential header outside it: its requests may carry one anywhere.
package mixed

import (
	"log"
	"net/http"
)

type tokenTransport struct {
	token string
	next  http.RoundTripper
}

func (t *tokenTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.Header.Set("Authorization", "Bearer "+t.token)
	return t.next.RoundTrip(r)
}

type Client struct {
	hc     *http.Client
	apiKey string
}

func (c *Client) Do(req *http.Request) (*http.Response, error) {
	log.Printf("request: %v", req) // want `req \(an http.Request\) reaches a log line via log.Printf`
	return c.hc.Do(req)
}

func (c *Client) call(url string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("X-Api-Key", c.apiKey)
	return c.Do(req) // want `req \(an http.Request\) reaches a log line via c.Do`
}

// logOutgoing logs any request header.
func logOutgoing(r *http.Request) {
	log.Printf("out: %v", r.Header) // want `r.Header \(http.Header\) reaches a log line via log.Printf`
}
