package cooldown

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// FixedProvider's look-alike: a failed lookup waits the same minute every
// time, however often the API answers 429; the next lookup is no later for
// it. Reported.
type FixedProvider struct {
	hc      *http.Client
	token   string
	data    *Data
	retryAt time.Time
}

func (p *FixedProvider) fetch(ctx context.Context) (*Data, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, lookupURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+p.token)
	var resp *http.Response
	var r retryer
	for {
		resp, err = p.hc.Do(req) // want `^authenticated request sent by p\.hc\.Do \(1 API call\), and nothing here handles 429 Too Many Requests: on 429 wait as Retry-After says when present, else back off exponentially, with capped attempts; or return the status and headers to the caller in a typed error, or use a retrying client \(hashicorp/go-retryablehttp\)$`
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
	return &d, json.NewDecoder(resp.Body).Decode(&d)
}

func (p *FixedProvider) Refresh() {
	if time.Now().Before(p.retryAt) {
		return
	}
	data, err := p.fetch(context.Background())
	if err != nil {
		p.retryAt = time.Now().Add(time.Minute)
		return
	}
	p.data = data
}

// GrowingProvider's look-alike: the interval that doubles is the polling
// interval, grown after a lookup that succeeded; a failed one is tried
// again at the next call. Reported.
type GrowingProvider struct {
	hc       *http.Client
	token    string
	data     *Data
	interval time.Duration
	next     time.Time
}

func (p *GrowingProvider) fetch(ctx context.Context) (*Data, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, lookupURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+p.token)
	var resp *http.Response
	var r retryer
	for {
		resp, err = p.hc.Do(req) // want `^authenticated request sent by p\.hc\.Do \(1 API call\), and nothing here handles 429 Too Many Requests`
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
	return &d, json.NewDecoder(resp.Body).Decode(&d)
}

func (p *GrowingProvider) Poll() {
	data, err := p.fetch(context.Background())
	if err != nil {
		return
	}
	p.data = data
	p.slowDown()
}

func (p *GrowingProvider) slowDown() {
	p.next = time.Now().Add(p.interval)
	p.interval *= 2
}
