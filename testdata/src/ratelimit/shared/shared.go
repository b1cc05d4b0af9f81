// Package shared is a module's helper package: a response checker that
// handles 429 and retrying clients and transports, used by other packages.
package shared

import (
	"errors"
	"net/http"
	"strconv"
	"time"
)

// RateLimitError says when to come back.
type RateLimitError struct{ RetryAfter time.Duration }

func (e *RateLimitError) Error() string { return "rate limited" }

// CheckResponse turns a 429 into a RateLimitError with Retry-After.
func CheckResponse(resp *http.Response) error {
	if resp.StatusCode == http.StatusTooManyRequests {
		s, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
		return &RateLimitError{RetryAfter: time.Duration(s) * time.Second}
	}
	if resp.StatusCode >= 400 {
		return errors.New(resp.Status)
	}
	return nil
}

// RetryTransport waits and retries on 429.
type RetryTransport struct{ Base http.RoundTripper }

func (t *RetryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	for attempt := 0; ; attempt++ {
		resp, err := t.Base.RoundTrip(req)
		if err != nil || resp.StatusCode != http.StatusTooManyRequests || attempt == 3 {
			return resp, err
		}
		resp.Body.Close()
		s, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
		time.Sleep(time.Duration(s) * time.Second)
	}
}

// NewRetryingClient returns a client built on RetryTransport.
func NewRetryingClient() *http.Client {
	return &http.Client{Transport: &RetryTransport{Base: http.DefaultTransport}}
}
