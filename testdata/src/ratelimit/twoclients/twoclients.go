// Package twoclients is scs-build-client's shape: one API client whose
// struct holds two http.Clients made over the same Transport (one with a
// timeout for short calls, one without for uploads). They send to the
// same API with the same token: one client, one finding.
package twoclients

import (
	"context"
	"errors"
	"net/http"
	"time"
)

const defaultBaseURL = "https://build.example-saas.io"

type Client struct {
	token        string
	httpClient   *http.Client
	uploadClient *http.Client
	other        *http.Client
	def          *http.Client
}

func New(token string, tr http.RoundTripper, otherTr http.RoundTripper) *Client {
	return &Client{
		token:        token,
		httpClient:   &http.Client{Transport: tr, Timeout: 30 * time.Second},
		uploadClient: &http.Client{Transport: tr},
		other:        &http.Client{Transport: otherTr},
		def:          &http.Client{Transport: http.DefaultTransport},
	}
}

func (c *Client) newRequest(ctx context.Context, method, path string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, defaultBaseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	return req, nil
}

func (c *Client) Status(ctx context.Context, id string) (int, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "/v1/build/"+id)
	if err != nil {
		return 0, err
	}
	res, err := c.httpClient.Do(req) // want `^authenticated requests sent by c\.httpClient\.Do \(3 API calls\), and nothing here handles 429`
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	if res.StatusCode/100 != 2 {
		return 0, errors.New("request failed")
	}
	return res.StatusCode, nil
}

func (c *Client) Cancel(ctx context.Context, id string) error {
	req, err := c.newRequest(ctx, http.MethodPut, "/v1/build/"+id+"/_cancel")
	if err != nil {
		return err
	}
	res, err := c.httpClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode/100 != 2 {
		return errors.New("request failed")
	}
	return nil
}

// Upload sends over the other http.Client of the same Transport.
func (c *Client) Upload(ctx context.Context, digest string) error {
	req, err := c.newRequest(ctx, http.MethodPost, "/v1/build-context/"+digest)
	if err != nil {
		return err
	}
	res, err := c.uploadClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode/100 != 2 {
		return errors.New("request failed")
	}
	return nil
}

// Mirror sends over a client of another Transport: a client of its own.
func (c *Client) Mirror(ctx context.Context, digest string) error {
	req, err := c.newRequest(ctx, http.MethodPost, "/v1/mirror/"+digest)
	if err != nil {
		return err
	}
	res, err := c.other.Do(req) // want `^authenticated request sent by c\.other\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode/100 != 2 {
		return errors.New("request failed")
	}
	return nil
}

// An http.Client over http.DefaultTransport is no sibling of another one
// over it: any client may use the default transport.
type Pair struct {
	token string
	a, b  *http.Client
}

func NewPair(token string) *Pair {
	return &Pair{token: token, a: &http.Client{Transport: http.DefaultTransport}, b: &http.Client{Transport: http.DefaultTransport}}
}

func (p *Pair) A(ctx context.Context) (int, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, defaultBaseURL+"/a", nil)
	req.Header.Set("Authorization", "Bearer "+p.token)
	res, err := p.a.Do(req) // want `^authenticated request sent by p\.a\.Do \(1 API call\)`
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	return res.StatusCode, nil
}

func (p *Pair) B(ctx context.Context) (int, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, defaultBaseURL+"/b", nil)
	req.Header.Set("Authorization", "Bearer "+p.token)
	res, err := p.b.Do(req) // want `^authenticated request sent by p\.b\.Do \(1 API call\)`
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	return res.StatusCode, nil
}
