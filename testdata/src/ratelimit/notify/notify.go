// Package notify posts to hosted APIs. One request per call of the
// package, whose error says the status, leaves the 429 to the caller, who
// sees it; a package that repeats its requests (the parts of a split
// message, pages, a reconnect loop), an error that loses the status, or
// an SDK of many operations, is reported.
package notify

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
)

const apiURL = "https://api.notify-saas.io/v1"

// Webhook posts one notification per Send and says the status in the
// error: silent (shoutrrr's slack, join, pushover and teams services).
type Webhook struct {
	hc    *http.Client
	Token string
}

func (w *Webhook) Send(msg string) error {
	req, err := http.NewRequest("POST", apiURL+"/hooks", strings.NewReader(msg))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+w.Token)
	res, err := w.hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("webhook status: %s", res.Status)
	}
	return nil
}

// Chat turns an error status into an error through a helper that formats
// the status: silent (langchaingo's decodeError).
type Chat struct {
	hc     *http.Client
	APIKey string
}

func (c *Chat) Complete(prompt string) (string, error) {
	req, err := http.NewRequest("POST", apiURL+"/complete", strings.NewReader(prompt))
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+c.APIKey)
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", c.decodeError(resp)
	}
	var out struct{ Text string }
	return out.Text, json.NewDecoder(resp.Body).Decode(&out)
}

func (c *Chat) decodeError(resp *http.Response) error {
	msg := fmt.Sprintf("API returned unexpected status code: %d", resp.StatusCode)
	var e struct{ Message string }
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		return errors.New(msg)
	}
	return fmt.Errorf("%s: %s", msg, e.Message)
}

// Split posts the parts of a long message back to back: a 429 on one part
// meets the next part at once (shoutrrr's discord service).
type Split struct {
	hc    *http.Client
	Token string
}

func (s *Split) Send(msg string) error {
	var first error
	for _, part := range strings.SplitAfter(msg, "\n\n") {
		if err := s.post(part); err != nil && first == nil {
			first = err
		}
	}
	return first
}

func (s *Split) post(part string) error {
	req, err := http.NewRequest("POST", apiURL+"/messages", strings.NewReader(part))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bot "+s.Token)
	res, err := s.hc.Do(req) // want `^authenticated request sent by s\.hc\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusNoContent {
		return fmt.Errorf("response status code %d", res.StatusCode)
	}
	return nil
}

// Stream reconnects at once whenever the stream ends with an error
// (alpaca's StreamTradeUpdatesInBackground).
type Stream struct {
	hc     *http.Client
	APIKey string
}

func (s *Stream) RunInBackground(ctx context.Context, handle func(string)) {
	go func() {
		for {
			if err := s.Run(ctx, handle); err == nil || errors.Is(err, context.Canceled) {
				return
			}
		}
	}()
}

func (s *Stream) Run(ctx context.Context, handle func(string)) error {
	req, err := http.NewRequestWithContext(ctx, "GET", apiURL+"/events", nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-Api-Key", s.APIKey)
	resp, err := s.hc.Do(req) // want `^authenticated requests sent by s\.hc\.Do \(2 API calls\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("stream: status %d", resp.StatusCode)
	}
	var ev struct{ Data string }
	dec := json.NewDecoder(resp.Body)
	for dec.Decode(&ev) == nil {
		handle(ev.Data)
	}
	return nil
}

// Blind decodes the error body and drops the status: its callers cannot
// tell a 429 at all (razorpay's BadRequestError{Message}).
type Blind struct {
	hc     *http.Client
	Key    string
	Secret string
}

func (b *Blind) Capture(id string) error {
	req, err := http.NewRequest("POST", apiURL+"/payments/"+id+"/capture", nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(b.Key, b.Secret)
	resp, err := b.hc.Do(req) // want `^authenticated request sent by b\.hc\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		var e struct{ Description string }
		_ = json.NewDecoder(resp.Body).Decode(&e)
		return errors.New(e.Description)
	}
	return nil
}

// Pages fetches page after page: the package repeats the request.
type Pages struct {
	hc    *http.Client
	Token string
}

func (p *Pages) ListAll() ([]string, error) {
	var all []string
	for page := 1; ; page++ {
		items, err := p.list(page)
		if err != nil {
			return nil, err
		}
		if len(items) == 0 {
			return all, nil
		}
		all = append(all, items...)
	}
}

func (p *Pages) list(page int) ([]string, error) {
	req, err := http.NewRequest("GET", fmt.Sprintf("%s/items?page=%d", apiURL, page), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+p.Token)
	resp, err := p.hc.Do(req) // want `^authenticated request sent by p\.hc\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("list: %s", resp.Status)
	}
	var items []string
	return items, json.NewDecoder(resp.Body).Decode(&items)
}

// Tested sends once per call; only its test repeats the call: silent.
type Tested struct {
	hc    *http.Client
	Token string
}

func (t *Tested) Greet(name string) error {
	req, err := http.NewRequest("POST", apiURL+"/greet/"+name, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+t.Token)
	resp, err := t.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("greet: %d", resp.StatusCode)
	}
	return nil
}

// Scrobbler checks only for a 5xx, then reads the API's error from the
// body: a 429 goes on to the body, whose own code the error says, and the
// status test is no success test after which only errors run (goth's
// lastfm provider): silent.
type Scrobbler struct {
	hc     *http.Client
	APIKey string
}

func (s *Scrobbler) Scrobble(track string) error {
	req, err := http.NewRequest("POST", apiURL+"/scrobble?track="+track, nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-Api-Key", s.APIKey)
	res, err := s.hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode/100 == 5 {
		return fmt.Errorf("request error (%d) %s", res.StatusCode, res.Status)
	}
	var answer struct {
		Status string
		Code   int
	}
	if err := json.NewDecoder(res.Body).Decode(&answer); err != nil {
		return err
	}
	if answer.Status != "ok" {
		return fmt.Errorf("request error (%d)", answer.Code)
	}
	return nil
}
