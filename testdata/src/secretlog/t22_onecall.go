package secretlog

import (
	"log"
	"strings"
)

// hydra v2.3.0 test/mock-client/main.go:161 prints a token and the parts
// of its access token in one log call: one finding for the call, naming
// both, not one per argument.
type t22Token struct {
	AccessToken string `json:"access_token"`
	IDToken     string `json:"id_token"`
}

func t22CheckToken(token t22Token) {
	parts := strings.Split(token.AccessToken, ".")
	if len(parts) != 3 {
		log.Fatalf("JWT access token does not have three parts: %d - %+v - %v", len(parts), token, parts) // want `token is printed whole, with its credential field AccessToken, in a log line via log.Fatalf; .*; the same call also shows parts \(credential AccessToken\)$`
	}
	// Two calls, two findings.
	log.Printf("token: %+v", token) // want `token is printed whole`
	log.Printf("parts: %v", parts)  // want `credential AccessToken reaches a log line via log.Printf`
}
