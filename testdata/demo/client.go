package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"time"
)

const (
	baseURL = "https://api.suresend.ai/api/partner"

	// Header names, not credentials: credlint must stay silent here.
	authHeader     = "Authorization"
	systemIDHeader = "X-System-Id"
)

// Person is a contact in Sure Send CRM.
type Person struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email"`
}

// Client talks to the Sure Send Partner API.
type Client struct {
	http     *http.Client
	token    string
	systemID string
}

// NewClient returns a client that authenticates with token.
func NewClient(token, systemID string) *Client {
	return &Client{
		http:     &http.Client{Timeout: 10 * time.Second},
		token:    token,
		systemID: systemID,
	}
}

// ListPeople returns up to limit people.
func (c *Client) ListPeople(ctx context.Context, limit int) ([]Person, error) {
	// MISTAKE (secreturl): the token travels in the query string, where
	// access logs, proxies and browser history keep it.
	url := fmt.Sprintf("%s/people?limit=%d&api_token=%s", baseURL, limit, c.token)

	// MISTAKE (secretlog): the token is written to the log.
	log.Printf("GET /people with token %s", c.token)

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	// MISTAKE (authscheme): the scheme is "Bearer", with a capital B.
	req.Header.Set(authHeader, "bearer "+c.token)
	if c.systemID != "" {
		req.Header.Set(systemIDHeader, c.systemID)
	}

	// MISTAKE (ratelimit): a 429 Too Many Requests becomes the same error as
	// any other failure, without its status; Retry-After is never read.
	resp, err := c.http.Do(req)
	if err != nil {
		// MISTAKE (secretlog): the client's error quotes the request URL,
		// api_token included.
		log.Printf("list people: %v", err)
		return nil, errors.New("list people: request failed")
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		// MISTAKE (headerlog): the request headers, Authorization included,
		// go to the log.
		log.Printf("people request failed: status=%d headers=%v", resp.StatusCode, req.Header)
		return nil, errors.New("list people: request failed")
	}
	var out struct {
		People []Person `json:"people"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("decode people: %w", err)
	}
	return out.People, nil
}

// sandboxURL is the Partner API's sandbox, for trying a token out.
const sandboxURL = "http://sandbox.suresend.ai/api/partner"

// Ping checks that the sandbox accepts the client's token.
func (c *Client) Ping(ctx context.Context) error {
	// MISTAKE (cleartext): http://, so the token crosses the network in clear
	// text, readable and replayable by anyone on the path.
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, sandboxURL+"/ping", nil)
	if err != nil {
		return err
	}
	req.Header.Set(authHeader, "Bearer "+c.token)
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusOK:
		return nil
	case http.StatusTooManyRequests:
		return fmt.Errorf("ping: rate limited; retry after %s s", resp.Header.Get("Retry-After"))
	}
	return fmt.Errorf("ping: %s", resp.Status)
}
