// Package clientaccessor: the methods of an API client send through an
// accessor of its HTTP client (p.Client(), falling back to the default
// client), each from its own method: one client, one finding.
package clientaccessor

import (
	"errors"
	"net/http"
)

const apiURL = "https://api.repos-saas.io/2.0"

type Provider struct {
	HTTPClient *http.Client
	apiKey     string
}

func (p *Provider) Client() *http.Client {
	if p.HTTPClient != nil {
		return p.HTTPClient
	}
	return http.DefaultClient
}

func (p *Provider) get(path string) error {
	req, err := http.NewRequest(http.MethodGet, apiURL+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+p.apiKey)
	resp, err := p.Client().Do(req) // want `^authenticated requests sent by p\.Client\(\)\.Do \(2 API calls\)`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New("request failed")
	}
	return nil
}

func (p *Provider) Repos() error { return p.get("/repositories") }

// Emails sends on its own, through the same accessor: the same client.
func (p *Provider) Emails() error {
	req, err := http.NewRequest(http.MethodGet, apiURL+"/user/emails", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+p.apiKey)
	resp, err := p.Client().Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New("request failed")
	}
	return nil
}
