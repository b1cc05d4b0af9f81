package ratelimit

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/hashicorp/go-retryablehttp"
)

const tooManyRequests = 429

func inline429(c *http.Client, req *http.Request, token string) error {
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	if resp.StatusCode == http.StatusTooManyRequests {
		return errors.New("rate limited")
	}
	return nil
}

func literal429(c *http.Client, req *http.Request, token string) int {
	req.Header.Set("Authorization", "Bearer "+token)
	resp, _ := c.Do(req)
	if resp.StatusCode == 429 {
		return 0
	}
	return resp.StatusCode
}

func namedConst(c *http.Client, req *http.Request, token string) int {
	req.Header.Set("Authorization", "Bearer "+token)
	resp, _ := c.Do(req)
	if resp.StatusCode == tooManyRequests {
		return 0
	}
	return resp.StatusCode
}

func retryAfter(c *http.Client, req *http.Request, token string) (time.Duration, error) {
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	secs, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
	return time.Duration(secs) * time.Second, nil
}

// checkResponse is the package's response helper; it handles 429.
func checkResponse(resp *http.Response) error {
	switch resp.StatusCode {
	case http.StatusOK:
		return nil
	case http.StatusTooManyRequests:
		return errors.New("rate limited: retry after " + resp.Header.Get("Retry-After"))
	}
	return errors.New(resp.Status)
}

func sharedHelper(c *http.Client, req *http.Request, token string) error {
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return checkResponse(resp)
}

func retryableClient(url, token string) error {
	c := retryablehttp.NewClient()
	req, _ := retryablehttp.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return errors.New(resp.Status)
}

type retrying struct {
	http  *http.Client
	token string
}

func newRetrying(token string) *retrying {
	return &retrying{http: retryablehttp.NewClient().StandardClient(), token: token}
}

func (r *retrying) get(req *http.Request) int {
	req.Header.Set("Authorization", "Bearer "+r.token)
	resp, _ := r.http.Do(req)
	return resp.StatusCode
}

func withBackoff(c *http.Client, req *http.Request, token string) error {
	req.Header.Set("Authorization", "Bearer "+token)
	return backoff.Retry(func() error {
		resp, err := c.Do(req)
		if err != nil {
			return err
		}
		if resp.StatusCode != http.StatusOK {
			return errors.New(resp.Status)
		}
		return nil
	}, backoff.NewExponentialBackOff())
}

func withBackoffVar(c *http.Client, req *http.Request, token string) error {
	req.Header.Set("Authorization", "Bearer "+token)
	op := func() error {
		resp, err := c.Do(req)
		if err != nil {
			return err
		}
		return errors.New(resp.Status)
	}
	return backoff.Retry(op, backoff.NewExponentialBackOff())
}

func healthCheck(url string) bool {
	resp, err := http.Get(url)
	if err != nil {
		return false
	}
	return resp.StatusCode == http.StatusOK
}

func download(c *http.Client, url string) (int64, error) {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("User-Agent", "credlint-demo")
	req.Header.Del("Authorization") // a header name, not a credential
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	return resp.ContentLength, nil
}

func discarded(c *http.Client, req *http.Request, token string) error {
	req.Header.Set("Authorization", "Bearer "+token)
	_, err := c.Do(req)
	return err
}

func closedOnly(c *http.Client, req *http.Request, token string) error {
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return nil
}

// Send hands the response to the caller, outside this package.
func Send(c *http.Client, req *http.Request, token string) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+token)
	return c.Do(req)
}

// doHandled is a wrapper that handles 429 itself.
func doHandled(c *http.Client, req *http.Request, token string) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.Do(req)
	if err == nil && resp.StatusCode == http.StatusTooManyRequests {
		return nil, errors.New("rate limited")
	}
	return resp, err
}

func callsHandled(c *http.Client, req *http.Request, token string) int {
	resp, err := doHandled(c, req, token)
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

func suppressed(c *http.Client, req *http.Request, token string) int {
	req.Header.Set("Authorization", "Bearer "+token)
	//credlint:ignore ratelimit the internal gateway has no rate limit
	resp, _ := c.Do(req)
	return resp.StatusCode
}

// backoffLoop is a hand-written retry loop that waits longer each time.
func backoffLoop(c *http.Client, req *http.Request, token string) (int, error) {
	req.Header.Set("Authorization", "Bearer "+token)
	for attempt := 0; ; attempt++ {
		resp, err := c.Do(req)
		if err == nil && resp.StatusCode < 500 {
			return resp.StatusCode, nil
		}
		time.Sleep(time.Duration(1<<attempt) * 100 * time.Millisecond)
	}
}
