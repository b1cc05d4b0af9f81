package ratelimit

import (
	"io"
	"net/http"
	"time"
)

// As in minio-go: the statuses worth retrying live in a package-level set,
// and one shared helper retries on them for every API call.

var retryableStatus = map[int]bool{
	http.StatusRequestTimeout: true,
	429:                       true,
	http.StatusBadGateway:     true,
}

func isRetryable(code int) bool { return retryableStatus[code] }

type store struct {
	hc  *http.Client
	key string
}

// execute is the shared helper: it retries on the set above and returns
// the response to its callers.
func (s *store) execute(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+s.key)
	for attempt := 0; ; attempt++ {
		resp, err := s.hc.Do(req)
		if err != nil || !isRetryable(resp.StatusCode) || attempt == 3 {
			return resp, err
		}
		resp.Body.Close()
		time.Sleep(time.Second)
	}
}

// Callers of a helper that deals with 429 are fine.
func (s *store) getObject(req *http.Request) ([]byte, error) {
	resp, err := s.execute(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

// A set of statuses that leaves 429 out handles nothing.
var serverErrors = map[int]bool{http.StatusBadGateway: true, http.StatusServiceUnavailable: true}

type bucket struct {
	hc  *http.Client
	key string
}

func (b *bucket) list(req *http.Request) ([]byte, error) {
	req.Header.Set("Authorization", "Bearer "+b.key)
	resp, err := b.hc.Do(req) // want `authenticated request sent by b.hc.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if serverErrors[resp.StatusCode] {
		return nil, io.ErrUnexpectedEOF
	}
	return io.ReadAll(resp.Body)
}
