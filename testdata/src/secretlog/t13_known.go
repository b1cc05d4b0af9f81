package secretlog

import (
	"errors"
	"fmt"
	"log"
	"strings"

	"golang.org/x/oauth2"
)

// Casdoor's server puts its error text into the access token field
// ("error: …"); inside a test for that prefix the value is the message.
func exchanged(tok *oauth2.Token) error {
	if strings.HasPrefix(tok.AccessToken, "error:") {
		return errors.New(strings.TrimPrefix(tok.AccessToken, "error: "))
	}
	if !strings.HasPrefix(tok.AccessToken, "ERR: ") {
		return nil
	} else {
		log.Printf("token endpoint said %s", tok.AccessToken)
	}
	return nil
}

func knownValues(accessToken, password string) error {
	if accessToken == "none" || accessToken == "expired" {
		return fmt.Errorf("access token %q is unusable", accessToken)
	}
	if "anonymous" == password {
		log.Printf("password %s", password)
	}
	if password != "changeme" {
		return nil
	} else {
		return fmt.Errorf("default password %s in use", password)
	}
}

// A prefix a credential may start with proves nothing; nor does a test
// whose outcome leaves the rest open.
func unknownValues(accessToken, password, apiKey string) error {
	if strings.HasPrefix(accessToken, "Bearer ") {
		log.Printf("token %s", accessToken) // want `credential accessToken reaches a log line via log.Printf`
	}
	if strings.HasPrefix(apiKey, "sk_live_") {
		return fmt.Errorf("live key %s", apiKey) // want `credential apiKey reaches an error message via fmt.Errorf`
	}
	if strings.HasPrefix(password, "password:") {
		log.Printf("%s", password) // want `credential password reaches a log line via log.Printf`
	}
	if strings.HasPrefix(accessToken, "https://") {
		log.Printf("%s", accessToken) // want `credential accessToken reaches a log line via log.Printf`
	}
	if accessToken != "none" {
		log.Printf("token %s", accessToken) // want `credential accessToken reaches a log line via log.Printf`
	}
	if !strings.HasPrefix(apiKey, "error:") {
		log.Printf("key %s", apiKey) // want `credential apiKey reaches a log line via log.Printf`
	}
	if password == "hunter2" || strings.Contains(password, "error:") {
		log.Printf("password %s", password) // want `credential password reaches a log line via log.Printf`
	}
	return nil
}

// The same proofs in the clauses of a switch.
func knownCases(tok *oauth2.Token, accessToken string) error {
	switch {
	case strings.HasPrefix(tok.AccessToken, "error:"):
		return errors.New(tok.AccessToken)
	case strings.HasPrefix(tok.AccessToken, "Bearer "):
		log.Printf("%s", tok.AccessToken) // want `credential AccessToken reaches a log line via log.Printf`
	}
	switch accessToken {
	case "none", "expired":
		return fmt.Errorf("access token %q is unusable", accessToken)
	case "k7F2q9XM4pR8sT1vW3yZ", "x":
		log.Printf("token %s", accessToken) // want `credential accessToken reaches a log line via log.Printf`
	default:
		log.Printf("token %s", accessToken) // want `credential accessToken reaches a log line via log.Printf`
	}
	return nil
}
