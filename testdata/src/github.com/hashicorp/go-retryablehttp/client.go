// Package retryablehttp is a minimal stub of
// github.com/hashicorp/go-retryablehttp for credlint's analysistest suites.
package retryablehttp

import "net/http"

type Request struct{ *http.Request }

type Client struct{ RetryMax int }

type RoundTripper struct{ Client *Client }

func (rt *RoundTripper) RoundTrip(req *http.Request) (*http.Response, error) { return nil, nil }

func NewClient() *Client { return &Client{} }

func NewRequest(method, url string, rawBody any) (*Request, error) { return nil, nil }

func (c *Client) Do(req *Request) (*http.Response, error) { return nil, nil }

func (c *Client) StandardClient() *http.Client {
	return &http.Client{Transport: &RoundTripper{Client: c}}
}
