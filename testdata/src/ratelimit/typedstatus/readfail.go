package typedstatus

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// DecodeFail decodes the error body and returns the status in a typed
// error; only a body that fails to decode returns the decoder's error
// (langchaingo's maritacaclient): that error is the read's, the status is
// handed over. Silent.
type DecodeFail struct {
	HTTPClient *http.Client
	token      string
}

func (c *DecodeFail) GetRecords() error {
	req, err := newRequest("/records", c.token)
	if err != nil {
		return err
	}
	resp, err := c.HTTPClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= http.StatusBadRequest {
		var e struct {
			Detail string `json:"detail"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
			return err
		}
		return APIError{StatusCode: resp.StatusCode, Message: e.Detail}
	}
	return nil
}

// ReadFail reads the error body first; a failed read is wrapped. Silent.
type ReadFail struct {
	HTTPClient *http.Client
	token      string
}

func (c *ReadFail) GetRecords() error {
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
		raw, err := io.ReadAll(resp.Body)
		if err != nil {
			return fmt.Errorf("read error body: %w", err)
		}
		return &APIError{StatusCode: resp.StatusCode, Message: string(raw)}
	}
	return nil
}

// DecodedOnly returns the decoded body without the status: reported as
// before, whatever the decoder's error does.
type DecodedOnly struct {
	HTTPClient *http.Client
	token      string
}

func (c *DecodedOnly) GetRecords() error {
	req, err := newRequest("/records", c.token)
	if err != nil {
		return err
	}
	resp, err := c.HTTPClient.Do(req) // want `^authenticated request sent by c\.HTTPClient\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= http.StatusBadRequest {
		var e BodyError
		if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
			return err
		}
		return &e
	}
	return nil
}

// DecodeDropper returns the response on success and a typed status error
// on failure; only a failed decode of the error body returns the
// decoder's error: not a dropped response.
type DecodeDropper struct {
	HTTPClient *http.Client
	token      string
}

func (c *DecodeDropper) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.HTTPClient.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		defer resp.Body.Close()
		var e APIError
		if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
			return nil, err
		}
		e.StatusCode = resp.StatusCode
		return nil, &e
	}
	return resp, nil
}

func (c *DecodeDropper) GetRecords() (int, error) {
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

// BodyDropper returns only the decoded body on failure: dropped.
type BodyDropper struct {
	HTTPClient *http.Client
	token      string
}

func (c *BodyDropper) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.HTTPClient.Do(req) // want `^c\.HTTPClient\.Do in Do returns the response only on success`
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		defer resp.Body.Close()
		raw, err := io.ReadAll(resp.Body)
		if err != nil {
			return nil, err
		}
		var e BodyError
		if err := json.Unmarshal(raw, &e); err != nil {
			return nil, err
		}
		return nil, &e
	}
	return resp, nil
}

func (c *BodyDropper) GetRecords() (int, error) {
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
