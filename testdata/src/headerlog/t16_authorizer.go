package headerlog

import (
	"fmt"
	"log"
	"net/http"
)

// A function that attaches the package's credential to the request it
// receives: its callers hand it requests without one, so a dump before
// the attachment shows none (mailjet-apiv3-go's doRequest logs the
// headers, core.go:233, one line before req.SetBasicAuth).

type mjClient struct {
	http            *http.Client
	request         *http.Request
	headers         map[string]string
	public, private string
	apiKey          string
}

func mjDebugRequest(req *http.Request) {
	if req != nil {
		log.Printf("Method used is: %s\n", req.Method)
		log.Printf("Header is: %s\n", req.Header)
	}
}

// Send keeps whatever request its caller built.
func (c *mjClient) Send(req *http.Request) *mjClient {
	c.request = req
	return c
}

// With binds the user's extra headers.
func (c *mjClient) With(headers map[string]string) *mjClient {
	c.headers = headers
	return c
}

func (c *mjClient) Call() error {
	if c.request == nil {
		return fmt.Errorf("request is nil")
	}
	for key, value := range c.headers {
		c.request.Header.Add(key, value)
	}
	resp, err := c.doRequest(c.request)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *mjClient) doRequest(req *http.Request) (*http.Response, error) {
	if req == nil {
		return nil, fmt.Errorf("req is nil")
	}
	log.Printf("sending %v", req.Header) // silent: before SetBasicAuth
	mjDebugRequest(req)
	req.SetBasicAuth(c.public, c.private)
	log.Printf("sent %v", req.Header) // want `req.Header \(http.Header\) reaches a log line`
	return c.http.Do(req)
}

// Positives: a caller attaches a credential before it hands the request
// over, or hands it to a helper that may.

func (c *mjClient) sendKeyed(req *http.Request) (*http.Response, error) {
	req.Header.Set("X-Api-Key", c.apiKey)
	return c.doSigned(req)
}

func (c *mjClient) sendHelped(req *http.Request) (*http.Response, error) {
	c.prepare(req)
	return c.doSigned(req)
}

func (c *mjClient) prepare(req *http.Request) {
	req.Header.Set("Accept", "application/json")
}

func (c *mjClient) doSigned(req *http.Request) (*http.Response, error) {
	log.Printf("headers %v", req.Header) // want `req.Header \(http.Header\) reaches a log line`
	req.SetBasicAuth(c.public, c.private)
	return c.http.Do(req)
}

// An exported method's callers are outside the package: they may pass
// anything.
func (c *mjClient) Do(req *http.Request) (*http.Response, error) {
	log.Printf("headers %v", req.Header) // want `req.Header \(http.Header\) reaches a log line`
	req.SetBasicAuth(c.public, c.private)
	return c.http.Do(req)
}

// A method value: callers unknown.
func (c *mjClient) doValue(req *http.Request) (*http.Response, error) {
	log.Printf("headers %v", req.Header) // want `req.Header \(http.Header\) reaches a log line`
	req.SetBasicAuth(c.public, c.private)
	return c.http.Do(req)
}

func (c *mjClient) sender() func(*http.Request) (*http.Response, error) {
	return c.doValue
}

// A function that attaches nothing after the dump is no authorizer: its
// callers' requests may carry theirs.
func (c *mjClient) doPlain(req *http.Request) (*http.Response, error) {
	log.Printf("headers %v", req.Header) // want `req.Header \(http.Header\) reaches a log line`
	return c.http.Do(req)
}

func (c *mjClient) callPlain(req *http.Request) (*http.Response, error) {
	return c.doPlain(req)
}
