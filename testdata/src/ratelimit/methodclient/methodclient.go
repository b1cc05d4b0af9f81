// Package methodclient: the methods of one API client type each make the
// HTTP client where they send (miniflux's pinboard): one client, one
// finding with both calls; another type's methods are another client.
package methodclient

import (
	"errors"
	"net/http"
	"net/url"
	"time"
)

func newHTTPClient(timeout time.Duration) *http.Client { return &http.Client{Timeout: timeout} }

type Bookmarks struct{ authToken string }

func (c *Bookmarks) Add(u string) error {
	values := url.Values{}
	values.Add("auth_token", c.authToken)
	values.Add("url", u)
	req, err := http.NewRequest(http.MethodGet, "https://api.bookmarks-saas.io/v1/posts/add?"+values.Encode(), nil)
	if err != nil {
		return err
	}
	hc := newHTTPClient(10 * time.Second)
	resp, err := hc.Do(req) // want `^authenticated requests sent by hc\.Do \(2 API calls\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		return errors.New("request failed")
	}
	return nil
}

func (c *Bookmarks) Get(u string) (bool, error) {
	values := url.Values{}
	values.Add("auth_token", c.authToken)
	values.Add("url", u)
	req, err := http.NewRequest(http.MethodGet, "https://api.bookmarks-saas.io/v1/posts/get?"+values.Encode(), nil)
	if err != nil {
		return false, err
	}
	hc := &http.Client{Timeout: 10 * time.Second}
	resp, err := hc.Do(req)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		return false, errors.New("request failed")
	}
	return true, nil
}

// Notes is another API's client: its own finding.
type Notes struct{ apiKey string }

func (n *Notes) Post(text string) error {
	req, err := http.NewRequest(http.MethodPost, "https://api.notes-saas.io/v2/notes", nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-Api-Key", n.apiKey)
	hc := newHTTPClient(5 * time.Second)
	resp, err := hc.Do(req) // want `^authenticated request sent by hc\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		return errors.New("request failed")
	}
	return nil
}
