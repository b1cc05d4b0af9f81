// Package responsecopy: clerk-sdk-go's backend copies the response into an
// APIResponse of its own (status, headers, body) before looking at it, and
// tests the status through a method of that copy.
package responsecopy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
)

const APIURL = "https://api.clerk.example.io/v1"

type APIResponse struct {
	Header     http.Header
	Status     string
	StatusCode int
	RawJSON    json.RawMessage
}

func (resp *APIResponse) Success() bool {
	return resp.StatusCode < 400
}

func NewAPIResponse(resp *http.Response, body json.RawMessage) *APIResponse {
	return &APIResponse{
		Header:     resp.Header,
		Status:     resp.Status,
		StatusCode: resp.StatusCode,
		RawJSON:    body,
	}
}

type APIResource struct {
	Response *APIResponse `json:"-"`
}

func (r *APIResource) Read(response *APIResponse) { r.Response = response }

type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// APIErrorResponse keeps the status typed and, through the embedded
// APIResource that Read fills, the whole copy with its headers.
type APIErrorResponse struct {
	APIResource
	Errors         []Error `json:"errors"`
	HTTPStatusCode int     `json:"status,omitempty"`
}

func (e *APIErrorResponse) Error() string { return fmt.Sprint(e.HTTPStatusCode) }

type Backend struct {
	HTTPClient *http.Client
	URL        string
	Key        string
}

func NewBackend(key string) *Backend {
	return &Backend{HTTPClient: &http.Client{}, URL: APIURL, Key: key}
}

// Call: every error status becomes an *APIErrorResponse with the status
// (and the headers); an error body that is no API error document (a
// proxy's HTML page) falls back to its text: silent.
func (b *Backend) Call(ctx context.Context, method, path string, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, b.URL+path, nil)
	if err != nil {
		return err
	}
	req.Header.Add("Authorization", "Bearer "+b.Key)
	resp, err := b.HTTPClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	apiResponse := NewAPIResponse(resp, body)
	if !apiResponse.Success() {
		return handleError(apiResponse, body)
	}
	return json.Unmarshal(body, out)
}

func handleError(resp *APIResponse, body []byte) error {
	apiError := &APIErrorResponse{
		HTTPStatusCode: resp.StatusCode,
	}
	apiError.Read(resp)
	err := json.Unmarshal(body, apiError)
	if err != nil || apiError.Errors == nil {
		return errors.New(string(body))
	}
	return apiError
}

func (b *Backend) GetUser(ctx context.Context, id string) error {
	return b.Call(ctx, http.MethodGet, "/users/"+id, nil)
}

func (b *Backend) ListUsers(ctx context.Context) error {
	return b.Call(ctx, http.MethodGet, "/users", nil)
}

// Lossy copies the response the same way, but its error keeps only the
// body's messages: a 429 is one more failure: reported.
type Lossy struct {
	HTTPClient *http.Client
	Key        string
}

func (b *Lossy) Call(ctx context.Context, method, path string) error {
	req, err := http.NewRequestWithContext(ctx, method, APIURL+path, nil)
	if err != nil {
		return err
	}
	req.Header.Add("Authorization", "Bearer "+b.Key)
	resp, err := b.HTTPClient.Do(req) // want `^authenticated request sent by b\.HTTPClient\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	apiResponse := NewAPIResponse(resp, body)
	if !apiResponse.Success() {
		return lossyError(apiResponse, body)
	}
	return nil
}

func lossyError(resp *APIResponse, body []byte) error {
	apiError := &APIErrorResponse{}
	if err := json.Unmarshal(body, apiError); err != nil || apiError.Errors == nil {
		return errors.New(string(body))
	}
	return apiError
}
