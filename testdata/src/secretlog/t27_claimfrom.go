package secretlog

import (
	"fmt"
	"strings"
)

// A helper named for what it takes from a token returns that, not the
// token: the issuer claim of a JWT is a URL (seaweedfs iam_manager.go).
func t27ExtractIssuerFromJWT(token string) (string, error) {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return "", fmt.Errorf("malformed")
	}
	return parts[0], nil
}

func t27Assume(accessToken string) error {
	issuer, err := t27ExtractIssuerFromJWT(accessToken)
	if err != nil {
		return err
	}
	if issuer != "https://idp.example.com" {
		return fmt.Errorf("no provider for issuer %s", issuer) // silent: a claim taken from the token
	}
	return fmt.Errorf("bad token %s", accessToken) // want `credential accessToken reaches an error message via fmt.Errorf`
}
