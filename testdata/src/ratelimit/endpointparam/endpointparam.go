// Package endpointparam builds its internal clients: given a hosted API's
// https:// address, a client that handles no 429 is reported here, at the
// first call of each constructor.
package endpointparam

import (
	"net/http"

	"github.com/hashicorp/go-retryablehttp"
	"ratelimit/endpointparam/internal/api"
)

const weatherURL = "https://api.weather.example-saas.io/v2"

const localURL = "http://localhost:8080"

func Weather(token string) *api.Client {
	return api.New(weatherURL, token) // want `^the client api\.New makes for the hosted endpoint given here sends authenticated requests by c\.hc\.Do in api \(2 API calls\), and nothing handles 429 Too Many Requests: on 429 wait as Retry-After says when present, else back off exponentially, with capped attempts; or use a retrying client \(hashicorp/go-retryablehttp\)$`
}

// A second call of the same constructor: one finding per constructor.
func WeatherEU(token string) *api.Client {
	return api.New("https://eu.weather.example-saas.io/v2", token)
}

// A local server, or the user's own address: no evidence of a rate limit.
func Local(token string) *api.Client {
	return api.New(localURL, token)
}

func Custom(baseURL, token string) *api.Client {
	return api.New(baseURL, token)
}

// The endpoint in an options struct, with a plain client: reported.
func Objects(key string) *api.Store {
	return api.NewStore(&http.Client{}, api.Options{Endpoint: "https://objects.example-saas.io", Key: key}) // want `^the client api\.NewStore makes for the hosted endpoint given here sends authenticated requests by s\.hc\.Do in api \(1 API call\)`
}

// With a retrying client: 429 is handled.
func RetryingObjects(key string) *api.Store {
	opts := api.Options{Endpoint: "https://objects.example-saas.io", Key: key}
	return api.NewStore(retryablehttp.NewClient().StandardClient(), opts)
}
