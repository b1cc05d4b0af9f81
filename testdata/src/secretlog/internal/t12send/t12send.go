// Package t12send sends requests for its callers and returns the send's
// error, which quotes the URL they give.
package t12send

import "net/http"

// Get sends a GET for rawURL.
func Get(c *http.Client, rawURL string) (*http.Response, error) {
	resp, err := c.Get(rawURL)
	if err != nil {
		return nil, err
	}
	return resp, nil
}

// Do sends req.
func Do(c *http.Client, req *http.Request) (*http.Response, error) {
	return c.Do(req)
}
