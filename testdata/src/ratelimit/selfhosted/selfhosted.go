// Package selfhosted is the client of a self-hosted server (an IPAM, a
// PowerDNS): its endpoint comes only from the user's configuration, and no
// hosted API is known to rate-limit it. Silent unless -ratelimit.selfhosted.
package selfhosted

import (
	"encoding/json"
	"net/http"
)

// devServer is a local default, not a hosted API.
const devServer = "http://localhost:8081"

type Client struct {
	hc     *http.Client
	server string
	apiKey string
}

func New(server, apiKey string) *Client {
	if server == "" {
		server = devServer
	}
	return &Client{hc: &http.Client{}, server: server, apiKey: apiKey}
}

func (c *Client) Zones() ([]string, error) {
	req, err := http.NewRequest(http.MethodGet, c.server+"/api/v1/servers/localhost/zones", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-API-Key", c.apiKey)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []string
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
