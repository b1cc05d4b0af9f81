// Package single gives the internal client a plain client at one call: the
// finding names no other call.
package single

import (
	"net/http"

	"ratelimit/wrapped/internal/api"
)

func New(token string) *api.Client {
	return api.New(http.DefaultClient, token) // want `^the client given to api\.New sends authenticated requests by c\.hc\.Do in api \(1 API call\), and nothing handles 429`
}
