// Package clientauth authenticates in a RoundTripper only (dnsimple-go's
// shape): its requests hold no credential outside RoundTrip.
package clientauth

import (
	"fmt"
	"log"
	"net/http"
	"net/http/httputil"
)

type BasicAuthTransport struct {
	Username, Password string
	Transport          http.RoundTripper
	Debug              bool
}

func (t *BasicAuthTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	req2 := cloneRequest(req)
	req2.SetBasicAuth(t.Username, t.Password)
	if t.Debug {
		log.Printf("sending %v", req2) // want `req2 \(an http.Request\) reaches a log line via log.Printf`
	}
	return t.Transport.RoundTrip(req2)
}

func cloneRequest(r *http.Request) *http.Request {
	r2 := new(http.Request)
	*r2 = *r
	r2.Header = make(http.Header, len(r.Header))
	for k, s := range r.Header {
		r2.Header[k] = append([]string(nil), s...)
	}
	return r2
}

type Client struct {
	HTTP  *http.Client
	Debug bool
}

func (c *Client) NewRequest(method, url string) (*http.Request, error) {
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Add("User-Agent", "clientauth/1.0")
	return req, nil
}

// Do is exported, and logs the request it is given: no code of this
// package attaches a credential before the transport.
func (c *Client) Do(req *http.Request) (*http.Response, error) {
	if c.Debug {
		log.Printf("Executing request (%v): %#v", req.URL, req)
		dump, _ := httputil.DumpRequestOut(req, false)
		log.Printf("%s", dump)
	}
	return c.HTTP.Do(req)
}

func (c *Client) get(path string) (*http.Response, error) {
	req, err := c.NewRequest("GET", path)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}

func (c *Client) Fail(req *http.Request) error {
	return fmt.Errorf("request %v failed", req)
}
