// Package local: the same client of a local server: silent.
package local

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
)

var defaultBaseURL *url.URL

func init() {
	var err error
	defaultBaseURL, err = url.Parse("http://localhost:8080")
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
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	_, err = io.Copy(w, resp.Body)
	return err
}
