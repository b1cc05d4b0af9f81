// Package api is an internal client: its HTTP client comes from the
// parent package, which decides whether it retries.
package api

import (
	"encoding/json"
	"net/http"
)

const baseURL = "https://api.maps.example-saas.io"

type Client struct {
	hc    *http.Client
	token string
}

func New(hc *http.Client, token string) *Client { // want New:`client of c.hc.Do in api \(1 API call\) from parameter 0`
	return &Client{hc: hc, token: token}
}

func (c *Client) Places() ([]string, error) {
	req, _ := http.NewRequest(http.MethodGet, baseURL+"/places", nil)
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req) // judged where New is called
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []string
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
