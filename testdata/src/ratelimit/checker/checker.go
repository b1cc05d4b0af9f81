// Package checker hands every response to a checker of another package
// of the module. One that turns any error status into a typed error with
// the status hands 429 to the caller (a fact says so); the clients below
// repeat their requests, so only that decides.
package checker

import (
	"encoding/json"
	"net/http"

	"ratelimit/checker/response"
)

const apiURL = "https://api.vault-saas.io/v1"

// newRequest makes an authenticated request.
func newRequest(path, token string) *http.Request {
	req, _ := http.NewRequest("GET", apiURL+path, nil)
	req.Header.Set("Authorization", "Token token="+token)
	return req
}

// Secrets returns what response.DataResponse returns: silent.
type Secrets struct {
	hc    *http.Client
	token string
}

func (s *Secrets) Secret(id string) ([]byte, error) {
	resp, err := s.hc.Do(newRequest("/secrets/"+id, s.token))
	if err != nil {
		return nil, err
	}
	return response.DataResponse(resp)
}

func (s *Secrets) All(ids []string) error {
	for _, id := range ids {
		if _, err := s.Secret(id); err != nil {
			return err
		}
	}
	return nil
}

// Roles decodes through response.JSONResponse: silent.
type Roles struct {
	hc    *http.Client
	token string
}

func (r *Roles) Role(id string) (map[string]any, error) {
	resp, err := r.hc.Do(newRequest("/roles/"+id, r.token))
	if err != nil {
		return nil, err
	}
	obj := map[string]any{}
	return obj, response.JSONResponse(resp, &obj)
}

func (r *Roles) All(ids []string) error {
	for _, id := range ids {
		if _, err := r.Role(id); err != nil {
			return err
		}
	}
	return nil
}

// Issuers has named results and bare returns, and decodes the data into
// the same err: silent.
type Issuers struct {
	hc    *http.Client
	token string
}

func (c *Issuers) Issuers() (names []string, err error) {
	resp, err := c.hc.Do(newRequest("/issuers", c.token))
	if err != nil {
		return
	}
	data, err := response.DataResponse(resp)
	if err != nil {
		return
	}
	err = json.Unmarshal(data, &names)
	return
}

func (c *Issuers) Poll(rounds int) error {
	for range rounds {
		if _, err := c.Issuers(); err != nil {
			return err
		}
	}
	return nil
}

// Hosts keeps the checker's error in a variable: silent.
type Hosts struct {
	hc    *http.Client
	token string
}

func (h *Hosts) Delete(id string) error {
	resp, err := h.hc.Do(newRequest("/hosts/"+id, h.token))
	if err != nil {
		return err
	}
	err = response.EmptyResponse(resp)
	if err != nil {
		return err
	}
	return nil
}

func (h *Hosts) DeleteAll(ids []string) error {
	for _, id := range ids {
		if err := h.Delete(id); err != nil {
			return err
		}
	}
	return nil
}

// Texts' checker says the status only in its text: reported.
type Texts struct {
	hc    *http.Client
	token string
}

func (t *Texts) Text(id string) ([]byte, error) {
	resp, err := t.hc.Do(newRequest("/texts/"+id, t.token)) // want `^authenticated requests sent by t\.hc\.Do \(2 API calls\), and nothing here handles 429`
	if err != nil {
		return nil, err
	}
	return response.TextResponse(resp)
}

func (t *Texts) All(ids []string) error {
	for _, id := range ids {
		if _, err := t.Text(id); err != nil {
			return err
		}
	}
	return nil
}

// Keys sends through a helper that hands the response back by a bare
// return of its named result: the callers' checker decides: silent.
type Keys struct {
	hc    *http.Client
	token string
}

func (k *Keys) do(path string) (resp *http.Response, err error) {
	resp, err = k.hc.Do(newRequest(path, k.token))
	if err != nil {
		return
	}
	return
}

func (k *Keys) Key(id string) ([]byte, error) {
	resp, err := k.do("/keys/" + id)
	if err != nil {
		return nil, err
	}
	return response.DataResponse(resp)
}

func (k *Keys) All(ids []string) error {
	for _, id := range ids {
		if _, err := k.Key(id); err != nil {
			return err
		}
	}
	return nil
}
