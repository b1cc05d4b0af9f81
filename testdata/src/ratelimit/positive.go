package ratelimit

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"time"

	"golang.org/x/oauth2"
)

// Client is one client: its sends are one finding.
type Client struct {
	http    *http.Client
	token   string
	apiKey  string
	baseURL string
}

type Person struct{ Name string }

func (c *Client) ListPeople(ctx context.Context) ([]Person, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/people", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.http.Do(req) // want `^authenticated requests sent by c\.http\.Do \(2 API calls\), and nothing here handles 429 Too Many Requests: on 429 wait as Retry-After says when present, else back off exponentially, with capped attempts; or return the status and headers to the caller in a typed error, or use a retrying client \(hashicorp/go-retryablehttp\)$`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, errors.New(resp.Status)
	}
	var out []Person
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

func (c *Client) apiKeyHeader(url string) (int, error) {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("X-Api-Key", c.apiKey)
	resp, err := c.http.Do(req) // the same client as ListPeople's: counted there
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

func basicAuth(c *http.Client, url, user, password string) (int, error) {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.SetBasicAuth(user, password)
	resp, err := c.Do(req) // want `authenticated request sent by c.Do`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// newRequest puts the credentials on every request of the client.
func (c *Client) newRequest(method, path string) (*http.Request, error) {
	req, err := http.NewRequest(method, c.baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	return req, nil
}

func (c *Client) viaHelper() (int, error) {
	req, err := c.newRequest(http.MethodGet, "/me")
	if err != nil {
		return 0, err
	}
	resp, err := c.http.Do(req) // the same client: counted at ListPeople's send
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

func oauthClient(ctx context.Context, ts oauth2.TokenSource, url string) error {
	hc := oauth2.NewClient(ctx, ts)
	resp, err := hc.Get(url) // want `authenticated request sent by hc.Get`
	if err != nil {
		return err
	}
	if resp.StatusCode >= 400 {
		return errors.New("request failed")
	}
	return nil
}

func defaultClient(url string) error {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Authorization", "Bearer "+os.Getenv("SURESEND_API_TOKEN"))
	resp, err := http.DefaultClient.Do(req) // want `authenticated request sent by http.DefaultClient.Do`
	if err != nil {
		return err
	}
	return json.NewDecoder(resp.Body).Decode(new(any))
}

func headerLiteral(c *http.Client, url, token string) error {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header = http.Header{"Authorization": {"Bearer " + token}}
	resp, err := c.Do(req) // want `authenticated request sent by c.Do`
	if err != nil {
		return err
	}
	return json.NewDecoder(resp.Body).Decode(new(any))
}

func retriesOnlyServerErrors(c *http.Client, req *http.Request, token string) (*Person, error) {
	req.Header.Set("Authorization", "Bearer "+token)
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.Do(req) // want `authenticated request sent by c.Do`
		if err != nil {
			return nil, err
		}
		if resp.StatusCode >= 500 {
			time.Sleep(time.Second)
			continue
		}
		var p Person
		return &p, json.NewDecoder(resp.Body).Decode(&p)
	}
	return nil, errors.New("gave up")
}

func twoCalls(c *http.Client, a, b *http.Request, token string) (int, int) {
	a.Header.Set("Authorization", "Bearer "+token)
	b.Header.Set("Authorization", "Bearer "+token)
	ra, _ := c.Do(a) // want `authenticated request sent by c.Do \(1 API call\)`
	rb, _ := c.Do(b) // the same client c: one finding, at the first send
	return ra.StatusCode, rb.StatusCode
}

func varDecl(c *http.Client, req *http.Request, token string) int {
	req.Header.Add("Authorization", "Bearer "+token)
	var resp, _ = c.Do(req) // want `authenticated request sent by c.Do`
	return resp.StatusCode
}

// checkOK looks at the status but not at 429.
func checkOK(resp *http.Response) error {
	if resp.StatusCode != http.StatusOK {
		return errors.New("request failed")
	}
	return nil
}

func helperWithout429(c *http.Client, req *http.Request, token string) error {
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.Do(req) // want `authenticated request sent by c.Do`
	if err != nil {
		return err
	}
	return checkOK(resp)
}

// do is the client's one place that sends: its callers look at the response.
func (c *Client) do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.token)
	return c.http.Do(req)
}

func (c *Client) Me() (*Person, error) {
	req, _ := http.NewRequest(http.MethodGet, c.baseURL+"/me", nil)
	resp, err := c.do(req) // an API call through c.do: counted at ListPeople's send
	if err != nil {
		return nil, err
	}
	var p Person
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}

func postForm(c *http.Client, url, token string) error {
	req, _ := http.NewRequest(http.MethodPost, url, nil)
	req.Header.Set("x-api-key", token)
	resp, err := c.Do(req) // want `authenticated request sent by c.Do`
	if err != nil {
		return err
	}
	if resp.StatusCode == http.StatusUnauthorized {
		return errors.New("bad key")
	}
	return nil
}

// apiBaseURL is the hosted API these clients talk to: the evidence that
// the server rate-limits.
const apiBaseURL = "https://api.suresend.example-crm.com/v1"
