// Package manysends is a client without one request helper: most calls go
// through common(), one probe sends on its own. The finding goes to the
// send most API calls reach, whatever order the files are loaded in.
package manysends

import (
	"context"
	"encoding/json"
	"net/http"
)

const defaultBaseURL = "https://library.example-cloud.io/"

type Client struct {
	HTTPClient *http.Client
	BaseURL    string
	AuthToken  string
}

func (c *Client) newRequest(ctx context.Context, method, path string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.BaseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.AuthToken)
	return req, nil
}

func New(token string) *Client {
	return &Client{HTTPClient: http.DefaultClient, BaseURL: defaultBaseURL, AuthToken: token}
}

// GetVersion sends on its own.
func (c *Client) GetVersion(ctx context.Context) (string, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "version")
	if err != nil {
		return "", err
	}
	res, err := c.HTTPClient.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var v struct{ Version string }
	return v.Version, json.NewDecoder(res.Body).Decode(&v)
}
