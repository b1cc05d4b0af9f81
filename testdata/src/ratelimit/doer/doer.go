// Package doer's client is an interface with a Do method, as scaleway's and
// telegram-bot-api's: its calls are sends too.
package doer

import (
	"encoding/json"
	"net/http"
)

const DefaultAPIURL = "https://api.objects.example-saas.io"

type httpClient interface {
	Do(*http.Request) (*http.Response, error)
}

type Client struct {
	hc    httpClient
	token string
}

func New(token string) *Client { return &Client{hc: &http.Client{}, token: token} }

func (c *Client) Buckets() ([]string, error) {
	req, _ := http.NewRequest(http.MethodGet, DefaultAPIURL+"/buckets", nil)
	req.Header.Set("X-Auth-Token", c.token)
	resp, err := c.hc.Do(req) // want `authenticated request sent by c\.hc\.Do \(1 API call\)`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []string
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

// Response wraps the http.Response, as go-jira's does.
type Response struct {
	*http.Response
	Total int
}

func newResponse(r *http.Response) *Response { return &Response{Response: r} }

type Wrapping struct {
	hc    httpClient
	token string
}

// Do hands the response back wrapped, on errors too: callers can read 429.
func (w *Wrapping) Do(req *http.Request) (*Response, error) {
	req.Header.Set("X-Auth-Token", w.token)
	resp, err := w.hc.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		return newResponse(resp), &json.UnsupportedValueError{Str: resp.Status}
	}
	return newResponse(resp), nil
}

// BotError hands the server's retry_after (from the JSON body) to the caller.
type BotError struct {
	Code       int
	Parameters struct{ RetryAfter int }
}

func (e *BotError) Error() string { return "bot api error" }

type Bot struct {
	hc    httpClient
	token string
}

// Call decodes the API's own rate-limit answer and passes it on.
func (b *Bot) Call(method string) (json.RawMessage, error) {
	req, _ := http.NewRequest(http.MethodPost, DefaultAPIURL+"/bot"+b.token+"/"+method, nil)
	resp, err := b.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out struct {
		Ok         bool
		ErrorCode  int
		RetryAfter int
		Result     json.RawMessage
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	if !out.Ok {
		e := &BotError{Code: out.ErrorCode}
		e.Parameters.RetryAfter = out.RetryAfter
		return nil, e
	}
	return out.Result, nil
}
