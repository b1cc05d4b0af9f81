// Package cooldown looks a hosted API's data up in the background (Google
// auth's regional access boundary provider): the lookup's own loop retries
// only server errors, but its one caller puts every failed lookup, 429
// included, into a cooldown that doubles each time, and starts no lookup
// until it is over. A 429 never meets an immediate next request. Silent.
package cooldown

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"net/http"
	"sync"
	"time"
)

const lookupURL = "https://lookup.cloudgeo-api.io/v1/allowedLocations"

const (
	baseCooldown = 15 * time.Minute
	maxCooldown  = 6 * time.Hour
)

type Data struct{ Locations []string }

// fetch sends the lookup, retrying server errors a few times.
func fetch(ctx context.Context, hc *http.Client, token string) (*Data, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, lookupURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	var resp *http.Response
	var r retryer
	for {
		resp, err = hc.Do(req)
		d, again := r.retry(resp, err)
		if !again {
			break
		}
		resp.Body.Close()
		pause(ctx, d)
	}
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("lookup failed with status %s", resp.Status)
	}
	var d Data
	if err := json.NewDecoder(resp.Body).Decode(&d); err != nil {
		return nil, err
	}
	return &d, nil
}

// A retryer retries server errors a few times, with a growing pause.
type retryer struct{ attempts int }

func (r *retryer) retry(resp *http.Response, err error) (time.Duration, bool) {
	if err != nil || resp.StatusCode < 500 || r.attempts == 3 {
		return 0, false
	}
	r.attempts++
	return time.Duration(r.attempts) * time.Second, true
}

func pause(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}

// Provider caches the lookup.
type Provider struct {
	hc    *http.Client
	token string

	mu             sync.Mutex
	data           *Data
	fetching       bool
	cooldownExpiry time.Time
	cooldown       time.Duration
}

func NewProvider(hc *http.Client, token string) *Provider {
	return &Provider{hc: hc, token: token, cooldown: baseCooldown}
}

// Locations returns the cached data, or starts a lookup unless one is
// running or the cooldown is not over.
func (p *Provider) Locations() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.data != nil {
		return p.data.Locations
	}
	if p.fetching || time.Now().Before(p.cooldownExpiry) {
		return nil
	}
	p.fetching = true
	go p.fetchAsync()
	return nil
}

func (p *Provider) fetchAsync() {
	defer func() {
		p.mu.Lock()
		p.fetching = false
		p.mu.Unlock()
	}()
	data, err := fetch(context.Background(), p.hc, p.token)
	if err != nil {
		p.failed()
		return
	}
	p.mu.Lock()
	p.data, p.cooldownExpiry, p.cooldown = data, time.Time{}, baseCooldown
	p.mu.Unlock()
}

// failed starts a jittered cooldown and doubles the next one, up to a cap.
func (p *Provider) failed() {
	p.mu.Lock()
	defer p.mu.Unlock()
	jitter := p.cooldown/2 + time.Duration(rand.Int63n(int64(p.cooldown/2)))
	p.cooldownExpiry = time.Now().Add(jitter)
	next := p.cooldown * 2
	if next > maxCooldown {
		next = maxCooldown
	}
	p.cooldown = next
}
