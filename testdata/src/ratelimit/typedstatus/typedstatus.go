// Package typedstatus: clients whose error statuses become errors that
// keep the status as a typed, exported field hand 429 to their callers
// (errors.As, then back off); the status only in an error's text, an
// error decoded from the body alone, or an unexported field does not.
package typedstatus

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"ratelimit/typedstatus/errutils"
)

const defaultBaseURL = "https://api.dns.example-saas.io/v1"

func newRequest(path, token string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, defaultBaseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	return req, nil
}

// Typed: the shared helper's typed error (lego's alwaysdata): silent.
type Typed struct {
	HTTPClient *http.Client
	token      string
}

func (c *Typed) GetRecords() error { return c.do("/records") }
func (c *Typed) GetZones() error   { return c.do("/zones") }

func (c *Typed) do(path string) error {
	req, err := newRequest(path, c.token)
	if err != nil {
		return err
	}
	resp, err := c.HTTPClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		raw, _ := io.ReadAll(resp.Body)
		return errutils.NewUnexpectedStatusCodeError(req, resp.StatusCode, raw)
	}
	return nil
}

// Wrapped: a parseError helper wraps the typed error with %w after a
// branch on 403 that only picks the message (lego's hyperone): silent.
type Wrapped struct {
	HTTPClient *http.Client
	token      string
}

func (c *Wrapped) GetRecords() error {
	req, err := newRequest("/records", c.token)
	if err != nil {
		return err
	}
	resp, err := c.HTTPClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return parseWrapped(req, resp)
	}
	return nil
}

func parseWrapped(req *http.Request, resp *http.Response) error {
	msg := "unknown error"
	if resp.StatusCode == http.StatusForbidden {
		msg = "forbidden: check the account's permissions"
	}
	return fmt.Errorf("%s: %w", msg, errutils.NewUnexpectedResponseStatusCodeError(req, resp))
}

// APIError is the provider's own error, with the status put in.
type APIError struct {
	StatusCode int    `json:"-"`
	Message    string `json:"message"`
}

func (a APIError) Error() string { return fmt.Sprintf("%d: %s", a.StatusCode, a.Message) }

// Own: parseError starts from the status and decodes the body into it
// (lego's gcore): silent.
type Own struct {
	HTTPClient *http.Client
	token      string
}

func (c *Own) GetRecords() error {
	req, err := newRequest("/records", c.token)
	if err != nil {
		return err
	}
	resp, err := c.HTTPClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return parseOwn(resp)
	}
	return nil
}

func parseOwn(resp *http.Response) error {
	raw, _ := io.ReadAll(resp.Body)
	errAPI := APIError{StatusCode: resp.StatusCode}
	if err := json.Unmarshal(raw, &errAPI); err != nil {
		errAPI.Message = string(raw)
	}
	return errAPI
}

// FieldSet sets the status on the decoded error: silent.
type FieldSet struct {
	HTTPClient *http.Client
	token      string
}

func (c *FieldSet) GetRecords() error {
	req, err := newRequest("/records", c.token)
	if err != nil {
		return err
	}
	resp, err := c.HTTPClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return errors.New("no such zone") // not a 429
	}
	if resp.StatusCode != http.StatusOK {
		var errAPI APIError
		_ = json.NewDecoder(resp.Body).Decode(&errAPI)
		errAPI.StatusCode = resp.StatusCode
		return &errAPI
	}
	return nil
}

// BodyError is decoded from the body: no HTTP status.
type BodyError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (b *BodyError) Error() string { return b.Code + ": " + b.Message }

// JSONFirst: a JSON error body becomes BodyError, without the status;
// only a body that is not JSON keeps it (lego's autodns): reported.
type JSONFirst struct {
	HTTPClient *http.Client
	token      string
}

func (c *JSONFirst) GetRecords() error {
	req, err := newRequest("/records", c.token)
	if err != nil {
		return err
	}
	resp, err := c.HTTPClient.Do(req) // want `^authenticated request sent by c\.HTTPClient\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return parseJSONFirst(req, resp)
	}
	return nil
}

func parseJSONFirst(req *http.Request, resp *http.Response) error {
	raw, _ := io.ReadAll(resp.Body)
	var errAPI BodyError
	if err := json.Unmarshal(raw, &errAPI); err != nil {
		return errutils.NewUnexpectedStatusCodeError(req, resp.StatusCode, raw)
	}
	return &errAPI
}

// Text keeps the status in the message only: reported, as its requests
// are repeated here (one request per call would leave the 429 to the
// caller, who reads it in the text).
type Text struct {
	HTTPClient *http.Client
	token      string
}

