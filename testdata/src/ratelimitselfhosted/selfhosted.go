// Package ratelimitselfhosted is checked with -ratelimit.selfhosted: a
// client whose endpoint comes from configuration is reported too.
package ratelimitselfhosted

import (
	"encoding/json"
	"net/http"
)

type Client struct {
	hc     *http.Client
	server string
	apiKey string
}

func New(server, apiKey string) *Client {
	return &Client{hc: &http.Client{}, server: server, apiKey: apiKey}
}

func (c *Client) Zones() ([]string, error) {
	req, err := http.NewRequest(http.MethodGet, c.server+"/api/v1/servers/localhost/zones", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-API-Key", c.apiKey)
	resp, err := c.hc.Do(req) // want `^authenticated request sent by c\.hc\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []string
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
