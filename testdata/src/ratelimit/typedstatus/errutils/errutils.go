// Package errutils is a module's shared error helper (lego's
// internal/errutils): its errors keep the HTTP status as an exported
// field, the headers are dropped.
package errutils

import (
	"fmt"
	"net/http"
)

type UnexpectedStatusCodeError struct {
	req        *http.Request
	StatusCode int
	Body       []byte
}

func NewUnexpectedStatusCodeError(req *http.Request, statusCode int, body []byte) *UnexpectedStatusCodeError {
	return &UnexpectedStatusCodeError{req: req, StatusCode: statusCode, Body: body}
}

func NewUnexpectedResponseStatusCodeError(req *http.Request, resp *http.Response) *UnexpectedStatusCodeError {
	return &UnexpectedStatusCodeError{req: req, StatusCode: resp.StatusCode}
}

func (u UnexpectedStatusCodeError) Error() string {
	return fmt.Sprintf("unexpected status code: [status code: %d] body: %s", u.StatusCode, u.Body)
}

// Message has no status at all.
type Message struct{ Text string }

func NewMessage(req *http.Request, statusCode int, body []byte) *Message {
	return &Message{Text: fmt.Sprintf("%d: %s", statusCode, body)}
}

func (m *Message) Error() string { return m.Text }
