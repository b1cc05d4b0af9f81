// Package perclient has two clients of a hosted API: one finding each, at
// the function that sends, with the number of API calls that reach it.
package perclient

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
)

const defaultBaseURL = "https://api.people.example-saas.io/v2"

type Client struct {
	hc      *http.Client
	baseURL string
	token   string
}

func New(token string) *Client {
	return &Client{hc: &http.Client{}, baseURL: defaultBaseURL, token: token}
}

// do is the client's request helper: every API call goes through it.
func (c *Client) do(ctx context.Context, method, path string, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req) // want `^authenticated requests sent by c\.hc\.Do \(3 API calls\), and nothing here handles 429 Too Many Requests: on 429 wait as Retry-After says when present, else back off exponentially, with capped attempts; or return the status and headers to the caller in a typed error, or use a retrying client \(hashicorp/go-retryablehttp\)$`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		return errors.New("request failed")
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

type Person struct{ ID, Name string }

func (c *Client) ListPeople(ctx context.Context) ([]Person, error) {
	var out []Person
	return out, c.do(ctx, http.MethodGet, "/people", &out)
}

func (c *Client) GetPerson(ctx context.Context, id string) (*Person, error) {
	var p Person
	return &p, c.do(ctx, http.MethodGet, "/people/"+id, &p)
}

func (c *Client) DeletePerson(ctx context.Context, id string) error {
	return c.do(ctx, http.MethodDelete, "/people/"+id, nil)
}

// Billing is a second client of the package: a finding of its own.
type Billing struct {
	hc  *http.Client
	key string
}

func (b *Billing) Invoices(ctx context.Context) (int, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, defaultBaseURL+"/invoices", nil)
	req.Header.Set("X-Api-Key", b.key)
	resp, err := b.hc.Do(req) // want `^authenticated request sent by b\.hc\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

func (b *Billing) refund(ctx context.Context, id string) (int, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, defaultBaseURL+"/refunds/"+id, nil)
	req.Header.Set("X-Api-Key", b.key)
	resp, err := b.hc.Do(req) // the same client as Invoices: one finding, there
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
