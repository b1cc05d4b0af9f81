// Package pacing has clients that keep under the rate limit by pacing
// themselves: a limiter, a ticker, a fixed pause between calls.
package pacing

import (
	"context"
	"net/http"
	"time"

	"golang.org/x/time/rate"
)

const apiURL = "https://api.sync.example-saas.io"

type Limited struct {
	hc    *http.Client
	lim   *rate.Limiter
	token string
}

// do waits on the limiter before every request.
func (c *Limited) do(ctx context.Context, path string) (int, error) {
	if err := c.lim.Wait(ctx); err != nil {
		return 0, err
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, apiURL+path, nil)
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

func (c *Limited) Items(ctx context.Context) (int, error) { return c.do(ctx, "/items") }

type Syncer struct {
	hc    *http.Client
	token string
}

func (s *Syncer) push(id string) (int, error) {
	req, _ := http.NewRequest(http.MethodPut, apiURL+"/items/"+id, nil)
	req.Header.Set("Authorization", "Bearer "+s.token)
	resp, err := s.hc.Do(req)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// PushAll makes a deliberate fixed pause between calls.
func (s *Syncer) PushAll(ids []string) error {
	for _, id := range ids {
		if _, err := s.push(id); err != nil {
			return err
		}
		time.Sleep(200 * time.Millisecond)
	}
	return nil
}

type Ticked struct {
	hc    *http.Client
	token string
}

// Poll sends one request per tick.
func (t *Ticked) Poll(ctx context.Context) {
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, apiURL+"/events", nil)
		req.Header.Set("Authorization", "Bearer "+t.token)
		resp, err := t.hc.Do(req)
		if err == nil && resp.StatusCode != http.StatusOK {
			return
		}
	}
}
