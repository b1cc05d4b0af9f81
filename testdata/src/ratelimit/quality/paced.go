package quality

import (
	"bytes"
	"log"
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
