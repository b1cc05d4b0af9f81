// Package wrapperorder: whether a request helper's error says the status
// for the callers that hand it on depends on every send the helper
// returns, however its declarations are ordered. Both feeds' post returns
// its own send with an error that says the status, and raw's without it:
// a 429 through raw is lost, so each feed is reported, the one whose
// caller is declared before the helpers (Early, once silent) as the other
// (Late).
package wrapperorder

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
)

const endpoint = "https://api.feed-saas.io/v1/posts"

// Early declares its API call before the helpers it goes through.
type Early struct {
	hc    *http.Client
	token string
}

func (c *Early) Send(ctx context.Context, text string) (string, error) {
	resp, err := c.post(ctx, text)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct{ ID string }
	return out.ID, json.NewDecoder(resp.Body).Decode(&out)
}

func (c *Early) post(ctx context.Context, text string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, strings.NewReader(text))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	if text == "" {
		resp, err := c.hc.Do(req) // want `^authenticated request sent by c\.hc\.Do \(1 API call\), and nothing here handles 429`
		if err != nil {
			return nil, err
		}
		if resp.StatusCode != http.StatusOK {
			return resp, fmt.Errorf("feed: %s", resp.Status)
		}
		return resp, nil
	}
	resp, err := c.raw(req)
	if err != nil {
		return resp, err
	}
	return resp, nil
}

func (c *Early) raw(req *http.Request) (*http.Response, error) {
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return resp, errors.New("feed: request failed")
	}
	return resp, nil
}

// Late declares the helpers first, its API call last: the same finding.
type Late struct {
	hc    *http.Client
	token string
}

func (c *Late) raw(req *http.Request) (*http.Response, error) {
	resp, err := c.hc.Do(req) // want `^authenticated request sent by c\.hc\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return resp, errors.New("feed: request failed")
	}
	return resp, nil
}

func (c *Late) post(ctx context.Context, text string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, strings.NewReader(text))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	if text == "" {
		resp, err := c.hc.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode != http.StatusOK {
			return resp, fmt.Errorf("feed: %s", resp.Status)
		}
		return resp, nil
	}
	resp, err := c.raw(req)
	if err != nil {
		return resp, err
	}
	return resp, nil
}

func (c *Late) Send(ctx context.Context, text string) (string, error) {
	resp, err := c.post(ctx, text)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct{ ID string }
	return out.ID, json.NewDecoder(resp.Body).Decode(&out)
}
