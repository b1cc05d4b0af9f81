package headerlog

import (
	"fmt"
	"log"
	"net/http"
	"strings"
)

// One header picked out of a range over the headers by its name: its value
// is that header's, a credential only when the name is a credential
// header's (consul-awsauth's validateHeaderValue, auth.go:283, quotes the
// server-ID header every caller names by config.ServerIDHeaderName).

type pickConfig struct {
	ServerIDHeaderName  string
	ServerIDHeaderValue string
	AuthHeader          string
}

type pickAuth struct{ config pickConfig }

func (a *pickAuth) check(req *http.Request) error {
	if err := pickValidate(req.Header, a.config.ServerIDHeaderName, a.config.ServerIDHeaderValue); err != nil {
		return err
	}
	return pickValidate(req.Header, a.config.ServerIDHeaderName, a.config.ServerIDHeaderValue)
}

func pickValidate(headers http.Header, headerName, required string) error {
	provided := ""
	for k, v := range headers {
		if strings.EqualFold(headerName, k) {
			provided = strings.Join(v, ",")
			break
		}
	}
	if provided != required {
		return fmt.Errorf("expected %q but got %q", required, provided)
	}
	return nil
}

// The callers' names are constants.
func pickByConstants(req *http.Request) {
	pickLog(req.Header, "X-Consul-IAM-ServerID")
	pickLog(req.Header, "X-Request-Id")
	pickLogKey(req.Header, "X-Api-Key")
	pickLogKey(req.Header, "X-Request-Id")
}

func pickLog(h http.Header, name string) {
	for k, vs := range h {
		if http.CanonicalHeaderKey(k) == name {
			log.Printf("%s: %v", k, vs)
		}
	}
}

func pickLogKey(h http.Header, name string) {
	for k, vs := range h {
		if strings.EqualFold(k, name) {
			log.Printf("%s: %v", k, vs) // want `vs \(the header named by name\) reaches a log line`
		}
	}
}

// Picked by a constant, a local set to one, or after a continue.
func pickInPlace(req *http.Request) {
	for k, v := range req.Header {
		if k == "X-Request-Id" {
			log.Printf("request id %s", v[0])
		}
	}
	name := "X-Trace-Id"
	for k, v := range req.Header {
		if !strings.EqualFold(k, name) {
			continue
		}
		log.Printf("trace %v", v)
	}
	for k, v := range req.Header {
		if k == "Authorization" {
			log.Printf("auth %v", v) // want `v \(the Authorization header\) reaches a log line`
		}
	}
	for k, v := range req.Header {
		if k != "Cookie" {
			continue
		}
		log.Printf("cookie %v", v) // want `the Cookie header`
	}
	for k, v := range req.Header {
		if k == "X-Request-Id" {
			continue
		}
		log.Printf("%s: %v", k, v) // want `a value of req.Header`
	}
}

// A name that says nothing, from callers the package does not see; a
// field named for a credential header.
func PickHeader(h http.Header, name string) {
	for k, v := range h {
		if strings.EqualFold(k, name) {
			log.Printf("%s = %v", k, v) // want `the header named by name`
		}
	}
}

func (a *pickAuth) pickAuthHeader(h http.Header) error {
	for k, v := range h {
		if k == a.config.AuthHeader {
			return fmt.Errorf("bad %s: %v", k, v) // want `the header named by a.config.AuthHeader`
		}
	}
	return nil
}
