package quality

import (
	"bytes"
	"log"
	"math/rand"
	"net/http"
	"time"
)

// Registrar joins a hosted pool and rejoins it forever, pausing before
// every next request (syncthing's strelaysrv poolHandler): on 429 it
// waits the same minute as on any failure. The loop paces its requests
// whatever the answer, so the 429 branch is no retry storm: silent.
type Registrar struct {
	hc    *http.Client
	token string
}

func (r *Registrar) join(body []byte) {
	for {
		req, _ := http.NewRequest(http.MethodPost, apiURL+"/pool/join", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+r.token)
		resp, err := r.hc.Do(req)
		if err != nil {
			log.Println("join:", err)
			time.Sleep(time.Minute)
			continue
		}
		resp.Body.Close()
		switch resp.StatusCode {
		case http.StatusOK:
			time.Sleep(30 * time.Minute)
			continue
		case http.StatusTooManyRequests:
			log.Println("join: rate limited")
			time.Sleep(time.Minute)
			continue
		case http.StatusUnauthorized:
			return
		}
		time.Sleep(time.Hour)
	}
}

// Rejoiner's look-alike loop also goes on forever, but retries a failed
// send at once: not every way to the next request pauses, so the 429
// branch's fixed pause without a cap is reported.
type Rejoiner struct {
	hc    *http.Client
	token string
}

