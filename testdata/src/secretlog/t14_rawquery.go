package secretlog

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
)

// shoutrrr's Google Chat and Join services: the vendor takes the key only
// in the query, so the URL must carry it; what leaks is the *url.Error of
// http.Post, which quotes that URL, returned or wrapped into an error.
type chatConfig struct {
	Host, Path, Key string
	Token           string
	APIKey          string
}

func chatURL(c *chatConfig) *url.URL {
	query := url.Values{}
	query.Set("key", c.Key)
	query.Set("token", c.Token)
	return &url.URL{Path: c.Path, Host: c.Host, Scheme: "https", RawQuery: query.Encode()}
}

func chatSend(c *chatConfig, body []byte) error {
	postURL := chatURL(c)
	resp, err := http.Post(postURL.String(), "application/json", bytes.NewBuffer(body))
	if err != nil {
		return fmt.Errorf("failed to send notification to Google Chat: %s", err) // want `the error of http.Post quotes the request URL, which carries a credential, .*, and reaches an error message via fmt.Errorf`
	}
	return resp.Body.Close()
}

func joinSend(c *chatConfig, devices string) error {
	apiURL, err := url.Parse("https://joinjoaomgcd.appspot.com/_ah/api/messaging/v1/sendPush")
	if err != nil {
		return err
	}
	data := url.Values{}
	data.Set("deviceIds", devices)
	data.Set("apikey", c.APIKey)
	apiURL.RawQuery = data.Encode()
	res, err := http.Post(apiURL.String(), "text/plain", nil)
	if err != nil {
		return err // want `the error of http.Post quotes the request URL, which carries a credential, .*, and is returned`
	}
	return res.Body.Close()
}

// Look-alikes: a query of device IDs alone, a URL literal with no query.
func joinList(devices string) error {
	apiURL, err := url.Parse("https://joinjoaomgcd.appspot.com/_ah/api/registration/v1/listDevices")
	if err != nil {
		return err
	}
	data := url.Values{}
	data.Set("deviceIds", devices)
	apiURL.RawQuery = data.Encode()
	_, err = http.Get(apiURL.String())
	return err
}

func chatHealth(c *chatConfig) error {
	u := &url.URL{Host: c.Host, Scheme: "https", Path: "/health"}
	_, err := http.Get(u.String())
	return err
}
