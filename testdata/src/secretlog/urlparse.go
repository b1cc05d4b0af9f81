package secretlog

import (
	"errors"
	"fmt"
	"log"
	"net/url"
)

// url.Parse's error quotes the whole URL (parse "kurrentdb://admin:changeit@
// host:2113?tls=false": invalid port ...): where the URL holds a password
// that the package uses as one, passing that error on leaks it.

type dbConfig struct {
	Username, Password, Host string
}

// KurrentDB's ParseConnectionString: the password of the connection
// string is used, and the parse error is returned as is.
func parseConnString(connectionString string) (*dbConfig, error) {
	u, err := url.Parse(connectionString) // want `credential connectionString reaches an error message via url.Parse, whose error quotes the whole value and is passed on; return or log a fixed message instead of that error`
	if err != nil {
		return nil, err
	}
	return userConfig(u), nil
}

func userConfig(u *url.URL) *dbConfig {
	cfg := &dbConfig{Username: u.User.Username(), Host: u.Host}
	cfg.Password, _ = u.User.Password()
	return cfg
}

// Wrapped into another error.
func openWrapped(dsn string) (*dbConfig, error) {
	u, err := url.Parse(dsn) // want `credential dsn reaches an error message via url.Parse, whose error`
	if err != nil {
		return nil, fmt.Errorf("invalid connection string: %w", err)
	}
	return userConfig(u), nil
}

// Logged, in an if's own statement.
func openLogged(dsn string) *dbConfig {
	if _, err := url.ParseRequestURI(dsn); err != nil { // want `credential dsn reaches an error message via url.ParseRequestURI`
		log.Printf("bad dsn: %v", err)
		return nil
	}
	u, _ := url.Parse(dsn)
	return userConfig(u)
}

// A URL built with a password.
func dialURL(host, password string) (*url.URL, error) {
	raw := "postgres://app:" + password + "@" + host + "/app"
	u, err := url.Parse(raw) // want `credential password reaches an error message via url.Parse`
	if err != nil {
		return nil, err
	}
	return u, nil
}

// Silent: a URL named for one (passwordURL, like tokenURL, says where
// to find one).
func checkPasswordURL(passwordURL string) error {
	_, err := url.Parse(passwordURL)
	return err
}

// Silent: the error replaced by a fixed message.
func openFixed(dsn string) (*dbConfig, error) {
	u, err := url.Parse(dsn)
	if err != nil {
		return nil, errors.New("invalid connection string")
	}
	return userConfig(u), nil
}

// Silent: the error dropped.
func openDropped(dsn string) *dbConfig {
	u, _ := url.Parse(dsn)
	return userConfig(u)
}

// Silent: the error only tested.
func openTested(dsn string) (*dbConfig, error) {
	u, err := url.Parse(dsn)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("invalid connection string for host %q", u.Host)
	}
	return userConfig(u), nil
}

// Silent: err is assigned anew before it is returned.
func openReassigned(dsn string) (*dbConfig, error) {
	u, err := url.Parse(dsn)
	if err != nil {
		u = &url.URL{}
	}
	cfg := userConfig(u)
	_, err = url.Parse(cfg.Host)
	return cfg, err
}

// Silent: a plain URL, no credential in it.
func newClient(baseURL string) (*url.URL, error) {
	u, err := url.Parse(baseURL)
	if err != nil {
		return nil, fmt.Errorf("base URL: %w", err)
	}
	return u, nil
}

// Silent: the password is redacted before the parse.
func reparse(dsn *url.URL) (*url.URL, error) {
	cfg := userConfig(dsn)
	_ = cfg
	return url.Parse(dsn.Redacted())
}

// Silent: a value named for something else.
func parseEndpoint(endpoint string) error {
	_, err := url.Parse(endpoint)
	if err != nil {
		return fmt.Errorf("endpoint: %w", err)
	}
	return nil
}

// Silent: tr064's NewClient takes the password out of the URL and keeps
// the URL without its user info; the host is no part of the password.
func deviceClient(deviceURL *url.URL) *dbConfig {
	anonymous := *deviceURL
	anonymous.User = nil
	cfg := userConfig(deviceURL)
	log.Printf("device %s", &anonymous)
	log.Printf("device %s", deviceURL.Host)
	return cfg
}

// A caller passes a credential to a function that returns url.Parse's
// error: that function reads the password itself and is reported inside,
// once, not again here (see l1_oneleak.go).
func openFromEnv(dbPassword string) (*dbConfig, error) {
	return parseConnString("postgres://app:" + dbPassword + "@db/app")
}

// A bare return of the named result err.
func parseNamed(dsn string) (cfg *dbConfig, err error) {
	var u *url.URL
	if u, err = url.Parse(dsn); err != nil { // want `credential dsn reaches an error message via url.Parse`
		return
	}
	cfg = userConfig(u)
	return
}

// Silent: a bare return in a function literal is the literal's.
func parseInClosure(dsn string) (cfg *dbConfig, err error) {
	var u *url.URL
	u, err = url.Parse(dsn)
	check := func() (ok bool) {
		ok = err == nil
		return
	}
	if !check() {
		return nil, errors.New("invalid connection string")
	}
	return userConfig(u), nil
}

// lib/pq's ParseURL: the password is read out of the URL and written
// into a key=value string, which says nothing of credentials.
func parsePostgresURL(rawURL string) (string, error) {
	u, err := url.Parse(rawURL) // want `credential rawURL reaches an error message via url.Parse`
	if err != nil {
		return "", err
	}
	var kvs []string
	accrue := func(k, v string) { kvs = append(kvs, k+"='"+v+"'") }
	if u.User != nil {
		v, _ := u.User.Password()
		accrue("password", v)
	}
	if u.Scheme != "postgres" {
		return "", fmt.Errorf("invalid connection protocol: %s", u.Scheme)
	}
	return fmt.Sprint(kvs), nil
}

// Silent: net/http's stripPassword asks only whether a password is set, to
// redact it; that does not make every URL it is given hold one, nor the
// Location a redirect's URL was parsed from.
func stripPassword(u *url.URL) string {
	_, passSet := u.User.Password()
	if passSet {
		return u.Redacted()
	}
	return u.String()
}

func followRedirect(loc string) (string, error) {
	u, err := url.Parse(loc)
	if err != nil {
		return "", fmt.Errorf("failed to parse Location header %q: %v", loc, err)
	}
	return stripPassword(u), nil
}
