// Package withcontext: each operation comes twice, X and XWithContext, the
// first handing its arguments to the second with context.Background():
// one API call each, not two.
package withcontext

import (
	"context"
	"errors"
	"net/http"
)

const baseURL = "https://api.service.example.io"

type Client struct {
	hc    *http.Client
	token string
}

func (c *Client) do(ctx context.Context, path string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURL+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req) // want `^authenticated requests sent by c\.hc\.Do \(4 API calls\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New("request failed")
	}
	return nil
}

func (c *Client) GetUserWithContext(ctx context.Context, id string) error {
	return c.do(ctx, "/users/"+id)
}

// GetUser is GetUserWithContext: not another API call.
func (c *Client) GetUser(id string) error {
	return c.GetUserWithContext(context.Background(), id)
}

func (c *Client) ListUsersWithContext(ctx context.Context) error {
	return c.ListUsersWithOptions(ctx, nil)
}

// ListUsersWithOptions is the one call ListUsers and ListUsersWithContext
// both come down to.
func (c *Client) ListUsersWithOptions(ctx context.Context, opts *ListOptions) error {
	path := "/users"
	if opts != nil {
		path += "?page=" + opts.Page
	}
	return c.do(ctx, path)
}

type ListOptions struct{ Page string }

func (c *Client) ListUsers() error {
	return c.ListUsersWithContext(context.Background())
}

// DeleteUser is one line over the exported Fetch, but passes a path of its
// own: an operation of its own, counted (as Fetch is).
func (c *Client) DeleteUser(id string) error {
	return c.Fetch(context.Background(), "/users/"+id+"/delete")
}

func (c *Client) Fetch(ctx context.Context, path string) error {
	return c.do(ctx, path)
}
