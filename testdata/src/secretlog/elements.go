package secretlog

import (
	"fmt"
	"net/url"
)

// An array literal is followed element by element when indexed by a
// constant: the other parts of a webhook URL are not its secret
// (github.com/containrrr/shoutrrr's Teams service).

func webhookParts(u *url.URL) error {
	pass, _ := u.User.Password()
	parts := [4]string{u.User.Username(), u.Hostname(), pass, u.Path}
	return verifyParts(parts)
}

func verifyParts(p [4]string) error {
	if p[0] == "" {
		return fmt.Errorf("first part is invalid: %q", p[0]) // silent: the user name
	}
	if p[1] == "" {
		return fmt.Errorf("second part is invalid: %q", p[1]) // silent: the host
	}
	if len(p[2]) != 32 {
		return fmt.Errorf("third part is invalid: %q", p[2]) // want `credential Password\(\) reaches an error message via fmt.Errorf`
	}
	return nil
}

func writtenParts(u *url.URL) error {
	pass, _ := u.User.Password()
	parts := [2]string{u.Hostname(), ""}
	parts[1] = pass
	return fmt.Errorf("parts %q", parts[1]) // want `credential Password\(\) reaches an error message via fmt.Errorf`
}
