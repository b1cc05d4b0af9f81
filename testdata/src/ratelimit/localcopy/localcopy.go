// Package localcopy: methods that copy the client's field into a local
// before sending (simpleforce's httpClient := client.httpClient) send
// through that one client: one finding with every call.
package localcopy

import (
	"errors"
	"net/http"
)

type Client struct {
	httpClient *http.Client
	sessionID  string
}

func (client *Client) send(path string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, "https://api.crm-saas.io"+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Add("Authorization", "Bearer "+client.sessionID)
	httpClient := client.httpClient
	return httpClient.Do(req) // want `^authenticated requests sent by httpClient\.Do \(2 API calls\), and nothing here handles 429`
}

func (client *Client) Describe() error {
	resp, err := client.send("/services/data/sobjects")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return errors.New("request failed")
	}
	return nil
}

func (client *Client) Download(id string) error {
	req, err := http.NewRequest(http.MethodGet, "https://api.crm-saas.io/files/"+id, nil)
	if err != nil {
		return err
	}
	req.Header.Add("Authorization", "Bearer "+client.sessionID)
	hc := client.httpClient
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return errors.New("request failed")
	}
	return nil
}
