// Package lookalike sends requests that are not rate-limited API calls:
// token fetches, OIDC discovery, instance metadata and STS, a health
// check, a one-off request at construction, unauthenticated requests.
// Only ListWidgets is an API call.
package lookalike

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
)

const baseURL = "https://api.widgets.example-saas.io"

type Client struct {
	hc                     *http.Client
	clientID, clientSecret string
	token                  string
}

// NewClient checks the token once, at construction.
func NewClient(token string) (*Client, error) {
	c := &Client{hc: &http.Client{}, token: token}
	req, _ := http.NewRequest(http.MethodGet, baseURL+"/me", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, errors.New(resp.Status)
	}
	return c, nil
}

// fetchToken is the OAuth client-credentials grant: a credential endpoint.
func (c *Client) fetchToken() (string, error) {
	form := url.Values{"grant_type": {"client_credentials"}}
	req, _ := http.NewRequest(http.MethodPost, baseURL+"/oauth/token", strings.NewReader(form.Encode()))
	req.SetBasicAuth(c.clientID, c.clientSecret)
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var tok struct{ AccessToken string }
	return tok.AccessToken, json.NewDecoder(resp.Body).Decode(&tok)
}

// configuration is OIDC discovery.
func (c *Client) configuration(issuer string) (map[string]any, error) {
	req, _ := http.NewRequest(http.MethodGet, issuer+"/.well-known/openid-configuration", nil)
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]any
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

// Health is a health check, authenticated or not.
func (c *Client) Health() bool {
	req, _ := http.NewRequest(http.MethodGet, baseURL+"/health", nil)
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req)
	if err != nil {
		return false
	}
	return resp.StatusCode == http.StatusOK
}

// Ping checks the connection.
func (c *Client) Ping() error {
	req, _ := http.NewRequest(http.MethodGet, baseURL+"/v1/status", nil)
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return errors.New(resp.Status)
}

// roleCredentials reads the instance metadata service.
func roleCredentials(hc *http.Client, imdsToken string) (string, error) {
	req, _ := http.NewRequest(http.MethodGet, "http://169.254.169.254/latest/meta-data/iam/security-credentials/", nil)
	req.Header.Set("X-aws-ec2-metadata-token", imdsToken)
	resp, err := hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var role string
	return role, json.NewDecoder(resp.Body).Decode(&role)
}

// assumeRole calls STS.
func assumeRole(hc *http.Client, sessionToken string) (int, error) {
	req, _ := http.NewRequest(http.MethodPost, "https://sts.amazonaws.com/?Action=AssumeRoleWithWebIdentity", nil)
	req.Header.Set("X-Amz-Security-Token", sessionToken)
	resp, err := hc.Do(req)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// PublicRates needs no credential.
func (c *Client) PublicRates() (int, error) {
	resp, err := c.hc.Get(baseURL + "/public/rates")
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// Labels sets headers, none of them a credential.
func Labels(hc *http.Client, requestID, csrfToken string) (int, error) {
	req, _ := http.NewRequest(http.MethodGet, baseURL+"/labels", nil)
	req.Header.Set("X-Request-Id", requestID)
	req.Header.Set("X-CSRF-Token", csrfToken)
	resp, err := hc.Do(req)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// ListWidgets is the one API call: the client's finding counts it alone.
func (c *Client) ListWidgets() ([]string, error) {
	req, _ := http.NewRequest(http.MethodGet, baseURL+"/widgets", nil)
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req) // want `^authenticated request sent by c\.hc\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []string
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
