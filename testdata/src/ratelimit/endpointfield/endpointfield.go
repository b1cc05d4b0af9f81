// Package endpointfield builds api's client: with a hosted API's address
// it is reported here, once per field; with a local one it is not.
package endpointfield

import (
	"net/http"

	"ratelimit/endpointfield/api"
)

const baseURL = "https://api.pay-saas.io"

func New(key string) *api.Request {
	return &api.Request{HTTPClient: &http.Client{}, Key: key, BaseURL: baseURL} // want `^BaseURL, set here to a hosted API's address, is where api\.Request sends authenticated requests by client\.Do \(2 API calls\), and nothing handles 429`
}

func Again(key string) *api.Request {
	r := &api.Request{HTTPClient: &http.Client{}, Key: key}
	r.BaseURL = baseURL // one finding per field: reported above
	return r
}

func Local(key string) *api.Request {
	return &api.Request{HTTPClient: &http.Client{}, Key: key, BaseURL: "http://localhost:8080"}
}
