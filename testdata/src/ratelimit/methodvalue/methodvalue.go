// Package methodvalue sends through a local variable holding the client's
// Do method, as go-binance's callAPI does (f := c.do; if f == nil { f =
// c.HTTPClient.Do }; f(req)): the call of f is the client's send.
package methodvalue

import (
	"encoding/json"
	"io"
	"net/http"
)

const BaseAPIMainURL = "https://api.exchange.example-saas.io"

type doFunc func(req *http.Request) (*http.Response, error)

// APIError is the body's error: no HTTP status.
type APIError struct {
	Code    int64  `json:"code"`
	Message string `json:"msg"`
}

func (e APIError) Error() string { return e.Message }

type Client struct {
	APIKey     string
	HTTPClient *http.Client
	do         doFunc // set by the tests
}

func (c *Client) callAPI(path string) ([]byte, error) {
	req, err := http.NewRequest(http.MethodGet, BaseAPIMainURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-MBX-APIKEY", c.APIKey)
	f := c.do
	if f == nil {
		f = c.HTTPClient.Do
	}
	res, err := f(req) // want `^authenticated requests sent by c\.HTTPClient\.Do \(2 API calls\), and nothing here handles 429`
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, err
	}
	if res.StatusCode >= http.StatusBadRequest {
		apiErr := new(APIError)
		_ = json.Unmarshal(data, apiErr)
		return nil, apiErr
	}
	return data, nil
}

func (c *Client) Ticker() ([]byte, error) { return c.callAPI("/ticker") }

func (c *Client) Depth() ([]byte, error) { return c.callAPI("/depth") }

// Handled sends the same way and waits on 429: silent.
type Handled struct {
	APIKey     string
	HTTPClient *http.Client
	do         doFunc
}

func (c *Handled) Ticker() ([]byte, error) {
	req, err := http.NewRequest(http.MethodGet, BaseAPIMainURL+"/ticker", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-MBX-APIKEY", c.APIKey)
	f := c.do
	if f == nil {
		f = c.HTTPClient.Do
	}
	res, err := f(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode == http.StatusTooManyRequests {
		return nil, &APIError{Code: -1003, Message: res.Header.Get("Retry-After")}
	}
	return io.ReadAll(res.Body)
}

// Hooked calls only its hook, a function field no send is known to be
// stored in: no send, silent.
type Hooked struct {
	APIKey string
	do     doFunc
}

func (c *Hooked) Ticker() ([]byte, error) {
	req, err := http.NewRequest(http.MethodGet, BaseAPIMainURL+"/ticker", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-MBX-APIKEY", c.APIKey)
	f := c.do
	res, err := f(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	return io.ReadAll(res.Body)
}
