// Package varendpoint: the hosted API's address is a package variable
// parsed in init (tailscale's defaultBaseURL), and the sending function
// gets the request made elsewhere: the variable is the evidence.
package varendpoint

import (
	"errors"
	"io"
	"net/http"
	"net/url"
)

var defaultBaseURL *url.URL

func init() {
	var err error
	defaultBaseURL, err = url.Parse("https://api.varhost-saas.io")
	if err != nil {
		panic(err)
	}
}

type Client struct {
	BaseURL *url.URL
	APIKey  string
	HTTP    *http.Client
}

func (c *Client) buildRequest(path string) (*http.Request, error) {
	base := c.BaseURL
	if base == nil {
		base = defaultBaseURL
	}
	req, err := http.NewRequest(http.MethodGet, base.JoinPath(path).String(), nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.APIKey, "")
	return req, nil
}

func (c *Client) StreamLogs(w io.Writer) error {
	req, err := c.buildRequest("/api/v2/logs/stream")
	if err != nil {
		return err
	}
	return c.stream(req, w)
}

func (c *Client) stream(req *http.Request, w io.Writer) error {
	resp, err := c.HTTP.Do(req) // want `^authenticated request sent by c\.HTTP\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New("request failed")
	}
	_, err = io.Copy(w, resp.Body)
	return err
}