func (r *Rejoiner) join(body []byte) {
	for {
		req, _ := http.NewRequest(http.MethodPost, apiURL+"/pool/join", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+r.token)
		resp, err := r.hc.Do(req)
		if err != nil {
			continue
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusTooManyRequests { // want `^the retry on 429 Too Many Requests ignores Retry-After, does not back off, has no cap on the attempts`
			time.Sleep(time.Minute)
			continue
		}
		time.Sleep(time.Hour)
	}
}

// Poller pauses before every next request, but a millisecond: about a
// thousand requests a second, deaf to Retry-After. A pause that short
// paces nothing (the review's counterexample): reported.
type Poller struct {
	hc       *http.Client
	password string
}

func (p *Poller) poll() {
	for {
		req, _ := http.NewRequest("GET", apiURL+"/x", nil)
		req.SetBasicAuth("u", p.password)
		resp, err := p.hc.Do(req)
		if err != nil {
			return
		}
		if resp.StatusCode == 429 { // want `^the retry on 429 Too Many Requests ignores Retry-After, does not back off, has no cap on the attempts`
			time.Sleep(time.Millisecond)
			continue
		}
		resp.Body.Close()
		time.Sleep(time.Millisecond)
	}
}

// pollHalf's half a second, a constant under a second, paces nothing
// either: reported.
func (p *Poller) pollHalf() {
	for {
		req, _ := http.NewRequest("GET", apiURL+"/x", nil)
		req.SetBasicAuth("u", p.password)
		resp, err := p.hc.Do(req)
		if err != nil {
			return
		}
		if resp.StatusCode == 429 { // want `^the retry on 429 Too Many Requests ignores Retry-After, does not back off, has no cap on the attempts`
			time.Sleep(500 * time.Millisecond)
			continue
		}
		resp.Body.Close()
		time.Sleep(500 * time.Millisecond)
	}
}

// pollHot waits a minute after a success, but only 10 ms, a local
// variable's constant, on 429: the short pause on the 429 path is a retry
// storm whatever the other paths wait. Reported.
func (p *Poller) pollHot() {
	hot := 10 * time.Millisecond
	for {
		req, _ := http.NewRequest("GET", apiURL+"/x", nil)
		req.SetBasicAuth("u", p.password)
		resp, err := p.hc.Do(req)
		if err != nil {
			return
		}
		if resp.StatusCode == 429 { // want `^the retry on 429 Too Many Requests ignores Retry-After, has no cap on the attempts`
			time.Sleep(hot)
		} else {
			resp.Body.Close()
			time.Sleep(time.Minute)
		}
	}
}

// pollTicking waits for a millisecond ticker before every request: as
// short as a millisecond's sleep. Reported.
func (p *Poller) pollTicking() {
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for {
		<-t.C
		req, _ := http.NewRequest("GET", apiURL+"/x", nil)
		req.SetBasicAuth("u", p.password)
		resp, err := p.hc.Do(req)
		if err != nil {
			return
		}
		if resp.StatusCode == 429 { // want `^the retry on 429 Too Many Requests ignores Retry-After, does not back off, has no cap on the attempts`
			continue
		}
		resp.Body.Close()
	}
}

// Silent look-alikes of Poller, whose pauses pace the requests: a
// constant of a second (pollSecond), a configured interval (pollEvery),
// a ticker of a configured interval (pollTicker).
func (p *Poller) pollSecond() {
	for {
		req, _ := http.NewRequest("GET", apiURL+"/x", nil)
		req.SetBasicAuth("u", p.password)
		resp, err := p.hc.Do(req)
		if err != nil {
			return
		}
		if resp.StatusCode == 429 {
			time.Sleep(time.Second)
			continue
		}
		resp.Body.Close()
		time.Sleep(time.Second)
	}
}

type PollConfig struct {
	Interval time.Duration
}

func (p *Poller) pollEvery(cfg PollConfig) {
	for {
		req, _ := http.NewRequest("GET", apiURL+"/x", nil)
		req.SetBasicAuth("u", p.password)
		resp, err := p.hc.Do(req)
		if err != nil {
			return
		}
		if resp.StatusCode == 429 {
			time.Sleep(cfg.Interval)
			continue
		}
		resp.Body.Close()
		time.Sleep(cfg.Interval)
	}
}

func (p *Poller) pollTicker(cfg PollConfig) {
	t := time.NewTicker(cfg.Interval)
	defer t.Stop()
	for range t.C {
		req, _ := http.NewRequest("GET", apiURL+"/x", nil)
		req.SetBasicAuth("u", p.password)
		resp, err := p.hc.Do(req)
		if err != nil {
			return
		}
		if resp.StatusCode == 429 {
			continue
		}
		resp.Body.Close()
	}
}

// backoff5xx pauses a minute, but only on a 5xx: on 429 it returns at
// once. pollViaHelper, calling it on 429 and after a success, retries at
// once (review18 M2): reported.
func (p *Poller) backoff5xx(resp *http.Response) {
	if resp.StatusCode >= 500 {
		time.Sleep(time.Minute)
	}
}

func (p *Poller) pollViaHelper() {
	for {
		req, _ := http.NewRequest("GET", apiURL+"/x", nil)
		req.SetBasicAuth("u", p.password)
		resp, err := p.hc.Do(req)
		if err != nil {
			return
		}
		if resp.StatusCode == 429 { // want `^the retry on 429 Too Many Requests ignores Retry-After, does not back off, has no cap on the attempts`
			p.backoff5xx(resp)
			continue
		}
		resp.Body.Close()
		p.backoff5xx(resp)
	}
}

// rest pauses on every way through it, a minute on a 5xx and else a
// second: pollViaRest, calling it on every way to the next request, paces
// its requests. Silent look-alike of pollViaHelper.
func (p *Poller) rest(resp *http.Response) {
	if resp.StatusCode >= 500 {
		time.Sleep(time.Minute)
		return
	}
	time.Sleep(time.Second)
}

func (p *Poller) pollViaRest() {
	for {
		req, _ := http.NewRequest("GET", apiURL+"/x", nil)
		req.SetBasicAuth("u", p.password)
		resp, err := p.hc.Do(req)
		if err != nil {
			return
		}
		if resp.StatusCode == 429 {
			p.rest(resp)
			continue
		}
		resp.Body.Close()
		p.rest(resp)
	}
}

// pollJitter sleeps a random jitter under 20 ms on every way: about fifty
// requests a second, deaf to Retry-After (review18 M1): reported.
// pollJitterLong's jitter reaches five seconds: silent look-alike.
func (p *Poller) pollJitter() {
	for {
		req, _ := http.NewRequest("GET", apiURL+"/x", nil)
		req.SetBasicAuth("u", p.password)
		resp, err := p.hc.Do(req)
		if err != nil {
			return
		}
		if resp.StatusCode == 429 { // want `^the retry on 429 Too Many Requests ignores Retry-After, has no cap on the attempts`
			time.Sleep(time.Duration(rand.Intn(20)) * time.Millisecond)
			continue
		}
		resp.Body.Close()
		time.Sleep(time.Millisecond * time.Duration(rand.Int63n(20)))
	}
}

func (p *Poller) pollJitterLong() {
	for {
		req, _ := http.NewRequest("GET", apiURL+"/x", nil)
		req.SetBasicAuth("u", p.password)
		resp, err := p.hc.Do(req)
		if err != nil {
			return
		}
		if resp.StatusCode == 429 {
			time.Sleep(time.Duration(rand.Intn(5)+1) * time.Second)
			continue
		}
		resp.Body.Close()
		time.Sleep(time.Duration(rand.Intn(5)) * time.Second)
	}
}

// Ticker polls every interval its parameter or its field says; the
// package only ever gives them a few milliseconds (review18 M1): reported.
// Slow's interval and field are only ever given a minute: silent
// look-alikes.
type Ticker struct {
	hc       *http.Client
	password string
	every    time.Duration
}

func (t *Ticker) pollParam(interval time.Duration) {
	for {
		req, _ := http.NewRequest("GET", apiURL+"/x", nil)
		req.SetBasicAuth("u", t.password)
		resp, err := t.hc.Do(req)
		if err != nil {
			return
		}
		if resp.StatusCode == 429 { // want `^the retry on 429 Too Many Requests ignores Retry-After, has no cap on the attempts`
			time.Sleep(interval)
			continue
		}
		resp.Body.Close()
		time.Sleep(interval)
	}
}

func (t *Ticker) pollField() {
	for {
		req, _ := http.NewRequest("GET", apiURL+"/x", nil)
		req.SetBasicAuth("u", t.password)
		resp, err := t.hc.Do(req)
		if err != nil {
			return
		}
		if resp.StatusCode == 429 { // want `^the retry on 429 Too Many Requests ignores Retry-After, has no cap on the attempts`
			time.Sleep(t.every)
			continue
		}
		resp.Body.Close()
		time.Sleep(t.every)
	}
}

func StartTicker(t *Ticker) {
	go t.pollParam(time.Millisecond)
	t2 := &Ticker{every: 5 * time.Millisecond}
	go t2.pollField()
}

type Slow struct {
	hc       *http.Client
	password string
	every    time.Duration
}

func (t *Slow) pollParam(interval time.Duration) {
	for {
		req, _ := http.NewRequest("GET", apiURL+"/x", nil)
		req.SetBasicAuth("u", t.password)
		resp, err := t.hc.Do(req)
		if err != nil {
			return
		}
		if resp.StatusCode == 429 {
			time.Sleep(interval)
			continue
		}
		resp.Body.Close()
		time.Sleep(interval)
	}
}

func (t *Slow) pollField() {
	for {
		req, _ := http.NewRequest("GET", apiURL+"/x", nil)
		req.SetBasicAuth("u", t.password)
		resp, err := t.hc.Do(req)
		if err != nil {
			return
		}
		if resp.StatusCode == 429 {
			time.Sleep(t.every)
			continue
		}
		resp.Body.Close()
		time.Sleep(t.every)
	}
}

func StartSlow(t *Slow) {
	go t.pollParam(time.Minute)
	t.every = time.Minute
	go t.pollField()
}

// Growing's field starts at 5 ms but doubles after each poll: a backoff,
// no fixed short pause. Silent look-alike of Ticker.pollField.
type Growing struct {
	hc       *http.Client
	password string
	every    time.Duration
}

func (t *Growing) pollField() {
	for {
		req, _ := http.NewRequest("GET", apiURL+"/x", nil)
		req.SetBasicAuth("u", t.password)
		resp, err := t.hc.Do(req)
		if err != nil {
			return
		}
		if resp.StatusCode == 429 {
			time.Sleep(t.every)
			t.every *= 2
			continue
		}
		resp.Body.Close()
		time.Sleep(t.every)
		t.every *= 2
	}
}

func StartGrowing() {
	t := &Growing{every: 5 * time.Millisecond}
	go t.pollField()
}
