package secretlog

import "fmt"

// A test passes its fixtures to New in the wrong order on purpose (see
// validator_test.go): that does not make clientID a credential.
type validator struct {
	audience     string
	clientSecret []byte
}

func newValidator(clientID, clientSecret string) *validator {
	return &validator{audience: clientID, clientSecret: []byte(clientSecret)}
}

func (v *validator) check(azp string) error {
	if azp != v.audience {
		return fmt.Errorf("azp mismatch: expected %q, found %q", v.audience, azp)
	}
	return nil
}
