// Package amqp091 stands in for github.com/rabbitmq/amqp091-go.
package amqp091

import (
	"crypto/tls"
	"net/url"
)

type Config struct{ TLSClientConfig *tls.Config }

type Connection struct{}

// DialConfig returns url.Parse's error as it is, as ParseURI does.
func DialConfig(uri string, config Config) (*Connection, error) {
	if _, err := url.Parse(uri); err != nil {
		return nil, err
	}
	return &Connection{}, nil
}

func DialTLS(uri string, c *tls.Config) (*Connection, error) {
	return DialConfig(uri, Config{TLSClientConfig: c})
}

func Dial(uri string) (*Connection, error) { return DialConfig(uri, Config{}) }
