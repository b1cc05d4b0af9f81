// Package sessionlogin logs in with a password and hands the session to
// its API functions. It sends no user to authorize: the session is the
// client's credential for every call, and its calls are API calls.
package sessionlogin

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
)

const baseURL = "https://api.tickets-saas.io/v1"

type Session struct{ Token string }

// Login fetches a session token (no API call itself).
func Login(hc *http.Client, user, password string) (*Session, error) {
	resp, err := hc.Post(baseURL+"/login", "application/json", strings.NewReader(`{"user":"`+user+`"}`))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out struct{ Token string }
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	s := &Session{}
	s.Token = out.Token
	return s, nil
}

// Tickets is an API call made with the session handed in: reported.
func Tickets(hc *http.Client, s *Session) (int, error) {
	req, err := http.NewRequest("GET", baseURL+"/tickets", nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+s.Token)
	resp, err := hc.Do(req) // want `^authenticated request sent by hc\.Do \(1 API call\)`
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return 0, errors.New("request failed")
	}
	return resp.StatusCode, nil
}
