package secretlog

import (
	"errors"
	"fmt"
	"net/url"
)

// pgx's parseURLSettings: the *url.Error quotes the connection string, its
// Err is the reason alone. url.Parse's error is always a *url.Error, so
// the code after the test never sees it.
func parseURLSettings(connString string) (*dbConfig, error) {
	parsed, err := url.Parse(connString)
	if err != nil {
		if urlErr := new(url.Error); errors.As(err, &urlErr) {
			return nil, urlErr.Err
		}
		return nil, err
	}
	return userConfig(parsed), nil
}

func parseURLSettingsVar(connString string) (*dbConfig, error) {
	parsed, err := url.Parse(connString)
	if err != nil {
		var urlErr *url.Error
		if errors.As(err, &urlErr) {
			return nil, fmt.Errorf("invalid connection string (%s): %w", urlErr.Op, urlErr.Err)
		}
		return nil, err
	}
	return userConfig(parsed), nil
}

// The *url.Error itself, or the error before the test, still quotes it.
func parseURLSettingsWhole(connString string) (*dbConfig, error) {
	parsed, err := url.Parse(connString) // want `credential connString reaches an error message via url.Parse`
	if err != nil {
		var urlErr *url.Error
		if errors.As(err, &urlErr) {
			return nil, urlErr
		}
	}
	return userConfig(parsed), nil
}

func parseURLSettingsEarly(connString string) (*dbConfig, error) {
	parsed, err := url.Parse(connString) // want `credential connString reaches an error message via url.Parse`
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		return nil, urlErr.Err
	}
	return userConfig(parsed), nil
}
