// An example program, run once by the person reading it: silent.
package main

import (
	"net/http"

	"ratelimit/endpointfield/api"
)

func main() {
	r := &api.Request{HTTPClient: &http.Client{}, Key: "key", BaseURL: "https://api.pay-saas.io"}
	_, _ = r.Get("/payments")
}
