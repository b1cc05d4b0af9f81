package secreturl

import "net/url"

// A notification library's service URL (github.com/containrrr/shoutrrr:
// googlechat://host/path?key=…&token=…) is the user's configuration, in
// the scheme the library parses; it is never requested, so its query is
// no access-log leak. The same query in an https or wss URL is.

const serviceScheme = "googlechat"

type chatConfig struct {
	Host, Path string
	Key        string
	Token      string
}

func (c *chatConfig) serviceURL() *url.URL {
	q := url.Values{}
	q.Set("key", c.Key)
	q.Set("token", c.Token)
	return &url.URL{Scheme: serviceScheme, Host: c.Host, Path: c.Path, RawQuery: q.Encode()} // silent
}

func (c *chatConfig) assignedServiceURL(apiKey string) *url.URL {
	q := url.Values{}
	q.Set("api_key", apiKey)
	u := &url.URL{Host: c.Host}
	u.Scheme = "smtp"
	u.RawQuery = q.Encode() // silent
	return u
}

func (c *chatConfig) apiURL() *url.URL {
	q := url.Values{}
	q.Set("key", c.Key)     // want `c.Key is put into a URL query as credential parameter "key".*\(the same query carries 1 more credential parameter\)`
	q.Set("token", c.Token) // one finding per query: moving them is one change
	return &url.URL{Scheme: "https", Host: "chat.example.com", Path: c.Path, RawQuery: q.Encode()}
}

func (c *chatConfig) socketURL(apiKey string) *url.URL {
	q := url.Values{}
	q.Set("api_key", apiKey) // want `credential apiKey is put into a URL query`
	u := &url.URL{Host: c.Host}
	u.Scheme = "wss"
	u.RawQuery = q.Encode()
	return u
}
