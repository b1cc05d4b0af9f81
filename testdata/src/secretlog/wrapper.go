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

// decode quotes raw in its error only when no secretName is given (pgx's
// uriDecode): a caller that names the secret sends no value to the error.
func decode(raw, secretName string) (string, error) {
	fail := func(secretFormat, publicFormat string) (string, error) {
		if secretName != "" {
			return "", fmt.Errorf(secretFormat, secretName)
		}
		return "", fmt.Errorf(publicFormat, raw)
	}
	if len(raw) > 64 {
		return fail("%s is too long", "too long: %q")
	}
	return raw, nil
}

// check quotes value only under `if name == ""`.
func check(value, name string) error {
	if name == "" {
		return fmt.Errorf("invalid value %q", value)
	}
	return fmt.Errorf("invalid %s", name)
}

// decodeLoud quotes raw on both paths: no guard.
func decodeLoud(raw, secretName string) error {
	if secretName != "" {
		return fmt.Errorf("bad %s: %q", secretName, raw)
	}
	return fmt.Errorf("bad value: %q", raw)
}

func guardedHelpers(password string, name string) {
	_, _ = decode(password, "password")
	_ = check(password, "password")
	_, _ = decode(password, "")          // want `credential password reaches an error message via decode \(it passes it to an error message\)`
	_, _ = decode(password, name)        // want `credential password reaches an error message via decode`
	_ = check(password, "")              // want `credential password reaches an error message via check`
	_ = decodeLoud(password, "password") // want `credential password reaches an error message via decodeLoud`
}
