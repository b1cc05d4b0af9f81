// Package bypass: execute retries 429 for the client's calls, but Upload
// sends around it. The finding says so, not that nothing handles 429.
package bypass

import (
	"errors"
	"io"
	"net/http"
	"time"
)

const baseURL = "https://storage.example-cloud.io"

type Client struct {
	hc     *http.Client
	apiKey string
}

func (c *Client) do(req *http.Request) (*http.Response, error) {
	req.Header.Set("X-Api-Key", c.apiKey)
	return c.hc.Do(req) // want `^authenticated requests sent by c\.hc\.Do \(2 API calls\) without the 429 Too Many Requests handling that other calls of this client have: on 429 wait`
}

func (c *Client) execute(method, path string) (*http.Response, error) {
	for attempt := 0; attempt < 5; attempt++ {
		req, err := http.NewRequest(method, baseURL+path, nil)
		if err != nil {
			return nil, err
		}
		res, err := c.do(req)
		if err != nil {
			return nil, err
		}
		if res.StatusCode == http.StatusTooManyRequests {
			res.Body.Close()
			time.Sleep(time.Duration(attempt+1) * time.Second)
			continue
		}
		return res, nil
	}
	return nil, errors.New("too many retries")
}

// Stat goes through execute.
func (c *Client) Stat(name string) (string, error) {
	res, err := c.execute(http.MethodHead, "/objects/"+name)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	return res.Header.Get("ETag"), nil
}

// Upload sends on its own, and its error drops the status.
func (c *Client) Upload(name string, body io.Reader) error {
	req, err := http.NewRequest(http.MethodPut, baseURL+"/objects/"+name, body)
	if err != nil {
		return err
	}
	res, err := c.do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return errors.New("upload failed")
	}
	_, err = io.Copy(io.Discard, res.Body)
	return err
}

// StatusError keeps the status of a failed call.
type StatusError struct{ StatusCode int }

func (e *StatusError) Error() string { return http.StatusText(e.StatusCode) }

// Delete sends around execute too, but its error keeps the status typed:
// the client has a 429 path, and Delete's callers can tell a 429 apart.
func (c *Client) Delete(name string) error {
	req, err := http.NewRequest(http.MethodDelete, baseURL+"/objects/"+name, nil)
	if err != nil {
		return err
	}
	res, err := c.do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusNoContent {
		return &StatusError{StatusCode: res.StatusCode}
	}
	return nil
}
