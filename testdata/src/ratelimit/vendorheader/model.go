package vendorheader

import (
	"net/http"
	"os"
)

// "Authenticated" means what the package-wide credential model says, the
// same for every check: a header of a neutral name carries a credential
// when the package puts one into its value anywhere, and an ambiguous name
// (a bare key or token) that nothing corroborates is no credential.

type Session struct {
	hc      *http.Client
	session string
}

// NewSession fills the neutral field session from an API key.
func NewSession() *Session {
	return &Session{hc: http.DefaultClient, session: os.Getenv("VENDOR_API_KEY")}
}

func (s *Session) Zones() (int, error) {
	req, _ := http.NewRequest(http.MethodGet, endpoint+"/zones", nil)
	req.Header.Set("X-Session", s.session)
	resp, err := s.hc.Do(req) // want `authenticated request sent by s\.hc\.Do \(1 API call\)`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// Idempotent sends an idempotency token, which nothing uses as a
// credential.
type Idempotent struct {
	hc    *http.Client
	token string
}

func (c *Idempotent) Post() (int, error) {
	req, _ := http.NewRequest(http.MethodPost, endpoint+"/orders", nil)
	req.Header.Set("X-Dedup", c.token)
	resp, err := c.hc.Do(req) // silent: not authenticated
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
