package secretlog

import (
	"fmt"
	"log"
)

// gosnowflake's SnowflakeError (errors.go:16) formats MessageArgs
// []interface{} into its text. One error built with a credential among its
// arguments (getSSO's URL with the one-time token, authokta.go:344) made
// the field, and so every SnowflakeError and every err of the package that
// held one, a credential: the heartbeat's error (heartbeat.go:56) too. A
// field of type any, error or []any is judged by the value each error is
// built with.

type sfError struct {
	Number      int
	Message     string
	MessageArgs []interface{}
	Cause       error
}

func (e *sfError) Error() string {
	msg := fmt.Sprintf(e.Message, e.MessageArgs...)
	if e.Cause != nil {
		msg += ": " + e.Cause.Error()
	}
	return msg
}

func ssoError(password string) error {
	return &sfError{
		Number:      1,
		Message:     "failed to reach %v",
		MessageArgs: []interface{}{"https://idp.example.com/sso?onetimetoken=" + password},
	}
}

func heartbeatError(host string) error {
	return &sfError{Number: 2, Message: "heartbeat to %v failed", MessageArgs: []interface{}{host}}
}

func wrapSSO(password string) error {
	return &sfError{Number: 3, Message: "login failed", Cause: ssoError(password)}
}

func runSSO(password string) {
	if err := ssoError(password); err != nil {
		log.Printf("sso: %v", err) // want `credential ssoError\(\) reaches a log line via log.Printf`
	}
	if err := wrapSSO(password); err != nil {
		log.Printf("login: %v", err) // want `credential wrapSSO\(\) reaches a log line via log.Printf`
	}
}

func runHeartbeat(host string) {
	if err := heartbeatError(host); err != nil {
		log.Printf("heartbeat: %v", err)
	}
	err := &sfError{Number: 4, Message: "closed"}
	log.Printf("closing: %v", err)
}
