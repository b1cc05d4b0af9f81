// Package quality retries on 429 Too Many Requests, well and badly.
package quality

import (
	"net/http"
	"strconv"
	"time"
)

const apiURL = "https://api.queue.example-saas.io"

type Client struct {
	hc    *http.Client
	token string
}

// backoffOnly backs off and caps the attempts, but ignores Retry-After: a
// capped retry that pauses does not make the limit worse: silent.
func (c *Client) backoffOnly(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.token)
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := c.hc.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode == http.StatusTooManyRequests {
			resp.Body.Close()
			time.Sleep(time.Duration(1<<attempt) * time.Second)
			continue
		}
		return resp, nil
	}
	return nil, http.ErrHandlerTimeout
}

type Hammer struct {
	hc    *http.Client
	token string
}

// do retries at a fixed pace, forever.
func (h *Hammer) do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+h.token)
	for {
		resp, err := h.hc.Do(req)
		if err != nil {
			return nil, err
		}
		switch resp.StatusCode {
		case 429: // want `the retry on 429 Too Many Requests ignores Retry-After, does not back off, has no cap on the attempts`
			resp.Body.Close()
			time.Sleep(time.Second)
			continue
		}
		return resp, nil
	}
}

type Recursive struct {
	hc    *http.Client
	token string
}

// get calls itself again at once.
func (r *Recursive) get(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+r.token)
	resp, err := r.hc.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusTooManyRequests { // want `the retry on 429 Too Many Requests ignores Retry-After, does not back off:`
		resp.Body.Close()
		return r.get(req)
	}
	return resp, nil
}

type Polite struct {
	hc    *http.Client
	token string
}

// do is the guides' advice: Retry-After, else exponential backoff, capped.
func (p *Polite) do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+p.token)
	for attempt := 0; ; attempt++ {
		resp, err := p.hc.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode != http.StatusTooManyRequests || attempt == 4 {
			return resp, nil
		}
		resp.Body.Close()
		time.Sleep(wait(resp.Header.Get("Retry-After"), attempt))
	}
}

func wait(retryAfter string, attempt int) time.Duration {
	if s, err := strconv.Atoi(retryAfter); err == nil {
		return time.Duration(s) * time.Second
	}
	return time.Duration(1<<attempt) * time.Second
}

// giveUp reports 429 to its caller without retrying: no retry to judge.
func (p *Polite) giveUp(req *http.Request) (int, error) {
	req.Header.Set("Authorization", "Bearer "+p.token)
	resp, err := p.hc.Do(req)
	if err != nil {
		return 0, err
	}
	if resp.StatusCode == http.StatusTooManyRequests {
		return 0, http.ErrHandlerTimeout
	}
	return resp.StatusCode, nil
}

// Delegating hands the wait to a backoff function its user supplies, as
// gophercloud's RetryBackoffFunc: the callee decides, not judged here.
type Delegating struct {
	hc      *http.Client
	token   string
	Backoff func(resp *http.Response, attempt int) error
	retries int
}

func (d *Delegating) do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+d.token)
	resp, err := d.hc.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusTooManyRequests && d.Backoff != nil && d.retries < 5 {
		d.retries++
		if err := d.Backoff(resp, d.retries); err != nil {
			return resp, err
		}
		return d.do(req)
	}
	return resp, nil
}

// Configured retries a capped number of times after the delay its user
// configures, deaf to Retry-After (alpaca's defaultDo, whose API sends
// X-RateLimit-Reset): silent.
type Configured struct {
	hc         *http.Client
	token      string
	RetryLimit int
	RetryDelay time.Duration
}

func (c *Configured) do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.token)
	var resp *http.Response
	var err error
	for i := 0; ; i++ {
		resp, err = c.hc.Do(req)
		if err != nil {
			return nil, err
		}
		switch resp.StatusCode {
		case http.StatusTooManyRequests, http.StatusInternalServerError:
		default:
			return resp, nil
		}
		if i >= c.RetryLimit {
			return resp, nil
		}
		time.Sleep(c.RetryDelay)
	}
}
