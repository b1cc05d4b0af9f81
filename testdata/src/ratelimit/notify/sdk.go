package notify

import (
	"fmt"
	"net/http"
)

// SDK offers many operations through one request helper whose errors say
// the status: reported, as no caller can be expected to wrap each of them
// in a retry that reads the status from the text.
type SDK struct {
	hc    *http.Client
	Token string
}

func (s *SDK) do(method, path string) error {
	req, err := http.NewRequest(method, apiURL+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+s.Token)
	resp, err := s.hc.Do(req) // want `^authenticated requests sent by s\.hc\.Do \(10 API calls\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("%s %s: %s", method, path, resp.Status)
	}
	return nil
}

func (s *SDK) CreateUser() error  { return s.do("POST", "/users") }
func (s *SDK) DeleteUser() error  { return s.do("DELETE", "/users/1") }
func (s *SDK) CreateTeam() error  { return s.do("POST", "/teams") }
func (s *SDK) DeleteTeam() error  { return s.do("DELETE", "/teams/1") }
func (s *SDK) CreateHook() error  { return s.do("POST", "/hooks") }
func (s *SDK) DeleteHook() error  { return s.do("DELETE", "/hooks/1") }
func (s *SDK) CreateKey() error   { return s.do("POST", "/keys") }
func (s *SDK) DeleteKey() error   { return s.do("DELETE", "/keys/1") }
func (s *SDK) CreateLabel() error { return s.do("POST", "/labels") }
func (s *SDK) DeleteLabel() error { return s.do("DELETE", "/labels/1") }

// Small offers two operations the same way: silent.
type Small struct {
	hc    *http.Client
	Token string
}

func (s *Small) do(method, path string) error {
	req, err := http.NewRequest(method, apiURL+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+s.Token)
	resp, err := s.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("%s %s: %s", method, path, resp.Status)
	}
	return nil
}

func (s *Small) Start() error { return s.do("POST", "/start") }
func (s *Small) Stop() error  { return s.do("POST", "/stop") }
