// Package presigned: an API client whose Do handles 429 also sends a
// presigned upload to object storage (go-buildkite's package upload). That
// request is made apart from the API's and carries none of its
// credentials, although the function that calls it sent an authenticated
// one just before.
package presigned

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

const baseURL = "https://api.ci-saas.io/v2"

type Client struct {
	client *http.Client
	token  string
}

func (c *Client) newRequest(method, path string) (*http.Request, error) {
	req, err := http.NewRequest(method, baseURL+"/"+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	return req, nil
}

// Do retries 429 with backoff: the API's requests are handled.
func (c *Client) Do(req *http.Request) (*http.Response, error) {
	for attempt := 0; ; attempt++ {
		resp, err := c.client.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode == http.StatusTooManyRequests && attempt < 5 {
			resp.Body.Close()
			wait := time.Duration(1<<attempt) * time.Second
			if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil {
				wait = time.Duration(s) * time.Second
			}
			time.Sleep(wait)
			continue
		}
		return resp, nil
	}
}

type Upload struct {
	c    *Client
	URL  string
	Form string
}

func (c *Client) RequestUpload() (*Upload, error) {
	req, err := c.newRequest(http.MethodPost, "packages/upload")
	if err != nil {
		return nil, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return &Upload{c: c, URL: "https://bucket.s3.example-cloud.com/"}, nil
}

// Perform posts the presigned form: its own request, no API credential.
func (u *Upload) Perform() error {
	req, err := http.NewRequest(http.MethodPost, u.URL, strings.NewReader(u.Form))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "multipart/form-data")
	resp, err := u.c.client.Do(req) // silent: not authenticated, whatever its caller sent before
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("upload rejected: %d", resp.StatusCode)
	}
	return nil
}

// Create asks the API for the upload (authenticated), then uploads.
func (c *Client) Create() error {
	u, err := c.RequestUpload()
	if err != nil {
		return err
	}
	return u.Perform()
}

// Relay is the look-alike: it sends the request its caller authenticated.
type Relay struct {
	hc    *http.Client
	token string
}

func (r *Relay) send(req *http.Request) error {
	req = req.WithContext(req.Context()) // still the caller's request
	resp, err := r.hc.Do(req)            // want `authenticated request sent by r\.hc\.Do \(1 API call\)`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return errors.New("request failed")
	}
	return nil
}

func (r *Relay) Jobs() error {
	req, _ := http.NewRequest(http.MethodGet, baseURL+"/jobs", nil)
	req.Header.Set("Authorization", "Bearer "+r.token)
	return r.send(req)
}
