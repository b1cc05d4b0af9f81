// Package usesshared relies on another package of the module for 429:
// facts carry what that package's helpers do.
package usesshared

import (
	"net/http"

	"ratelimit/shared"
)

const apiURL = "https://api.files.example-saas.io"

type Checked struct {
	hc    *http.Client
	token string
}

// Files hands the response to the shared checker, which handles 429.
func (c *Checked) Files() error {
	req, _ := http.NewRequest(http.MethodGet, apiURL+"/files", nil)
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return shared.CheckResponse(resp)
}

type Retried struct {
	hc    *http.Client
	token string
}

func NewRetried(token string) *Retried {
	return &Retried{hc: shared.NewRetryingClient(), token: token}
}

func (r *Retried) Folders() (int, error) {
	req, _ := http.NewRequest(http.MethodGet, apiURL+"/folders", nil)
	req.Header.Set("Authorization", "Bearer "+r.token)
	resp, err := r.hc.Do(req)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

type Transported struct {
	hc    *http.Client
	token string
}

func NewTransported(token string) *Transported {
	return &Transported{hc: &http.Client{Transport: &shared.RetryTransport{Base: http.DefaultTransport}}, token: token}
}

func (t *Transported) Shares() (int, error) {
	req, _ := http.NewRequest(http.MethodGet, apiURL+"/shares", nil)
	req.Header.Set("Authorization", "Bearer "+t.token)
	resp, err := t.hc.Do(req)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

type Plain struct {
	hc    *http.Client
	token string
}

func NewPlain(token string) *Plain { return &Plain{hc: &http.Client{}, token: token} }

func (p *Plain) Quota() (int, error) {
	req, _ := http.NewRequest(http.MethodGet, apiURL+"/quota", nil)
	req.Header.Set("Authorization", "Bearer "+p.token)
	resp, err := p.hc.Do(req) // want `authenticated request sent by p\.hc\.Do \(1 API call\)`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
