package secretlog

import (
	"fmt"

	"secretlog/l1dsn"
)

// A redaction guard passed through a wrapper of a wrapper: l1Decode
// quotes raw only without a secret name; l1DecodeField and l1DecodeUser
// pass their own name parameter down, so a caller that names the secret
// sends nothing to the error, two levels up.

func l1Decode(raw, secretName string) (string, error) {
	if len(raw) < 64 {
		return raw, nil
	}
	if secretName != "" {
		return "", fmt.Errorf("%s is too long", secretName)
	}
	return "", fmt.Errorf("too long: %q", raw)
}

func l1DecodeField(raw, name string) (string, error) { return l1Decode(raw, name) }

func l1DecodeUser(raw, name string) (string, error) {
	s, err := l1DecodeField(raw, name)
	return s, err
}

// l1DecodeAny passes a name of its own choosing: no guard for its callers.
func l1DecodeAny(raw string, names []string) (string, error) {
	name := names[0]
	return l1Decode(raw, name)
}

// l1DecodeRenamed assigns its name parameter before passing it: no guard.
func l1DecodeRenamed(raw, name string) (string, error) {
	name = ""
	return l1Decode(raw, name)
}

func l1Guards(password, name string, names []string) {
	_, _ = l1DecodeField(password, "password")
	_, _ = l1DecodeUser(password, "password")
	_, _ = l1dsn.DecodeField(password, "password")
	_, _ = l1DecodeField(password, "")         // want `credential password reaches an error message via l1DecodeField`
	_, _ = l1DecodeUser(password, name)        // want `credential password reaches an error message via l1DecodeUser`
	_, _ = l1dsn.DecodeField(password, "")     // want `credential password reaches an error message via l1dsn.DecodeField`
	_, _ = l1DecodeAny(password, names)        // want `credential password reaches an error message via l1DecodeAny`
	_, _ = l1DecodeRenamed(password, "secret") // want `credential password reaches an error message via l1DecodeRenamed`
}
