// Package calldepth: the hosted address is only in newRequest, two calls
// below Session and three below Upload, which calls Session first. The
// client is judged hosted whichever of the two the check meets first (it
// once depended on the order of a map walk).
package calldepth

import (
	"io"
	"net/http"
)

type Client struct {
	hc    *http.Client
	token string
}

func (c *Client) do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.token)
	return c.hc.Do(req) // want `^authenticated requests sent by c\.hc\.Do \(2 API calls\), and nothing here handles 429`
}

func (c *Client) newRequest(method, path string) (*http.Request, error) {
	return http.NewRequest(method, "https://api.example-cloud.io"+path, nil)
}

func (c *Client) prepare(path string) (*http.Request, error) {
	return c.newRequest(http.MethodPost, path)
}

// Session opens an upload session.
func (c *Client) Session() (string, error) {
	req, err := c.prepare("/session")
	if err != nil {
		return "", err
	}
	res, err := c.do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return string(b), err
}

// Upload opens a session, then sends to the address it names.
func (c *Client) Upload(body io.Reader) (string, error) {
	id, err := c.Session()
	if err != nil {
		return "", err
	}
	req, err := http.NewRequest(http.MethodPut, id, body)
	if err != nil {
		return "", err
	}
	res, err := c.do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return string(b), err
}
