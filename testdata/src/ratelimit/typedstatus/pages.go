package typedstatus

import (
	"encoding/json"
	"io"
	"net/http"
)

// ResponseStatusError keeps the status typed, not the headers (go-bitbucket's
// UnexpectedResponseStatusError).
type ResponseStatusError struct {
	Status     string
	StatusCode int
	Body       []byte
}

func (e *ResponseStatusError) Error() string { return e.Status }

type page struct {
	Values []string `json:"values"`
	Next   string   `json:"next"`
}

// Pages follows the pages of a listing in a loop of its own (go-bitbucket's
// doPaginatedRequest): a 429 on a later page loses the pages fetched, and
// its Retry-After with them: reported.
type Pages struct {
	HTTPClient *http.Client
	token      string
}

func (c *Pages) doRaw(req *http.Request) (io.ReadCloser, error) {
	resp, err := c.HTTPClient.Do(req) // want `^authenticated request sent by c\.HTTPClient\.Do \(1 API call\) in a loop of the package, and nothing here handles 429 Too Many Requests: its errors keep the status but drop Retry-After`
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return nil, &ResponseStatusError{Status: resp.Status, StatusCode: resp.StatusCode, Body: body}
	}
	return resp.Body, nil
}

func (c *Pages) ListRepositories() ([]string, error) {
	var all []string
	next := "/repositories"
	for next != "" {
		req, err := newRequest(next, c.token)
		if err != nil {
			return nil, err
		}
		body, err := c.doRaw(req)
		if err != nil {
			return nil, err
		}
		var p page
		err = json.NewDecoder(body).Decode(&p)
		body.Close()
		if err != nil {
			return nil, err
		}
		all = append(all, p.Values...)
		next = p.Next
	}
	return all, nil
}

// OnePage makes one request per call with the same typed error: the
// caller tells a 429 apart (errors.As) and waits: silent.
type OnePage struct {
	HTTPClient *http.Client
	token      string
}

func (c *OnePage) doRaw(req *http.Request) (io.ReadCloser, error) {
	resp, err := c.HTTPClient.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		defer resp.Body.Close()
		return nil, &ResponseStatusError{Status: resp.Status, StatusCode: resp.StatusCode}
	}
	return resp.Body, nil
}

func (c *OnePage) ListRepositories(pageURL string) (*page, error) {
	req, err := newRequest(pageURL, c.token)
	if err != nil {
		return nil, err
	}
	body, err := c.doRaw(req)
	if err != nil {
		return nil, err
	}
	defer body.Close()
	var p page
	return &p, json.NewDecoder(body).Decode(&p)
}
