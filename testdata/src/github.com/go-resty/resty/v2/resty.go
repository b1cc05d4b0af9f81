// Package resty is a minimal stub of github.com/go-resty/resty/v2 for
// credlint's analysistest suites: only the signatures the checks match.
package resty

import "net/http"

type Client struct{}

type Request struct{}

type Response struct{ RawResponse *http.Response }

func New() *Client { return &Client{} }

func (c *Client) R() *Request                                  { return &Request{} }
func (c *Client) SetHeader(header, value string) *Client       { return c }
func (c *Client) SetHeaders(headers map[string]string) *Client { return c }
func (c *Client) SetAuthToken(token string) *Client            { return c }
func (c *Client) SetAuthScheme(scheme string) *Client          { return c }
func (c *Client) SetBasicAuth(username, password string) *Client {
	return c
}
func (c *Client) SetBaseURL(url string) *Client   { return c }
func (c *Client) SetRetryCount(count int) *Client { return c }

func (r *Request) SetHeader(header, value string) *Request       { return r }
func (r *Request) SetHeaders(headers map[string]string) *Request { return r }
func (r *Request) SetAuthToken(token string) *Request            { return r }
func (r *Request) SetAuthScheme(scheme string) *Request          { return r }
func (r *Request) SetBasicAuth(username, password string) *Request {
	return r
}
func (r *Request) SetResult(res any) *Request         { return r }
func (r *Request) Get(url string) (*Response, error)  { return nil, nil }
func (r *Request) Post(url string) (*Response, error) { return nil, nil }
func (r *Request) Execute(method, url string) (*Response, error) {
	return nil, nil
}

func (r *Response) StatusCode() int     { return 0 }
func (r *Response) Header() http.Header { return nil }
func (r *Response) Body() []byte        { return nil }
