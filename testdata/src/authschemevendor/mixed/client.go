// Package mixed talks to Sure Send and to Sent, whose guide wants its key
// in x-api-key: a bare token here may be for either, so nothing says Bearer.
package mixed

import "net/http"

const (
	sureSendURL = "https://api.suresend.ai/api/partner"
	sentURL     = "https://api.sent.dm/v3"
)

type Client struct {
	apiToken string
	hc       *http.Client
}

func (c *Client) send(url string) (*http.Response, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", c.apiToken)
	return c.hc.Do(req)
}

// A look-alike host is not the vendor's.
const lookalike = "https://api.suresend.ai.example.com/"
