package cleartext

import (
	"context"
	"crypto/tls"
	"fmt"
	"net/http"
	"net/url"
	"os"

	"golang.org/x/oauth2"
)

const baseURL = "http://api.suresend.ai/api/partner"

type Client struct {
	http    *http.Client
	token   string
	baseURL string
}

func constBase(token string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, baseURL+"/people", nil) // want `credentials sent over cleartext HTTP to http://api.suresend.ai: anyone on the path can read and replay them; use https://`
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	return req, nil
}

func literal(token string) *http.Request {
	req, _ := http.NewRequest(http.MethodGet, "http://api.example.com/v1/me", nil) // want `cleartext HTTP to http://api.example.com`
	req.Header.Set("Authorization", "Bearer "+token)
	return req
}

func sprintfBase(token string) *http.Request {
	req, _ := http.NewRequest(http.MethodGet, fmt.Sprintf("%s/people", baseURL), nil) // want `cleartext HTTP to http://api.suresend.ai`
	req.Header.Set("Authorization", "Bearer "+token)
	return req
}

func sprintfLiteral(token string, id int) *http.Request {
	req, _ := http.NewRequest(http.MethodGet, fmt.Sprintf("http://api.example.com/people/%d", id), nil) // want `cleartext HTTP to http://api.example.com`
	req.Header.Set("Authorization", "Bearer "+token)
	return req
}

func NewClient(token string) *Client {
	return &Client{http: &http.Client{}, token: token, baseURL: "http://api.example.com/v2"}
}

func (c *Client) get(path string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, c.baseURL+path, nil) // want `cleartext HTTP to http://api.example.com \(from baseURL\)`
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	return req, nil
}

func parsed(token string) *http.Request {
	u, _ := url.Parse(baseURL)
	req, _ := http.NewRequest(http.MethodGet, u.String(), nil) // want `cleartext HTTP to http://api.suresend.ai \(from u\)`
	req.Header.Set("Authorization", "Bearer "+token)
	return req
}

func oauthGet(ctx context.Context, ts oauth2.TokenSource) (*http.Response, error) {
	hc := oauth2.NewClient(ctx, ts)
	return hc.Get("http://api.example.com/me") // want `cleartext HTTP to http://api.example.com`
}

func oauthPost(ctx context.Context, ts oauth2.TokenSource) (*http.Response, error) {
	hc := oauth2.NewClient(ctx, ts)
	return hc.Post("http://api.example.com/people", "application/json", nil) // want `cleartext HTTP to http://api.example.com`
}

func withContext(ctx context.Context, apiKey string) *http.Request {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "http://api.sent.dm/v3/messages", nil) // want `cleartext HTTP to http://api.sent.dm`
	req.Header.Set("x-api-key", apiKey)
	return req
}

func basic(user, password string) *http.Request {
	req, _ := http.NewRequest(http.MethodGet, "http://registry.example.com/v2/", nil) // want `cleartext HTTP to http://registry.example.com`
	req.SetBasicAuth(user, password)
	return req
}

func upperScheme(token string) *http.Request {
	req, _ := http.NewRequest(http.MethodGet, "HTTP://API.EXAMPLE.COM/me", nil) // want `cleartext HTTP to http://API.EXAMPLE.COM`
	req.Header.Set("Authorization", "Bearer "+token)
	return req
}

func withPort(token string) *http.Request {
	req, _ := http.NewRequest(http.MethodGet, "http://api.example.com:8080/v1", nil) // want `cleartext HTTP to http://api.example.com:8080`
	req.Header.Set("Authorization", "Bearer "+token)
	return req
}

func vault() *http.Request {
	req, _ := http.NewRequest(http.MethodGet, "http://vault.internal:8200/v1/secret/data/app", nil) // want `cleartext HTTP to http://vault.internal:8200`
	req.Header.Set("X-Vault-Token", os.Getenv("VAULT_TOKEN"))
	return req
}

func userinfo(token string) *http.Request {
	req, _ := http.NewRequest(http.MethodGet, "http://user:hunter2@api.example.com/me", nil) // want `cleartext HTTP to http://api.example.com: anyone`
	req.Header.Set("Authorization", "Bearer "+token)
	return req
}

func insecureWithAuth(req *http.Request, token string) (*http.Response, error) {
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}} // want `InsecureSkipVerify: true on a client that sends credentials`
	req.Header.Set("Authorization", "Bearer "+token)
	return (&http.Client{Transport: tr}).Do(req)
}

func NewInsecureClient(token string) *Client {
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}} // want `InsecureSkipVerify: true on a client that sends credentials`
	return &Client{http: &http.Client{Transport: tr}, token: token}
}

func NewAssigned(apiKey string) *Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig.InsecureSkipVerify = true // want `InsecureSkipVerify: true on a client`
	c := &Client{http: &http.Client{Transport: tr}}
	c.token = apiKey
	return c
}

// A constant condition is no opt-in.
const skipVerify = true

func NewConstGuard(token string) *Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	if skipVerify {
		tr.TLSClientConfig.InsecureSkipVerify = true // want `InsecureSkipVerify: true on a client`
	}
	return &Client{http: &http.Client{Transport: tr}, token: token}
}

func newTransport() *http.Transport {
	return &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}} // want `InsecureSkipVerify: true on a client`
}

func NewViaHelper(token string) *Client {
	return &Client{http: &http.Client{Transport: newTransport()}, token: token}
}
