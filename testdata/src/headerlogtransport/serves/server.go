// Package serves authenticates its client in a RoundTripper, but also
// serves HTTP: a request it logs may be an incoming one with the caller's
// credentials.
package serves

import (
	"log"
	"net/http"
)

type authTransport struct {
	key  string
	next http.RoundTripper
}

func (t *authTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.Header.Set("Authorization", "Bearer "+t.key)
	logOut(r) // want `r \(an http.Request\) reaches a log line via logOut`
	return t.next.RoundTrip(r)
}

func logOut(r *http.Request) {
	log.Printf("out: %v", r) // want `r \(an http.Request\) reaches a log line via log.Printf`
}

func handle(w http.ResponseWriter, r *http.Request) {
	logRequest(r)
}

func logRequest(r *http.Request) {
	log.Printf("in: %v", r.Header) // want `r.Header \(http.Header\) reaches a log line via log.Printf`
}
