package typedstatus

import (
	"errors"
	"net/http"
)

// NilGuard's parseError first checks for a missing response (minio-go's
// httpRespToErrorResponse): that return is no error status. Every other
// keeps the status typed: silent.
type NilGuard struct {
	HTTPClient *http.Client
	token      string
}

func (c *NilGuard) GetRecords() error {
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
		return parseNilGuarded(resp)
	}
	return nil
}

func parseNilGuarded(resp *http.Response) error {
	if resp == nil {
		return errors.New("empty response")
	}
	errResp := APIError{StatusCode: resp.StatusCode}
	if resp.StatusCode == http.StatusNotFound {
		errResp = APIError{StatusCode: resp.StatusCode, Message: "no such record"}
	}
	return errResp
}

// NilStatus tests the status, not the response, for nil first: the
// error it returns there names no status: reported.
type NilStatus struct {
	HTTPClient *http.Client
	token      string
}

func (c *NilStatus) GetRecords() error {
	req, err := newRequest("/records", c.token)
	if err != nil {
		return err
	}
	resp, err := c.HTTPClient.Do(req) // want `^authenticated request sent by c\.HTTPClient\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return parseNotFoundFirst(resp)
	}
	return nil
}

func parseNotFoundFirst(resp *http.Response) error {
	if resp.StatusCode >= http.StatusBadRequest {
		return errors.New("request failed")
	}
	return APIError{StatusCode: resp.StatusCode}
}
