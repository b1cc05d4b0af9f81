// Package hostproto builds its base URL from a protocol and a host
// constant, as linodego does: the constant host is the evidence.
package hostproto

import (
	"fmt"
	"net/http"
)

const (
	APIHost    = "api.cloud.example-hosting.io"
	APIProto   = "https"
	APIVersion = "v4"
)

type Client struct {
	hc      *http.Client
	base    string
	apiKey  string
	verbose bool
}

func New(apiKey string) *Client {
	return &Client{hc: &http.Client{}, base: fmt.Sprintf("%s://%s/%s", APIProto, APIHost, APIVersion), apiKey: apiKey}
}

func (c *Client) Instances() (int, error) {
	req, err := http.NewRequest(http.MethodGet, c.base+"/linode/instances", nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("X-LSW-Auth", c.apiKey) // a vendor header: its value is the credential
	resp, err := c.hc.Do(req)              // want `authenticated request sent by c\.hc\.Do \(1 API call\)`
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
