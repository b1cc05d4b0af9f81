// Package regionuser sends requests to URLs it gets from the region
// package (another package of the module) or from its own callers: the
// constant hosts are found across the package boundary and through the
// parameter the URL is passed in.
package regionuser

import (
	"errors"
	"net/http"
	"strings"
	"time"

	"ratelimit/region"
)

type Notebooks struct {
	hc     *http.Client
	key    string
	region *region.Region
}

func (n *Notebooks) notebooksURL(org string) string {
	return n.region.BlobServiceURL("/organizations/" + org + "/notebooks")
}

// post gets its URL from its callers.
func (n *Notebooks) post(url, body string) error {
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	req.Header.Set("Api-Key", n.key)
	resp, err := n.hc.Do(req) // want `^authenticated requests sent by n\.hc\.Do \(2 API calls\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return errors.New("request failed")
	}
	return nil
}

func (n *Notebooks) Create(org, doc string) error { return n.post(n.notebooksURL(org), doc) }

func (n *Notebooks) Update(org, doc string) error { return n.post(n.notebooksURL(org)+"/1", doc) }

// Dev talks to a local development server only.
type Dev struct {
	hc     *http.Client
	key    string
	region *region.Region
}

func (d *Dev) Upload(doc string) error {
	req, _ := http.NewRequest(http.MethodPut, d.region.DevURL("/docs"), strings.NewReader(doc))
	req.Header.Set("Api-Key", d.key)
	resp, err := d.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return errors.New("request failed")
	}
	return nil
}

const production = "https://reports.example-saas.io"

// Reports passes a constant URL to its request helper.
type Reports struct {
	hc  *http.Client
	key string
}

func (r *Reports) get(url string) (int, error) {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Api-Key", r.key)
	resp, err := r.hc.Do(req) // want `^authenticated request sent by r\.hc\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

func (r *Reports) Daily() (int, error) { return r.get(production + "/daily") }

// SelfHosted sends to whatever URL its users give: no hosted API.
type SelfHosted struct {
	hc  *http.Client
	key string
}

func (s *SelfHosted) get(url string) (int, error) {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Api-Key", s.key)
	resp, err := s.hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

func (s *SelfHosted) Status(server string) (int, error) { return s.get(server + "/status") }

type Config struct {
	APIKey        string
	HTTPTransport http.RoundTripper
	Timeout       time.Duration
}

// Blob makes a fresh http.Client in each method, over the transport of
// its configuration: one client, one finding.
type Blob struct{ config Config }

func (b *Blob) Get(id string) (int, error) {
	req, _ := http.NewRequest(http.MethodGet, production+"/blobs/"+id, nil)
	req.Header.Set("Api-Key", b.config.APIKey)
	hc := &http.Client{Timeout: b.config.Timeout}
	if b.config.HTTPTransport != nil {
		hc.Transport = b.config.HTTPTransport
	}
	resp, err := hc.Do(req) // want `^authenticated requests sent by hc\.Do \(2 API calls\), and nothing here handles 429`
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

func (b *Blob) Put(id, doc string) (int, error) {
	req, _ := http.NewRequest(http.MethodPut, production+"/blobs/"+id, strings.NewReader(doc))
	req.Header.Set("Api-Key", b.config.APIKey)
	httpClient := &http.Client{Transport: b.config.HTTPTransport}
	resp, err := httpClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

// Archive makes its local clients over different transports: two clients.
type Archive struct {
	key         string
	fast, small http.RoundTripper
}

func (a *Archive) Fetch(id string) (int, error) {
	req, _ := http.NewRequest(http.MethodGet, production+"/archive/"+id, nil)
	req.Header.Set("Api-Key", a.key)
	hc := &http.Client{Transport: a.fast}
	resp, err := hc.Do(req) // want `^authenticated request sent by hc\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

func (a *Archive) Thumb(id string) (int, error) {
	req, _ := http.NewRequest(http.MethodGet, production+"/archive/"+id+"/thumb", nil)
	req.Header.Set("Api-Key", a.key)
	hc := &http.Client{Transport: a.small}
	resp, err := hc.Do(req) // want `^authenticated request sent by hc\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
