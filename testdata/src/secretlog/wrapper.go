package secretlog

import (
	"fmt"
	"log"
	"net/http"
)

type service struct {
	debug bool
	token string
}

func (s *service) sign(req *http.Request) { req.Header.Set("X-Auth-Token", s.token) }

// debugf is a log wrapper: its arguments reach log.Printf.
func (s *service) debugf(format string, args ...any) {
	if s.debug {
		log.Printf("[debug] "+format, args...)
	}
}

// logf wraps debugf: a wrapper of a wrapper.
func (s *service) logf(format string, args ...any) { s.debugf(format, args...) }

// fail builds errors from its parameter.
func fail(what string) error { return fmt.Errorf("request failed: %s", what) }

// describe does not pass its parameter to a sink.
func describe(v string) string { return fmt.Sprint(len(v)) }

func wrappers(s *service) {
	s.debugf("calling with %s", s.token) // want `credential token reaches a log line via s.debugf \(it passes it to a log\)`
	s.logf("token=%s", s.token)          // want `via s.logf`
	_ = fail(s.token)                    // want `an error message via fail \(it passes it to an error message\)`
	log.Print(describe(s.token))
	s.debugf("token type %T", s.token)
}
