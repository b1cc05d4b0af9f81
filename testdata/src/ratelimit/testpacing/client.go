// Package testpacing is a hosted API's client whose tests sleep between
// calls (nomad/api's tests wait for the server): a test pacing its own
// calls does not pace the client's users, so the finding, and its count,
// are the same with the tests loaded as without.
package testpacing

import (
	"context"
	"errors"
	"net/http"
)

const baseURL = "https://api.jobs.example-saas.io"

type Client struct {
	hc    *http.Client
	token string
}

func (c *Client) do(ctx context.Context, path string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURL+path, nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	res, err := c.hc.Do(req) // want `^authenticated requests sent by c\.hc\.Do \(2 API calls\), and nothing here handles 429`
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return 0, errors.New("request failed")
	}
	return res.StatusCode, nil
}

func (c *Client) Jobs(ctx context.Context) (int, error)  { return c.do(ctx, "/jobs") }
func (c *Client) Nodes(ctx context.Context) (int, error) { return c.do(ctx, "/nodes") }
