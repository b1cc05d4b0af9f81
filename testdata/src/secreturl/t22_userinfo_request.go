package secreturl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"strings"
)

// gorqlite's assembleURL (cluster.go:35): the password is set into a
// url.URL's user info, the URL's text goes to http.NewRequestWithContext,
// whose request is only sent by Client.Do (which sends user info as Basic
// auth and stars its password out of its errors), and every print of the
// URL goes through a redacting function first. Silent.
type rqConn struct {
	username, password string
	https              bool
	client             *http.Client
	base               *url.URL
}

func (c *rqConn) assembleURL(path, peer string) string {
	u := url.URL{Host: peer, Path: path}
	if c.https {
		u.Scheme = "https"
	} else {
		u.Scheme = "http"
	}
	if c.username != "" {
		u.User = url.UserPassword(c.username, c.password)
	}
	out := u.String()
	log.Printf("assembled %s", redactURL(out))
	return out
}

func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	return u.Redacted()
}

func (c *rqConn) doOnce(ctx context.Context, method, target string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, method, target, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

func (c *rqConn) query(ctx context.Context, peers []string) ([]byte, error) {
	var failures []string
	for _, p := range peers {
		target := c.assembleURL("/db/query", p)
		body, err := c.doOnce(ctx, "GET", target)
		if err != nil {
			failures = append(failures, fmt.Sprintf("%s failed: %s", redactURL(target), err))
			continue
		}
		return body, nil
	}
	return nil, errors.New(strings.Join(failures, "; "))
}

// The request's URL printed, the URL's text printed whole, or the user
// info set into a URL shared through a pointer: reported.
func (c *rqConn) loggedRequest(ctx context.Context, peer string) error {
	u := url.URL{Scheme: "https", Host: peer}
	u.User = url.UserPassword(c.username, c.password) // want `credential password is put into an http URL's user info`
	req, err := http.NewRequestWithContext(ctx, "GET", u.String(), nil)
	if err != nil {
		return err
	}
	log.Printf("sending %v", req.URL)
	_, err = c.client.Do(req)
	return err
}

func (c *rqConn) loggedText(peer string) error {
	u := url.URL{Scheme: "https", Host: peer}
	u.User = url.UserPassword(c.username, c.password) // want `credential password is put into an http URL's user info`
	target := u.String()
	req, err := http.NewRequest("GET", target, nil)
	if err != nil {
		return err
	}
	log.Printf("sending to %s", target)
	_, err = c.client.Do(req)
	return err
}

func (c *rqConn) sharedURL() error {
	u := c.base
	u.User = url.UserPassword(c.username, c.password) // want `credential password is put into an http URL's user info`
	req, err := http.NewRequest("GET", u.String(), nil)
	if err != nil {
		return err
	}
	_, err = c.client.Do(req)
	return err
}

// A pointer defined from &url.URL{…} but later pointed at a shared URL:
// the user info goes into that URL, which others print. Reported.
func (c *rqConn) repointedURL(shared bool) error {
	u := &url.URL{Scheme: "https", Host: "db.internal"}
	if shared {
		u = c.base
	}
	u.User = url.UserPassword(c.username, c.password) // want `credential password is put into an http URL's user info`
	req, err := http.NewRequest("GET", u.String(), nil)
	if err != nil {
		return err
	}
	_, err = c.client.Do(req)
	return err
}

// Pointed only at URLs of its own: silent.
func (c *rqConn) ownPointer(tls bool) error {
	u := &url.URL{Scheme: "http", Host: "db.internal"}
	if tls {
		u = &url.URL{Scheme: "https", Host: "db.internal"}
	}
	u.User = url.UserPassword(c.username, c.password)
	req, err := http.NewRequest("GET", u.String(), nil)
	if err != nil {
		return err
	}
	_, err = c.client.Do(req)
	return err
}
