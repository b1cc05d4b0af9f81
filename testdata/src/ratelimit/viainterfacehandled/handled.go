// Package viainterfacehandled: the client's API methods, calling the
// sender through an interface, wait on a rate limiter first: silent.
package viainterfacehandled

import (
	"context"
	"fmt"
	"net/http"

	"golang.org/x/time/rate"
)

const apiBase = "https://api.mailer.example-saas.io/v3"

type doer interface {
	Call(req *http.Request) error
}

type transport struct {
	client *http.Client
	apiKey string
}

func (t *transport) Call(req *http.Request) error {
	req.Header.Set("X-Api-Key", t.apiKey)
	resp, err := t.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		return fmt.Errorf("status %d", resp.StatusCode)
	}
	return nil
}

type Client struct {
	d       doer
	limiter *rate.Limiter
}

func New(key string) *Client {
	return &Client{d: &transport{client: http.DefaultClient, apiKey: key}, limiter: rate.NewLimiter(10, 1)}
}

func (c *Client) Send(ctx context.Context) error {
	if err := c.limiter.Wait(ctx); err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, apiBase+"/send", nil)
	if err != nil {
		return err
	}
	return c.d.Call(req)
}
