// Package l1dsn is another package of the module: a connection-string
// parser that leaks its input by itself (reported here, once), a generic
// error helper (reported at its callers), and helpers that quote their
// input only without a secret name.
package l1dsn

import (
	"fmt"
	"net/url"
)

type Config struct{ User, Password string }

// Parse reads the password of the URL it parses: a malformed one is quoted
// whole in the error it returns. The leak is here.
func Parse(raw string) (*Config, error) {
	u, err := url.Parse(raw) // want `credential raw reaches an error message via url.Parse`
	if err != nil {
		return nil, fmt.Errorf("l1dsn: %w", err)
	}
	p, _ := u.User.Password()
	return &Config{User: u.User.Username(), Password: p}, nil
}

// Open passes its argument only to Parse, which leaks it by itself.
func Open(dsn string) (*Config, error) {
	c, err := Parse(dsn)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Wrap knows nothing of what it is given.
func Wrap(op, detail string) error { return fmt.Errorf("%s failed: %s", op, detail) }

// Decode quotes raw only when no secret name is given (pgx's uriDecode).
func Decode(raw, secretName string) (string, error) {
	if len(raw) < 64 {
		return raw, nil
	}
	if secretName != "" {
		return "", fmt.Errorf("%s is too long", secretName)
	}
	return "", fmt.Errorf("too long: %q", raw)
}

// DecodeField passes its name on: Decode's guard holds for its callers.
func DecodeField(raw, name string) (string, error) { return Decode(raw, name) }
