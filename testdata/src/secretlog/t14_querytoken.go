package secretlog

import (
	"errors"
	"fmt"
)

// shoutrrr's gotify service: the application token is checked, then put
// into the request URL as ?token=. The API takes it as its credential, as
// telegram's bot token (a password) is, so the error that quotes it when
// it is malformed leaks it the same way.
type gotifyConfig struct {
	Host  string
	Token string
}

func gotifyURL(c *gotifyConfig) (string, error) {
	token := c.Token
	if len(token) != 15 {
		return "", fmt.Errorf("invalid gotify token %q", token) // want `credential token reaches an error message via fmt.Errorf`
	}
	return fmt.Sprintf("https://%s/message?token=%s", c.Host, token), nil
}

func pushURL(host, token string) string {
	return "https://" + host + "/push?access_token=" + token
}

func pushCheck(token string) error {
	if len(token) < 10 {
		return errors.New("bad token " + token) // want `credential token reaches an error message via errors.New`
	}
	_ = pushURL("h", token)
	return nil
}

// Look-alikes: a token under a parameter that is no credential's (a page
// or a CSRF token, a key= of a listing), or a cursor value under token=.
type pager struct{ host string }

func (p *pager) pageURL(token string) (string, error) {
	if token == "" {
		return "", nil
	}
	if len(token) > 64 {
		return "", fmt.Errorf("page token %q too long", token)
	}
	return fmt.Sprintf("https://%s/items?page_token=%s", p.host, token), nil
}

func listURL(host, key string) string {
	if len(key) > 100 {
		panic(fmt.Sprintf("key %s too long", key))
	}
	return "https://" + host + "/list?key=" + key
}

func feedURL(host, nextToken string) string {
	if len(nextToken) > 100 {
		panic(fmt.Sprintf("cursor %s too long", nextToken))
	}
	return fmt.Sprintf("https://%s/feed?token=%s", host, nextToken)
}
