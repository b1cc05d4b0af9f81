package quality

import (
	"context"
	"net/http"
	"strconv"
	"time"
)

// Helped waits through same-package helpers: c.backoff(attempt) sleeps
// 2^attempt seconds, sleepFor(resp, attempt) waits as Retry-After says,
// else backs off, on a timer. Both back off: no retry-quality finding.
type Helped struct {
	hc    *http.Client
	token string
}

func (h *Helped) do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+h.token)
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := h.hc.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode == http.StatusTooManyRequests && resp.Header.Get("Retry-After") == "" {
			resp.Body.Close()
			h.backoff(attempt)
			continue
		}
		return resp, nil
	}
	return nil, http.ErrHandlerTimeout
}

func (h *Helped) backoff(attempt int) {
	time.Sleep(time.Duration(1<<attempt) * time.Second)
}

func (h *Helped) get(ctx context.Context, req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+h.token)
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := h.hc.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode == http.StatusTooManyRequests {
			resp.Body.Close()
			if err := sleepFor(ctx, resp, attempt); err != nil {
				return nil, err
			}
			continue
		}
		return resp, nil
	}
	return nil, http.ErrHandlerTimeout
}

func sleepFor(ctx context.Context, resp *http.Response, attempt int) error {
	d := time.Duration(1<<attempt) * time.Second
	if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil {
		d = time.Duration(s) * time.Second
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Paused calls helpers too, but they wait a constant pause: no backoff,
// but a capped retry that pauses (alpaca's fixed RetryDelay): silent.
type Paused struct {
	hc    *http.Client
	token string
}

func (p *Paused) do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+p.token)
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := p.hc.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode == http.StatusTooManyRequests && resp.Header.Get("Retry-After") == "" {
			resp.Body.Close()
			p.pause()
			continue
		}
		return resp, nil
	}
	return nil, http.ErrHandlerTimeout
}

func (p *Paused) pause() { time.Sleep(time.Second) }

func (p *Paused) get(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+p.token)
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := p.hc.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode == http.StatusTooManyRequests && resp.Header.Get("Retry-After") == "" {
			resp.Body.Close()
			sleep(2 * time.Second) // a computed-looking helper given a constant
			continue
		}
		return resp, nil
	}
	return nil, http.ErrHandlerTimeout
}

func sleep(d time.Duration) { time.Sleep(d) }
