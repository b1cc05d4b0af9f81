// Package wrapped builds its internal client: with a retrying client it
// handles 429; with a plain one the finding is here, where it is built,
// once for the package however many calls give one (google's
// cloud.google.com/go/auth hands one client to the same internal provider
// from five credential constructors).
package wrapped

import (
	"net/http"

	"github.com/hashicorp/go-retryablehttp"
	"ratelimit/wrapped/internal/api"
	"ratelimit/wrapped/internal/debug"
)

func New(token string) *api.Client {
	return api.New(retryablehttp.NewClient().StandardClient(), token)
}

func NewPlain(token string) *api.Client {
	return api.New(&http.Client{}, token) // want `^the client given to api\.New \(here and at 1 other call\) sends authenticated requests by c\.hc\.Do in api \(1 API call\), and nothing handles 429 Too Many Requests: give it a retrying client \(hashicorp/go-retryablehttp's StandardClient\) or a transport that waits as Retry-After says when present, else backs off exponentially, with capped attempts$`
}

// WithClient passes its caller's client on: the caller decides.
func WithClient(hc *http.Client, token string) *api.Client {
	return api.New(hc, token)
}

// A decorator keeps the retries of the client it wraps (lego's constellix:
// clientdebug.Wrap(retryClient.StandardClient())).
func NewDebug(token string) *api.Client {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 5
	return api.New(debug.Wrap(rc.StandardClient()), token)
}

// A decorated plain client retries nothing: it is one of the calls the
// package's one finding counts.
func NewDebugPlain(token string) *api.Client {
	return api.New(debug.Wrap(&http.Client{}), token) // the other call NewPlain's finding counts
}
