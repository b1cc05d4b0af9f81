package secretlog

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
)

// An address whose user info the package sends as Basic auth carries a
// credential: nomad's api.NewClient parses Config.Address into
// Config.url, each request copies that URL's User, and toHTTP sends
// User.Password() with SetBasicAuth (api.go:524, :797-800). Printing the
// address, or the error url.Parse gives for it, prints the password.

type agentConfig struct {
	Address string
	Region  string
	url     *url.URL
	http    *http.Client
}

type agentClient struct{ config agentConfig }

type agentRequest struct {
	config *agentConfig
	url    *url.URL
}

func newAgentClient(config *agentConfig) (*agentClient, error) {
	var err error
	if config.url == nil {
		if config.url, err = url.Parse(config.Address); err != nil { // want `credential Address reaches an error message via url.Parse, whose error quotes the whole value`
			return nil, fmt.Errorf("invalid address '%s': %v", config.Address, err) // want `credential Address reaches an error message`
		}
	}
	return &agentClient{config: *config}, nil
}

func (c *agentClient) newRequest(method, path string) *agentRequest {
	return &agentRequest{
		config: &c.config,
		url: &url.URL{
			Scheme: c.config.url.Scheme,
			User:   c.config.url.User,
			Host:   c.config.url.Host,
			Path:   path,
		},
	}
}

func (r *agentRequest) toHTTP() (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, r.url.RequestURI(), nil)
	if err != nil {
		return nil, err
	}
	if r.url.User != nil {
		username := r.url.User.Username()
		password, _ := r.url.User.Password()
		req.SetBasicAuth(username, password)
	}
	req.URL.Host = r.url.Host
	return req, nil
}

// Silent: the region is no part of the URL.
func (c *agentClient) logRegion() {
	log.Printf("region %s", c.config.Region)
}

// Silent look-alike: an address parsed into a URL whose host and scheme
// are used, and whose user info is never read.
type hostConfig struct {
	Address string
	url     *url.URL
}

type hostRequest struct{ url *url.URL }

func newHostClient(config *hostConfig) error {
	var err error
	if config.url, err = url.Parse(config.Address); err != nil {
		return fmt.Errorf("invalid address '%s': %v", config.Address, err)
	}
	return nil
}

func (c *hostConfig) newRequest(path string) *hostRequest {
	return &hostRequest{url: &url.URL{Scheme: c.url.Scheme, Host: c.url.Host, Path: path}}
}

func (r *hostRequest) toHTTP() (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, r.url.RequestURI(), nil)
	if err != nil {
		return nil, err
	}
	req.URL.Host = r.url.Host
	return req, nil
}
