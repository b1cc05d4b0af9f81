// Package api is an internal client whose endpoint comes only from its
// constructors' parameters: inside this package it is shaped like a
// self-hosted server's client, and the package that calls New decides
// whether it talks to a hosted API.
package api

import (
	"encoding/json"
	"errors"
	"net/http"
)

type Client struct {
	hc      *http.Client
	baseURL string
	token   string
}

func New(baseURL, token string) *Client { // want New:`client of c.hc.Do in api \(2 API calls\), endpoint from parameter 0`
	return &Client{hc: &http.Client{}, baseURL: baseURL, token: token}
}

func (c *Client) Forecast(city string) (map[string]any, error) {
	return c.get("/forecast/" + city)
}

func (c *Client) Alerts() (map[string]any, error) {
	return c.get("/alerts")
}

func (c *Client) get(path string) (map[string]any, error) {
	req, err := http.NewRequest(http.MethodGet, c.baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req) // judged where New is called
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]any
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

// Options carries the endpoint in a field.
type Options struct {
	Endpoint string
	Key      string
}

type Store struct {
	hc   *http.Client
	opts Options
}

func NewStore(hc *http.Client, opts Options) *Store { // want NewStore:`client of s.hc.Do in api \(1 API call\), endpoint from parameter 1, HTTP client from parameter 0`
	return &Store{hc: hc, opts: opts}
}

func (s *Store) Put(key string) error {
	req, err := http.NewRequest(http.MethodPut, s.opts.Endpoint+"/objects/"+key, nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-Api-Key", s.opts.Key)
	resp, err := s.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New("request failed")
	}
	return nil
}