// SyncRecords fetches the records again and again: the package itself
// repeats the request, so a 429 the error only names is still met at once.
func (c *Text) SyncRecords(rounds int) error {
	for range rounds {
		if err := c.GetRecords(); err != nil {
			return err
		}
	}
	return nil
}

func (c *Text) GetRecords() error {
	req, err := newRequest("/records", c.token)
	if err != nil {
		return err
	}
	resp, err := c.HTTPClient.Do(req) // want `^authenticated requests sent by c\.HTTPClient\.Do \(2 API calls\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		raw, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("[status code %d] %s", resp.StatusCode, raw)
	}
	return nil
}

// Flattened formats the typed error with %v: its type is gone: reported.
type Flattened struct {
	HTTPClient *http.Client
	token      string
}

// SyncRecords fetches the records again and again: the package itself
// repeats the request, so a 429 the error only names is still met at once.
func (c *Flattened) SyncRecords(rounds int) error {
	for range rounds {
		if err := c.GetRecords(); err != nil {
			return err
		}
	}
	return nil
}

func (c *Flattened) GetRecords() error {
	req, err := newRequest("/records", c.token)
	if err != nil {
		return err
	}
	resp, err := c.HTTPClient.Do(req) // want `^authenticated requests sent by c\.HTTPClient\.Do \(2 API calls\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("records: %v", errutils.NewUnexpectedStatusCodeError(req, resp.StatusCode, nil))
	}
	return nil
}

// NoStatusType: another package's error given the status but without a
// field for it: reported.
type NoStatusType struct {
	HTTPClient *http.Client
	token      string
}

// SyncRecords fetches the records again and again: the package itself
// repeats the request, so a 429 the error only names is still met at once.
func (c *NoStatusType) SyncRecords(rounds int) error {
	for range rounds {
		if err := c.GetRecords(); err != nil {
			return err
		}
	}
	return nil
}

func (c *NoStatusType) GetRecords() error {
	req, err := newRequest("/records", c.token)
	if err != nil {
		return err
	}
	resp, err := c.HTTPClient.Do(req) // want `^authenticated requests sent by c\.HTTPClient\.Do \(2 API calls\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errutils.NewMessage(req, resp.StatusCode, nil)
	}
	return nil
}

type hiddenError struct{ code int }

func (h *hiddenError) Error() string { return fmt.Sprint(h.code) }

// Hidden keeps the status in an unexported field: reported.
type Hidden struct {
	HTTPClient *http.Client
	token      string
}

// SyncRecords fetches the records again and again: the package itself
// repeats the request, so a 429 the error only names is still met at once.
func (c *Hidden) SyncRecords(rounds int) error {
	for range rounds {
		if err := c.GetRecords(); err != nil {
			return err
		}
	}
	return nil
}

func (c *Hidden) GetRecords() error {
	req, err := newRequest("/records", c.token)
	if err != nil {
		return err
	}
	resp, err := c.HTTPClient.Do(req) // want `^authenticated requests sent by c\.HTTPClient\.Do \(2 API calls\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return &hiddenError{code: resp.StatusCode}
	}
	return nil
}

// Dropper returns the response on success and a typed status error on
// failure: not a dropped response.
type StatusError struct{ Code int }

func (s *StatusError) Error() string { return fmt.Sprintf("status %d", s.Code) }

type Dropper struct {
	HTTPClient *http.Client
	token      string
}

func (c *Dropper) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.HTTPClient.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		resp.Body.Close()
		return nil, &StatusError{Code: resp.StatusCode}
	}
	return resp, nil
}

func (c *Dropper) GetRecords() (int, error) {
	req, err := http.NewRequest(http.MethodGet, defaultBaseURL+"/records", nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return int(resp.ContentLength), nil
}

// Classes switches on the status class: a 429 takes `case 4`, whose error
// is the body alone (lego's rage4): reported.
type Classes struct {
	HTTPClient *http.Client
	token      string
}

func (c *Classes) GetRecords() error {
	req, err := newRequest("/records", c.token)
	if err != nil {
		return err
	}
	resp, err := c.HTTPClient.Do(req) // want `^authenticated request sent by c\.HTTPClient\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		switch resp.StatusCode / 100 {
		case 4:
			var errAPI BodyError
			_ = json.NewDecoder(resp.Body).Decode(&errAPI)
			return &errAPI
		default:
			return errutils.NewUnexpectedStatusCodeError(req, resp.StatusCode, nil)
		}
	}
	return nil
}
