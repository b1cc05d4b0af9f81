// Package headerresult's request helpers return the response's headers as
// a result of their own (go-binance's futures callAPI returns data,
// &res.Header, err). An unexported helper hands them to the package's
// callers only: those that drop them on an error lose Retry-After.
package headerresult

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"time"
)

const BaseAPIMainURL = "https://fapi.exchange.example-saas.io"

// APIError is the body's error: no HTTP status.
type APIError struct {
	Code    int64  `json:"code"`
	Message string `json:"msg"`
}

func (e APIError) Error() string { return e.Message }

func get(key, path string) *http.Request {
	req, _ := http.NewRequest(http.MethodGet, BaseAPIMainURL+path, nil)
	req.Header.Set("X-MBX-APIKEY", key)
	return req
}

func call(hc *http.Client, req *http.Request) ([]byte, *http.Header, error) {
	res, err := hc.Do(req)
	if err != nil {
		return nil, &http.Header{}, err
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, &http.Header{}, err
	}
	if res.StatusCode >= http.StatusBadRequest {
		apiErr := new(APIError)
		_ = json.Unmarshal(data, apiErr)
		return nil, &res.Header, apiErr
	}
	return data, &res.Header, nil
}

// Futures' callers drop the headers: reported.
type Futures struct {
	APIKey     string
	HTTPClient *http.Client
}

func (c *Futures) callAPI(path string) ([]byte, *http.Header, error) {
	res, err := c.HTTPClient.Do(get(c.APIKey, path)) // want `^authenticated requests sent by c\.HTTPClient\.Do \(2 API calls\), and nothing here handles 429`
	if err != nil {
		return nil, &http.Header{}, err
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, &http.Header{}, err
	}
	if res.StatusCode >= http.StatusBadRequest {
		apiErr := new(APIError)
		_ = json.Unmarshal(data, apiErr)
		return nil, &res.Header, apiErr
	}
	return data, &res.Header, nil
}

func (c *Futures) Ticker() ([]byte, error) {
	data, _, err := c.callAPI("/ticker")
	return data, err
}

func (c *Futures) CreateOrder() (string, error) {
	data, header, err := c.callAPI("/order")
	if err != nil {
		return "", err
	}
	return string(data) + header.Get("X-Mbx-Order-Count-10s"), nil
}

// Waiting's caller reads Retry-After from the headers: silent.
type Waiting struct {
	APIKey     string
	HTTPClient *http.Client
}

func (c *Waiting) callAPI(path string) ([]byte, *http.Header, error) {
	res, err := c.HTTPClient.Do(get(c.APIKey, path))
	if err != nil {
		return nil, &http.Header{}, err
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, &http.Header{}, err
	}
	if res.StatusCode >= http.StatusBadRequest {
		return nil, &res.Header, APIError{Message: string(data)}
	}
	return data, &res.Header, nil
}

func (c *Waiting) Ticker() ([]byte, error) {
	for {
		data, header, err := c.callAPI("/ticker")
		if err == nil {
			return data, nil
		}
		secs, perr := strconv.Atoi(header.Get("Retry-After"))
		if perr != nil {
			return nil, err
		}
		time.Sleep(time.Duration(secs) * time.Second)
	}
}

// Exported hands the headers to the package's users: the caller's to
// judge: silent.
type Exported struct {
	APIKey     string
	HTTPClient *http.Client
}

func (c *Exported) CallAPI(path string) ([]byte, *http.Header, error) {
	return call(c.HTTPClient, get(c.APIKey, path))
}
