package secretlog

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"

	"secretlog/l1dsn"
)

// One finding per leak: a helper that leaks its parameter by itself, by
// its own evidence, is reported inside; its callers are not reported
// again. A helper that knows nothing of its parameter is reported at the
// callers that give it a credential.

type l1Dsn struct{ publicKey, secretKey, host string }

type l1ParseError struct{ Message string }

func (e *l1ParseError) Error() string { return e.Message }

// sentry-go's NewDsn: the legacy secret key is the URL's password, and a
// malformed DSN is quoted in the error.
func l1NewDsn(rawURL string) (*l1Dsn, error) {
	parsedURL, err := url.Parse(rawURL) // want `credential rawURL reaches an error message via url.Parse`
	if err != nil {
		return nil, &l1ParseError{fmt.Sprintf("invalid url: %v", err)}
	}
	d := &l1Dsn{publicKey: parsedURL.User.Username(), host: parsedURL.Host}
	if secret, ok := parsedURL.User.Password(); ok {
		d.secretKey = secret
	}
	return d, nil
}

// Silent: UnmarshalJSON's str reaches the same url.Parse through
// l1NewDsn; that leak is reported once, above.
func (d *l1Dsn) UnmarshalJSON(data []byte) error {
	var str string
	_ = json.Unmarshal(data, &str)
	nd, err := l1NewDsn(str)
	if err != nil {
		return err
	}
	*d = *nd
	return nil
}

// Silent: a wrapper of it, and the wrapper's caller.
func l1OpenDsn(dsn string) (*l1Dsn, error) {
	d, err := l1NewDsn(dsn)
	if err != nil {
		return nil, fmt.Errorf("open: %w", err)
	}
	return d, nil
}

func l1Connect(host, dbPassword string) error {
	_, err := l1OpenDsn("https://key:" + dbPassword + "@" + host + "/1")
	return err
}

// A helper whose parameter is named as a secret: reported inside, once.
func l1BadPassword(password string) error {
	return fmt.Errorf("password %q rejected", password) // want `credential password reaches an error message via fmt.Errorf`
}

func l1Login(c *dbConfig) error {
	return l1BadPassword(c.Password)
}

// A generic helper: silent inside, reported where a credential is given.
func l1Wrap(s string) error { return fmt.Errorf("bad value %s", s) }

func l1Generic(c *dbConfig) error {
	if c.Host == "" {
		return l1Wrap(c.Host)
	}
	return l1Wrap(c.Password) // want `credential Password reaches an error message via l1Wrap \(it passes it to an error message\)`
}

// A wrapper of a generic helper: still generic, reported at its callers.
func l1WrapAgain(s string) error { return l1Wrap("again: " + s) }

func l1GenericTwice(c *dbConfig) error {
	return l1WrapAgain(c.Password) // want `credential Password reaches an error message via l1WrapAgain`
}

// Another package: Parse and Open leak by themselves (reported in l1dsn);
// Wrap is generic.
func l1CrossPackage(c *dbConfig, dbPassword string) error {
	if _, err := l1dsn.Parse("postgres://app:" + dbPassword + "@db/app"); err != nil {
		return err
	}
	if _, err := l1dsn.Open("postgres://app:" + dbPassword + "@db/app"); err != nil {
		return err
	}
	if c.Host == "" {
		return l1dsn.Wrap("connect", c.Host)
	}
	return l1dsn.Wrap("connect", c.Password) // want `credential Password reaches an error message via l1dsn.Wrap`
}

// var u, err = url.Parse(x) is the same sink as u, err := url.Parse(x).
func l1VarParse(dsn string) (*dbConfig, error) {
	var u, err = url.Parse(dsn) // want `credential dsn reaches an error message via url.Parse`
	if err != nil {
		return nil, err
	}
	return userConfig(u), nil
}

// Silent: the same with the error replaced, and with it dropped.
func l1VarParseFixed(dsn string) (*dbConfig, error) {
	var u, err = url.Parse(dsn)
	if err != nil {
		return nil, errors.New("invalid connection string")
	}
	return userConfig(u), nil
}

func l1VarParseDropped(dsn string) *dbConfig {
	var u, _ = url.Parse(dsn)
	return userConfig(u)
}
