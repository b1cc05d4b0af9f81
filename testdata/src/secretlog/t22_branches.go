package secretlog

import (
	"crypto/tls"
	"errors"
	"fmt"
	"net/http"
	"net/url"

	amqp "github.com/rabbitmq/amqp091-go"
)

// watermill-amqp v3.0.2 connect (pkg/amqp/connection.go:86-90) dials one
// URI with amqp.DialConfig, DialTLS or Dial, by configuration, and returns
// whichever error it got: each call's error escapes, not only the last
// one's. An assignment in another branch of the if or switch does not
// replace the error of the call; one on the call's own path does.
type t22Config struct {
	AmqpURI    string
	AmqpConfig *amqp.Config
	TLSConfig  *tls.Config
}

func (c t22Config) connect() (*amqp.Connection, error) {
	var conn *amqp.Connection
	var err error
	if c.AmqpConfig != nil {
		conn, err = amqp.DialConfig(c.AmqpURI, *c.AmqpConfig) // want `credential AmqpURI reaches an error message via amqp.DialConfig`
	} else if c.TLSConfig != nil {
		conn, err = amqp.DialTLS(c.AmqpURI, c.TLSConfig) // want `credential AmqpURI reaches an error message via amqp.DialTLS`
	} else {
		conn, err = amqp.Dial(c.AmqpURI) // want `credential AmqpURI reaches an error message via amqp.Dial`
	}
	if err != nil {
		return nil, fmt.Errorf("cannot connect to AMQP: %w", err)
	}
	return conn, nil
}

func (c t22Config) connectMode(mode int) (*amqp.Connection, error) {
	var conn *amqp.Connection
	var err error
	switch mode {
	case 1:
		conn, err = amqp.DialTLS(c.AmqpURI, c.TLSConfig) // want `credential AmqpURI reaches an error message via amqp.DialTLS`
	default:
		conn, err = amqp.Dial(c.AmqpURI) // want `credential AmqpURI reaches an error message via amqp.Dial`
	}
	return conn, err
}

// On the call's own path a new error replaces it: silent.
func (c t22Config) connectFallback() (*amqp.Connection, error) {
	conn, err := amqp.Dial(c.AmqpURI)
	if err != nil {
		conn, err = amqp.Dial("amqp://localhost:5672/")
	}
	if err != nil {
		return nil, err
	}
	return conn, nil
}

// A new error set only on another condition: where that does not hold,
// the call's error is returned.
func (c t22Config) connectChecked() (*amqp.Connection, error) {
	conn, err := amqp.Dial(c.AmqpURI) // want `credential AmqpURI reaches an error message via amqp.Dial`
	if c.TLSConfig != nil {
		err = errors.New("TLS configured but not used")
	}
	if err != nil {
		return nil, err
	}
	return conn, nil
}

// Requests sent in two branches whose one error escapes at one return:
// one finding there, naming both calls.
func t22Fetch(c *http.Client, base, apiKey string, post bool) error {
	var resp *http.Response
	var err error
	if post {
		resp, err = c.Post(base+"/v1/items?api_key="+apiKey, "application/json", nil)
	} else {
		resp, err = c.Get(base + "/v1/items?api_key=" + apiKey)
	}
	if err != nil {
		return err // want `the error of c.Post quotes the request URL, which carries a credential, apiKey \(as api_key=\), and is returned; .*; and so does the error of c.Get at line 85`
	}
	return resp.Body.Close()
}

var _ = url.Parse

// A new error set on every path where the call failed: silent.
func (c t22Config) connectWrapped() (*amqp.Connection, error) {
	conn, err := amqp.Dial(c.AmqpURI)
	switch {
	case err != nil:
		err = errors.New("amqp: cannot connect")
	}
	return conn, err
}

func (c t22Config) connectElse() (*amqp.Connection, error) {
	conn, err := amqp.Dial(c.AmqpURI)
	if err == nil {
		return conn, nil
	} else {
		err = errors.New("amqp: cannot connect")
	}
	return nil, err
}

// A new error in a loop that may not run: the call's error goes on.
func (c t22Config) connectLoop(retries int) (*amqp.Connection, error) {
	conn, err := amqp.Dial(c.AmqpURI) // want `credential AmqpURI reaches an error message via amqp.Dial`
	for range retries {
		if err == nil {
			break
		}
		conn, err = amqp.Dial("amqp://localhost:5672/")
	}
	return conn, err
}
