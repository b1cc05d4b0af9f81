// Package testendpoint is the client of a self-hosted identity server
// (casdoor-go-sdk): its endpoint comes only from the user's configuration.
// The public demo server its tests use, declared in a file that is not a
// _test.go file, is no evidence that it talks to a hosted API.
package testendpoint

import (
	"fmt"
	"io"
	"net/http"
)

type Client struct {
	Endpoint     string // want Endpoint:`client of client\.Do in testendpoint \(1 API call\), endpoint from this field`
	ClientID     string
	ClientSecret string
}

var client = &http.Client{}

func (c *Client) post(url string, body io.Reader) ([]byte, error) {
	req, err := http.NewRequest("POST", url, body)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.ClientID, c.ClientSecret)
	resp, err := client.Do(req) // silent: a self-hosted server's client
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s", b)
	}
	return b, nil
}

func (c *Client) AddUser(body io.Reader) ([]byte, error) {
	return c.post(c.Endpoint+"/api/add-user", body)
}
