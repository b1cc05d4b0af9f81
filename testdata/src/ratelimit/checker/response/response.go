// Package response turns the responses of the client in the parent
// package into values or typed errors (conjur-api-go's response package).
package response

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// Error keeps the status of a non-2xx response: callers tell 429 apart
// with errors.As.
type Error struct {
	Code    int
	Message string
}

func (e *Error) Error() string { return e.Message }

// NewError builds the typed error of a response.
func NewError(resp *http.Response) error {
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	e := Error{}
	e.Code = resp.StatusCode
	if err = json.Unmarshal(body, &e); err != nil {
		e.Message = string(body)
	}
	return &e
}

// DataResponse returns the body of a 2xx response, else a typed error.
func DataResponse(resp *http.Response) ([]byte, error) {
	if resp.StatusCode < 300 {
		defer resp.Body.Close()
		return io.ReadAll(resp.Body)
	}
	return nil, NewError(resp)
}

// JSONResponse decodes a 2xx response into obj, else returns a typed error.
func JSONResponse(resp *http.Response, obj any) error {
	if resp.StatusCode < 300 {
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			return err
		}
		return json.Unmarshal(body, obj)
	}
	return NewError(resp)
}

// EmptyResponse returns nil for a 2xx response, else a typed error.
func EmptyResponse(resp *http.Response) error {
	if resp.StatusCode < 300 {
		return nil
	}
	return NewError(resp)
}

// TextResponse says the status only in the error's text.
func TextResponse(resp *http.Response) ([]byte, error) {
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return nil, fmt.Errorf("status %d", resp.StatusCode)
	}
	return io.ReadAll(resp.Body)
}
