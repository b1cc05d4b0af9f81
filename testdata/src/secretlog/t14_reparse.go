package secretlog

import (
	"net/url"
)

// go-mastodon's streaming client: the query of the WebSocket URL carries
// the access token, and the URL's text goes to a dialer whose only error
// that quotes it is that of url.Parse. The text a url.URL's String wrote
// parses again, so no such error is ever made.
type wsConfig struct {
	Server      string
	AccessToken string
}

func wsDial(raw string) error {
	if _, err := url.Parse(raw); err != nil {
		return err
	}
	return nil
}

func wsRedirect(raw string) error { return wsDial(raw) }

func wsStream(c *wsConfig) error {
	params := url.Values{}
	params.Set("access_token", c.AccessToken)
	u, err := url.Parse(c.Server)
	if err != nil {
		return err
	}
	u.RawQuery = params.Encode()
	if err := wsRedirect(u.String()); err != nil {
		return err
	}
	_, err = url.Parse(u.String())
	return err
}

// Text built by hand may not parse: its parse error quotes the token.
func wsStreamText(c *wsConfig) error {
	return wsRedirect(c.Server + "/api/v1/streaming?access_token=" + c.AccessToken) // want `credential AccessToken reaches an error message via wsRedirect`
}
