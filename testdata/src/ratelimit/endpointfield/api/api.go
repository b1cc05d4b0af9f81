// Package api sends to the address its users put in Request.BaseURL
// (razorpay-go's requests package): inside it, a self-hosted server's
// client; the package that sets the field decides.
package api

import (
	"encoding/json"
	"errors"
	"net/http"
)

type Request struct {
	HTTPClient *http.Client
	Key        string
	BaseURL    string // want BaseURL:`client of client\.Do in api \(2 API calls\), endpoint from this field`
}

func (r *Request) do(req *http.Request) (map[string]any, error) {
	client := r.HTTPClient
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		out := map[string]any{}
		return out, json.NewDecoder(resp.Body).Decode(&out)
	}
	var e struct{ Description string }
	_ = json.NewDecoder(resp.Body).Decode(&e)
	return nil, errors.New(e.Description) // the status is lost
}

func (r *Request) Get(path string) (map[string]any, error) {
	req, _ := http.NewRequest("GET", r.BaseURL+path, nil)
	req.SetBasicAuth(r.Key, "")
	return r.do(req)
}

func (r *Request) Delete(path string) (map[string]any, error) {
	req, _ := http.NewRequest("DELETE", r.BaseURL+path, nil)
	req.SetBasicAuth(r.Key, "")
	return r.do(req)
}
