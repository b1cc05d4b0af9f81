// Package vendorheader authenticates with vendor headers, a caller's
// header, a token in the URL path and a key in the query: the credential
// model decides, not a list of header names.
package vendorheader

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
)

const endpoint = "https://api.dns.example-registrar.io/v2"

type Client struct {
	hc     *http.Client
	apiKey string
	pdd    string
}

// Records sends a vendor header whose value is the API key.
func (c *Client) Records() (int, error) {
	req, _ := http.NewRequest(http.MethodGet, endpoint+"/records", nil)
	req.Header.Set("X-LSW-Auth", c.apiKey)
	resp, err := c.hc.Do(req) // want `authenticated request sent by c\.hc\.Do \(1 API call\)`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// Domains: a header named like a secret carries one, whatever its value's name.
func Domains(hc *http.Client, pdd string) (int, error) {
	req, _ := http.NewRequest(http.MethodGet, endpoint+"/domains", nil)
	req.Header.Set("PddToken", pdd)
	resp, err := hc.Do(req) // want `authenticated request sent by hc\.Do \(1 API call\)`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

func Zones(hc *http.Client, t string) (int, error) {
	req, _ := http.NewRequest(http.MethodGet, endpoint+"/zones", nil)
	req.Header.Set("AuthorizationToken", t)
	resp, err := hc.Do(req) // want `authenticated request sent by hc\.Do \(1 API call\)`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// Caller attaches the credential before the request reaches do().
type Caller struct {
	hc    *http.Client
	token string
}

func (c *Caller) do(req *http.Request, out any) error {
	resp, err := c.hc.Do(req) // want `authenticated requests sent by c\.hc\.Do \(2 API calls\)`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return errors.New("request failed")
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func (c *Caller) Users() ([]string, error) {
	req, _ := http.NewRequest(http.MethodGet, endpoint+"/users", nil)
	req.Header.Set("X-Lsw-Auth", c.token)
	var out []string
	return out, c.do(req, &out)
}

func (c *Caller) Groups() ([]string, error) {
	req, _ := http.NewRequest(http.MethodGet, endpoint+"/groups", nil)
	req.Header.Set("X-Lsw-Auth", c.token)
	var out []string
	return out, c.do(req, &out)
}

// Bot puts its token in the URL path, as Telegram's Bot API wants.
type Bot struct {
	hc       *http.Client
	apiToken string // a strong name: under the evidence model a bare "token" needs corroboration
}

func (b *Bot) Call(method string) (int, error) {
	u := fmt.Sprintf("https://api.telegram.example-bots.org/bot%s/%s", b.apiToken, method)
	resp, err := b.hc.Get(u) // want `authenticated request sent by b\.hc\.Get \(1 API call\)`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// Query puts the key in the query string.
func Query(hc *http.Client, key string) (int, error) {
	q := url.Values{}
	q.Set("api_key", key)
	resp, err := hc.Get(endpoint + "/stats?" + q.Encode()) // want `authenticated request sent by hc\.Get \(1 API call\)`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// Unauthenticated sets only headers that are not credentials.
func Unauthenticated(hc *http.Client, requestID string) (int, error) {
	req, _ := http.NewRequest(http.MethodGet, endpoint+"/public", nil)
	req.Header.Set("X-Request-Id", requestID)
	req.Header.Set("Accept", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
