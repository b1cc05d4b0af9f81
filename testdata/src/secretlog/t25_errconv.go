package secretlog

import (
	"fmt"
	"strings"
)

// Text converted to an error type of the package is an error message
// (dendrite v0.13.8 setup/config: ConfigErrors([]string{fmt.Sprintf(…)})).

type t25ConfigErrors []string

func (e t25ConfigErrors) Error() string { return strings.Join(e, ", ") }

type t25Err string

func (e t25Err) Error() string { return string(e) }

type t25Lines []string

type t25Service struct{ ID, Password string }

func t25Check(s t25Service) error {
	if s.ID == "" {
		return t25ConfigErrors([]string{fmt.Sprintf("service %s has password %s", s.ID, s.Password)}) // want `credential Password reaches an error message via t25ConfigErrors`
	}
	if len(s.Password) < 8 {
		return t25Err("weak password " + s.Password) // want `credential Password reaches an error message via t25Err`
	}
	// Silent: the ID alone, the length, a constant, and text converted to
	// a type that is no error.
	_ = t25Lines([]string{s.Password})
	if len(s.ID) > 64 {
		return t25ConfigErrors([]string{fmt.Sprintf("service %s: password of %d bytes", s.ID, len(s.Password))})
	}
	return t25Err("missing password")
}
