package quality

import (
	"net/http"
	"time"
)

type Inverted struct {
	hc         *http.Client
	token      string
	RetryLimit int
	RetryDelay time.Duration
}

// hammer goes on to the next attempt after any 429, at once and for ever:
// the test holds for every other status, the rest of the body is the 429
// branch.
func (c *Inverted) hammer(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.token)
	for {
		resp, err := c.hc.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode != http.StatusTooManyRequests { // want `^the retry on 429 Too Many Requests ignores Retry-After, does not back off, has no cap on the attempts`
			return resp, nil
		}
		resp.Body.Close()
	}
}

// capped is alpaca's defaultDo: a capped retry with a fixed pause between
// attempts, as marketdata's switch form is: silent.
func (c *Inverted) capped(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.token)
	var resp *http.Response
	var err error
	for i := 0; ; i++ {
		resp, err = c.hc.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode != http.StatusTooManyRequests {
			break
		}
		if i >= c.RetryLimit {
			break
		}
		time.Sleep(c.RetryDelay)
	}
	return resp, nil
}

// once returns a 429 to its caller (the rest of the body): no retry on 429
// to judge; the body of the != test, which goes on, is no 429 branch.
func (c *Inverted) once(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.token)
	for {
		resp, err := c.hc.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode != 429 {
			continue
		}
		return resp, nil
	}
}
