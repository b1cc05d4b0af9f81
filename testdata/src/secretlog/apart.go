package secretlog

import (
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
)

// go-oidc's UserInfo: the reply's body is an error text on a non-200
// status (returned at once), and a signed JWT, passed on as a credential,
// only past that return. The error shows the error text.

func verifyJWT(jwt string) ([]byte, error) { return nil, errors.New("unverified") }

func userInfo(resp *http.Response) ([]byte, error) {
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s", resp.Status, body)
	}
	if resp.Header.Get("Content-Type") == "application/jwt" {
		payload, err := verifyJWT(string(body))
		if err != nil {
			return nil, err
		}
		body = payload
	}
	return body, nil
}

// On a path that reaches the use, the same name is the credential.
func fetchAndSend(resp *http.Response, req *http.Request) error {
	grant, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	log.Printf("got %s", grant) // want `credential grant reaches a log line via log.Printf`
	req.Header.Set("Authorization", "Bearer "+string(grant))
	return nil
}

// An ambiguous name is corroborated by any use, on any path: a token echoed
// on an error path is the token.
func checkAndSend(resp *http.Response, req *http.Request) error {
	token, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if len(token) < 20 {
		return fmt.Errorf("short token %q", token) // want `credential token reaches an error message via fmt.Errorf`
	}
	req.Header.Set("Authorization", "Bearer "+string(token))
	return nil
}
