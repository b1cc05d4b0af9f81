package secretlog

import (
	"fmt"
	"net/http"
	"net/url"
)

// asynq's ParseRedisURI: the URL's password is read in a helper, and the
// option struct's Password field is also given to the client as a
// password. The walk back from that second use reaches the parsed URL only
// past the depth limit; it must not hide the shorter walk from the
// helper's u.User.Password().

type queueOpt struct{ Addr, Password string }

func (o queueOpt) authorize(req *http.Request) {
	req.SetBasicAuth("default", o.Password)
}

func parseQueueURI(uri string) (*queueOpt, error) {
	u, err := url.Parse(uri) // want `credential uri reaches an error message via url.Parse, whose error quotes the whole value`
	if err != nil {
		return nil, fmt.Errorf("could not parse queue uri: %w", err)
	}
	return queueFromURL(u), nil
}

func queueFromURL(u *url.URL) *queueOpt {
	var password string
	if v, ok := u.User.Password(); ok {
		password = v
	}
	var o queueOpt
	o.Addr = u.Host
	o.Password = password
	return &o
}

// A URL whose password nothing reads holds none the package knows of.
type hostOpt struct{ Addr string }

func parseHostURI(uri string) (*hostOpt, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return nil, fmt.Errorf("could not parse host uri: %w", err)
	}
	return &hostOpt{Addr: u.Host}, nil
}
