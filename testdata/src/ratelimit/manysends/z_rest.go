package manysends

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// GetEntity sends on its own too, before the helper in this file.
func (c *Client) GetEntity(ctx context.Context, name string) (map[string]any, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "v1/entities/"+name)
	if err != nil {
		return nil, err
	}
	res, err := c.HTTPClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out map[string]any
	return out, json.NewDecoder(res.Body).Decode(&out)
}

func (c *Client) common(ctx context.Context, method, path string, out any) error {
	req, err := c.newRequest(ctx, method, path)
	if err != nil {
		return err
	}
	res, err := c.HTTPClient.Do(req) // want `^authenticated requests sent by c\.HTTPClient\.Do \(6 API calls\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode/100 != 2 {
		return fmt.Errorf("unexpected status %d", res.StatusCode)
	}
	return json.NewDecoder(res.Body).Decode(out)
}

func (c *Client) GetImage(ctx context.Context, ref string) (map[string]any, error) {
	var out map[string]any
	return out, c.common(ctx, http.MethodGet, "v1/images/"+ref, &out)
}

func (c *Client) GetCollection(ctx context.Context, ref string) (map[string]any, error) {
	var out map[string]any
	return out, c.common(ctx, http.MethodGet, "v1/collections/"+ref, &out)
}

func (c *Client) DeleteImage(ctx context.Context, ref string) error {
	return c.common(ctx, http.MethodDelete, "v1/images/"+ref, nil)
}

// Download follows its own redirects, over the client's connections: the
// same client, not a second finding.
func (c *Client) Download(ctx context.Context, ref string) (int64, error) {
	hc := &http.Client{
		Transport: c.HTTPClient.Transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			return http.ErrUseLastResponse
		},
		Timeout: c.HTTPClient.Timeout,
	}
	req, err := c.newRequest(ctx, http.MethodGet, "v1/imagefile/"+ref)
	if err != nil {
		return 0, err
	}
	res, err := hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	return res.ContentLength, nil
}

// A client of its own (its own Transport) is another client.
func (c *Client) Mirror(ctx context.Context, ref string) (int64, error) {
	hc := &http.Client{Transport: &http.Transport{}}
	req, err := c.newRequest(ctx, http.MethodGet, "v1/mirror/"+ref)
	if err != nil {
		return 0, err
	}
	res, err := hc.Do(req) // want `^authenticated request sent by hc\.Do \(1 API call\)`
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	return res.ContentLength, nil
}
