// Package paramclient passes its HTTP client down to helpers as a
// parameter: one client, one finding. A helper that turns an error status
// into an error and is called inside a retry helper or a backoff loop is
// retried there; one that returns the response is not (its error is the
// transport's only).
package paramclient

import (
	"errors"
	"fmt"
	"net/http"
	"time"
)

const apiBase = "https://upload.media.example-saas.io"

type Uploader struct{ key string }

// Upload makes one client and hands it to every step.
func (u *Uploader) Upload(parts [][]byte) error {
	hc := &http.Client{Timeout: time.Minute}
	id, err := u.initUpload(hc)
	if err != nil {
		return err
	}
	for i := range parts {
		if err := withRetry(3, func() error { return u.uploadPart(hc, id, i) }); err != nil {
			return err
		}
	}
	if err := u.finish(hc, id); err != nil {
		return err
	}
	return u.complete(hc, id)
}

// Resume goes on with an upload: a client made the same way by another
// method of Uploader is Uploader's client again (one API, one finding).
func (u *Uploader) Resume(id string) error {
	hc := &http.Client{}
	return u.complete(hc, id)
}

func (u *Uploader) initUpload(hc *http.Client) (string, error) {
	req, _ := http.NewRequest(http.MethodPost, apiBase+"/uploads", nil)
	req.Header.Set("X-Api-Key", u.key)
	resp, err := hc.Do(req) // Uploader's client: reported once, at complete
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return "", errors.New(resp.Status)
	}
	return resp.Header.Get("Location"), nil
}

// finish goes through Upload's client too: the same finding as initUpload.
func (u *Uploader) finish(hc *http.Client, id string) error {
	req, _ := http.NewRequest(http.MethodPost, apiBase+"/uploads/"+id+"/finish", nil)
	req.Header.Set("X-Api-Key", u.key)
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New("request failed")
	}
	return nil
}

// uploadPart reduces an error status to an error; Upload retries it with
// backoff, so a 429 is retried.
func (u *Uploader) uploadPart(hc *http.Client, id string, n int) error {
	req, _ := http.NewRequest(http.MethodPut, fmt.Sprintf("%s/uploads/%s/%d", apiBase, id, n), nil)
	req.Header.Set("X-Api-Key", u.key)
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New("request failed")
	}
	return nil
}

// complete is called with Upload's client and with Resume's, both
// Uploader's: the finding for all its sends is here, where most calls go.
func (u *Uploader) complete(hc *http.Client, id string) error {
	req, _ := http.NewRequest(http.MethodPost, apiBase+"/uploads/"+id+"/complete", nil)
	req.Header.Set("X-Api-Key", u.key)
	resp, err := hc.Do(req) // want `^authenticated requests sent by hc\.Do \(2 API calls\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New("request failed")
	}
	return nil
}

func withRetry(attempts int, op func() error) error {
	var err error
	for i := range attempts {
		if err = op(); err == nil {
			return nil
		}
		time.Sleep(time.Duration(1<<i) * time.Second)
	}
	return err
}

// Stats is a second client: its helper returns the response, so the
// backoff loop around it retries transport errors only, never a 429.
type Stats struct {
	hc  *http.Client
	key string
}

func (s *Stats) get(path string) (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodGet, apiBase+path, nil)
	req.Header.Set("X-Api-Key", s.key)
	return s.hc.Do(req) // want `^authenticated request sent by s\.hc\.Do \(1 API call\), and nothing here handles 429`
}

func (s *Stats) Usage() (int, error) {
	var err error
	for i := 0; i < 3; i++ {
		var resp *http.Response
		resp, err = s.get("/usage")
		if err != nil {
			time.Sleep(time.Duration(1<<i) * time.Second)
			continue
		}
		defer resp.Body.Close()
		return resp.StatusCode, nil
	}
	return 0, err
}

// Syncer's helper turns every error status into an error; its one API
// call retries it with backoff through a retry helper.
type Syncer struct {
	hc  *http.Client
	key string
}

func (s *Syncer) push(item string) error {
	req, _ := http.NewRequest(http.MethodPut, apiBase+"/items/"+item, nil)
	req.Header.Set("X-Api-Key", s.key)
	resp, err := s.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("push %s: %s", item, resp.Status)
	}
	return nil
}

func (s *Syncer) Push(item string) error {
	return withRetry(5, func() error { return s.push(item) })
}

// Poller retries its helper's error in a loop that backs off.
type Poller struct {
	hc  *http.Client
	key string
}

func (p *Poller) poll() error {
	req, _ := http.NewRequest(http.MethodGet, apiBase+"/events", nil)
	req.Header.Set("X-Api-Key", p.key)
	resp, err := p.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New(resp.Status)
	}
	return nil
}

func (p *Poller) Poll() error {
	var err error
	for i := 0; i < 4; i++ {
		if err = p.poll(); err != nil {
			time.Sleep(time.Duration(1<<i) * 100 * time.Millisecond)
			continue
		}
		return nil
	}
	return err
}
