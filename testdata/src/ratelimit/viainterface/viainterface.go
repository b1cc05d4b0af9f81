// Package viainterface is a client whose API methods reach the sending
// code through an interface the HTTP client type implements (a fluent
// Send(req).Read(v).Call()): the API calls are counted through it.
package viainterface

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
)

const apiBase = "https://api.mailer.example-saas.io/v3"

// HTTPClientInterface is what Client talks to; tests swap in a mock.
type HTTPClientInterface interface {
	Send(req *http.Request) HTTPClientInterface
	Read(v any) HTTPClientInterface
	Call() error
}

type HTTPClient struct {
	client        *http.Client
	apiKeyPublic  string
	apiKeyPrivate string
	request       *http.Request
	response      any
}

func (c *HTTPClient) Send(req *http.Request) HTTPClientInterface {
	c.request = req
	return c
}

func (c *HTTPClient) Read(v any) HTTPClientInterface {
	c.response = v
	return c
}

func (c *HTTPClient) Call() error {
	resp, err := c.doRequest(c.request)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		return errors.New("request failed")
	}
	return json.NewDecoder(resp.Body).Decode(c.response)
}

func (c *HTTPClient) doRequest(req *http.Request) (*http.Response, error) {
	req.SetBasicAuth(c.apiKeyPublic, c.apiKeyPrivate)
	return c.client.Do(req) // want `^authenticated requests sent by c\.client\.Do \(5 API calls\)`
}

type Client struct {
	httpClient HTTPClientInterface
}

func New(public, private string) *Client {
	return &Client{httpClient: &HTTPClient{client: http.DefaultClient, apiKeyPublic: public, apiKeyPrivate: private}}
}

func (c *Client) ListSenders() ([]string, error) {
	req, err := http.NewRequest(http.MethodGet, apiBase+"/senders", nil)
	if err != nil {
		return nil, err
	}
	var out []string
	return out, c.httpClient.Send(req).Read(&out).Call()
}

func (c *Client) GetSender(id string) (string, error) {
	req, err := http.NewRequest(http.MethodGet, apiBase+"/senders/"+id, nil)
	if err != nil {
		return "", err
	}
	var out string
	return out, c.httpClient.Send(req).Read(&out).Call()
}

func (c *Client) DeleteSender(id string) error {
	req, err := http.NewRequest(http.MethodDelete, apiBase+"/senders/"+id, nil)
	if err != nil {
		return err
	}
	return c.httpClient.Send(req).Call()
}

func (c *Client) SendMail(body string) error {
	req, err := http.NewRequest(http.MethodPost, apiBase+"/send", strings.NewReader(body))
	if err != nil {
		return err
	}
	return c.httpClient.Send(req).Call()
}
