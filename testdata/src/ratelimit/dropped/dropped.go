// Package dropped has request helpers that return the response only on
// success: every error status becomes an error without the response, so
// no caller can see a 429 or its Retry-After.
package dropped

import (
	"errors"
	"fmt"
	"net/http"
)

const baseURL = "https://api.tickets.example-saas.io"

type Client struct {
	hc    *http.Client
	token string
}

// Do returns the response on success only.
func (c *Client) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req) // want `^c\.hc\.Do in Do returns the response only on success: an error status becomes an error without the response, so callers never see 429 Too Many Requests or Retry-After \(1 API call\): keep the status and headers in a typed error, or handle 429 here: wait as Retry-After says when present, else back off exponentially, with capped attempts$`
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		resp.Body.Close()
		return nil, fmt.Errorf("tickets: %s", resp.Status)
	}
	return resp, nil
}

// APIError keeps the response: the caller can read 429 and Retry-After.
type APIError struct{ Response *http.Response }

func (e *APIError) Error() string { return e.Response.Status }

type Keeper struct {
	hc    *http.Client
	token string
}

func (k *Keeper) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+k.token)
	resp, err := k.hc.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		return nil, &APIError{Response: resp}
	}
	return resp, nil
}

// Handler drops other errors but deals with 429 itself.
type Handler struct {
	hc    *http.Client
	token string
}

var ErrRateLimited = errors.New("rate limited")

func (h *Handler) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+h.token)
	resp, err := h.hc.Do(req)
	if err != nil {
		return nil, err
	}
	switch {
	case resp.StatusCode == http.StatusTooManyRequests:
		return nil, fmt.Errorf("%w: retry after %s", ErrRateLimited, resp.Header.Get("Retry-After"))
	case resp.StatusCode >= 400:
		return nil, errors.New(resp.Status)
	}
	return resp, nil
}

// Headers hands the caller the status and the headers: Retry-After is kept.
type StatusError struct {
	Code   int
	Header http.Header
}

func (e *StatusError) Error() string { return fmt.Sprint(e.Code) }

type Headers struct {
	hc    *http.Client
	token string
}

func (h *Headers) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+h.token)
	resp, err := h.hc.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		return nil, &StatusError{Code: resp.StatusCode, Header: resp.Header}
	}
	return resp, nil
}
