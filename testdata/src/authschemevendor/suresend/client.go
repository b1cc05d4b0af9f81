// Package suresend talks to Sure Send's Partner API only, whose guide
// requires "Authorization: Bearer YOUR_API_TOKEN".
package suresend

import "net/http"

const baseURL = "https://api.suresend.ai/api/partner"

type Client struct {
	apiToken string
	hc       *http.Client
}

func (c *Client) people() (*http.Response, error) {
	req, err := http.NewRequest("GET", baseURL+"/people", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", c.apiToken) // want `apiToken is sent bare`
	return c.hc.Do(req)
}
