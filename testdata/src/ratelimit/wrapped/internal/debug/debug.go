// Package debug decorates a client (lego's clientdebug.Wrap): it logs the
// requests and sends them through the client it was given.
package debug

import (
	"log"
	"net/http"
)

type logging struct{ next http.RoundTripper }

func (l logging) RoundTrip(req *http.Request) (*http.Response, error) {
	log.Println(req.Method, req.URL.Path)
	return l.next.RoundTrip(req)
}

func Wrap(c *http.Client) *http.Client {
	next := c.Transport
	if next == nil {
		next = http.DefaultTransport
	}
	return &http.Client{Transport: logging{next: next}, Timeout: c.Timeout}
}
