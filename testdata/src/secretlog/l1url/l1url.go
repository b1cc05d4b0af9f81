// Package l1url: a *url.URL that holds a password, printed whole.
// URL.String (and Userinfo.String) write the password; Redacted writes
// "xxxxx" in its place. A URL holds one when the package reads its
// password or sets url.UserPassword into it.
package l1url

import (
	"fmt"
	"log"
	"log/slog"
	"net/url"
)

type config struct{ user, password, host string }

func configOf(u *url.URL) *config {
	c := &config{user: u.User.Username(), host: u.Host}
	c.password, _ = u.User.Password()
	return c
}

// Parsed from a connection string whose password the package reads.
func logParsed(dsn string) *config {
	u, err := url.Parse(dsn)
	if err != nil {
		return nil
	}
	log.Printf("connecting to %v", u)            // want `credential dsn reaches a log line via log.Printf`
	log.Printf("connecting to %s", u.Redacted()) // silent: the password replaced
	log.Printf("connecting to %s%s", u.Host, u.Path)
	log.Printf("user %s", u.User.Username())
	return configOf(u)
}

// The URL given by the caller, its password read here.
func logGiven(u *url.URL) error {
	pw, _ := u.User.Password()
	if len(pw) > 64 {
		return fmt.Errorf("password too long for %s", u.Host)
	}
	if u.Host == "" {
		return fmt.Errorf("no host in %s", u) // want `URL u holds a password \(read with User.Password\(\)\) and reaches an error message via fmt.Errorf whole, where String writes it; print its Redacted\(\) form or its host instead`
	}
	log.Print("dialing ", u.String())      // want `URL u.String\(\) holds a password`
	log.Printf("as %v", u.User)            // want `URL u.User holds a password`
	slog.Info("dial", "url", u)            // want `URL u holds a password \(read with User.Password\(\)\) and reaches a log line via slog.Info`
	log.Print("dialing ", u.Redacted())    // silent
	log.Printf("as %s", u.User.Username()) // silent
	return nil
}

type client struct{ base *url.URL }

// url.UserPassword set into a URL, in a literal or by assignment, and into
// a field.
func built(host, user, password string) *client {
	u := &url.URL{Scheme: "https", Host: host, User: url.UserPassword(user, password)}
	log.Println("endpoint", u) // want `URL u holds a password \(set by url.UserPassword\)`
	v := &url.URL{Scheme: "https", Host: host}
	v.User = url.UserPassword(user, password)
	log.Print(v.String()) // want `URL v.String\(\) holds a password`
	log.Print(v.Redacted())
	c := &client{base: &url.URL{Scheme: "https", Host: host}}
	c.base.User = url.UserPassword(user, password)
	log.Printf("client for %v", c.base) // want `URL c.base holds a password`
	return c
}

// Silent: no password set (url.User, UserPassword with ""), or none known.
func noPassword(host, user, endpoint string) {
	w := &url.URL{Scheme: "https", Host: host, User: url.User(user)}
	log.Print(w)
	e := &url.URL{Scheme: "https", Host: host, User: url.UserPassword(user, "")}
	log.Print(e)
	u, err := url.Parse(endpoint)
	if err != nil {
		return
	}
	log.Printf("GET %v", u)
	log.Print(u.String())
}

// Silent: a copy whose user info is cleared (tr064's anonymous URL), and
// a URL value, which fmt prints with its User pointer as an address.
func cleared(u *url.URL) *config {
	c := configOf(u)
	safe := *u
	safe.User = nil
	log.Printf("device %v", &safe)
	log.Printf("device %v", safe)
	return c
}

// Silent: asking whether a password is set, to redact it (net/http's
// stripPassword), reads none.
func stripPassword(u *url.URL) {
	if _, set := u.User.Password(); set {
		log.Print(u.Redacted())
		return
	}
	log.Print(u)
}

// One finding per leak: logDial prints a URL whose password it reads
// itself; its caller is not reported again.
func logDial(u *url.URL) *config {
	c := configOf(u)
	log.Printf("dial %v", u) // want `URL u holds a password \(read with User.Password\(\)\)`
	return c
}

func dial(raw string) *config {
	u, err := url.Parse(raw)
	if err != nil {
		return nil
	}
	return logDial(u)
}
