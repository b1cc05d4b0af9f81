// Package ratelimitederror: a client whose error type tells its callers
// about 429 (a RateLimited method) hands rate limiting to them, and so
// does one whose error carries the status in an exported field.
package ratelimitederror

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

const apiEndpoint = "https://api.incidents.example-saas.io"

// APIError is returned for every error status; callers test RateLimited.
type APIError struct {
	StatusCode int
	Message    string
}

func (a APIError) Error() string { return fmt.Sprintf("HTTP %d: %s", a.StatusCode, a.Message) }

// RateLimited reports whether the API answered 429 Too Many Requests.
func (a APIError) RateLimited() bool { return a.StatusCode == http.StatusTooManyRequests }

type Client struct {
	HTTPClient *http.Client
	authToken  string
}

func (c *Client) do(ctx context.Context, method, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, apiEndpoint+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Token token="+c.authToken)
	resp, err := c.HTTPClient.Do(req)
	return c.checkResponse(resp, err)
}

func (c *Client) checkResponse(resp *http.Response, err error) (*http.Response, error) {
	if err != nil {
		return resp, err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		defer resp.Body.Close()
		return nil, c.errorFrom(resp)
	}
	return resp, nil
}

func (c *Client) errorFrom(resp *http.Response) APIError {
	var e APIError
	_ = json.NewDecoder(resp.Body).Decode(&e)
	e.StatusCode = resp.StatusCode
	return APIError{StatusCode: resp.StatusCode, Message: e.Message}
}

func (c *Client) ListIncidents(ctx context.Context) ([]string, error) {
	resp, err := c.do(ctx, http.MethodGet, "/incidents")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []string
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

func (c *Client) ListServices(ctx context.Context) ([]string, error) {
	resp, err := c.do(ctx, http.MethodGet, "/services")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []string
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

// StatusError carries the status only: Retry-After is gone, but a caller
// tells 429 apart (errors.As) and backs off.
type StatusError struct{ Code int }

func (s *StatusError) Error() string { return fmt.Sprintf("status %d", s.Code) }

type Events struct {
	hc  *http.Client
	key string
}

func (e *Events) Send(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, apiEndpoint+"/v2/enqueue", nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-Routing-Key", e.key)
	resp, err := e.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted {
		return &StatusError{Code: resp.StatusCode}
	}
	return nil
}
