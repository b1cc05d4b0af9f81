// Package fieldcopy is scs-library-client's shape: the Client's HTTPClient
// is also stored in the registry helper it builds (ociRegistry.httpClient,
// set only from c.HTTPClient). Both send the same API's requests with the
// same token through one client: one finding, with the calls of both.
package fieldcopy

import (
	"context"
	"errors"
	"net/http"
)

const baseURL = "https://library.example-saas.io"

type Client struct {
	HTTPClient *http.Client
	token      string
}

func (c *Client) newRequest(ctx context.Context, method, path string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	return req, nil
}

func (c *Client) get(ctx context.Context, path string) error {
	req, err := c.newRequest(ctx, http.MethodGet, path)
	if err != nil {
		return err
	}
	res, err := c.HTTPClient.Do(req) // want `^authenticated requests sent by c\.HTTPClient\.Do \(4 API calls\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode/100 != 2 {
		return errors.New("request failed")
	}
	return nil
}

func (c *Client) GetEntity(ctx context.Context, name string) error {
	return c.get(ctx, "/v1/entities/"+name)
}

func (c *Client) GetCollection(ctx context.Context, name string) error {
	return c.get(ctx, "/v1/collections/"+name)
}

// registry sends through the Client's own http.Client, copied in.
type registry struct {
	httpClient *http.Client
	token      string
}

func (c *Client) registry() *registry {
	return &registry{httpClient: c.HTTPClient, token: c.token}
}

func (r *registry) doRequest(req *http.Request) error {
	req.Header.Set("Authorization", "Bearer "+r.token)
	res, err := r.httpClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode/100 != 2 {
		return errors.New("unexpected http status")
	}
	return nil
}

func (c *Client) GetManifest(ctx context.Context, ref string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURL+"/v2/"+ref+"/manifests/latest", nil)
	if err != nil {
		return err
	}
	return c.registry().doRequest(req)
}

func (c *Client) GetBlob(ctx context.Context, ref, digest string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURL+"/v2/"+ref+"/blobs/"+digest, nil)
	if err != nil {
		return err
	}
	return c.registry().doRequest(req)
}

// mirror holds an http.Client of its own (made here, or handed in by its
// caller): another client, reported apart.
type mirror struct {
	hc    *http.Client
	token string
}

func NewMirror(token string, hc *http.Client) *mirror {
	if hc == nil {
		hc = &http.Client{}
	}
	return &mirror{hc: hc, token: token}
}

func (m *mirror) Sync(ctx context.Context, ref string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, baseURL+"/v1/mirror/"+ref, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+m.token)
	res, err := m.hc.Do(req) // want `^authenticated request sent by m\.hc\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode/100 != 2 {
		return errors.New("request failed")
	}
	return nil
}

// backup's http.Client is the Client's or one made for long uploads: not
// a copy of one client, so a client of its own.
type backup struct {
	hc    *http.Client
	token string
}

func (c *Client) backup(long bool) *backup {
	if long {
		return &backup{hc: &http.Client{}, token: c.token}
	}
	return &backup{hc: c.HTTPClient, token: c.token}
}

func (b *backup) put(ctx context.Context, ref string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, baseURL+"/v1/backup/"+ref, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+b.token)
	res, err := b.hc.Do(req) // want `^authenticated request sent by b\.hc\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode/100 != 2 {
		return errors.New("request failed")
	}
	return nil
}

func (c *Client) Backup(ctx context.Context, ref string) error {
	return c.backup(true).put(ctx, ref)
}
