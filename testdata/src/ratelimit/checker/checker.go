// Package checker hands every response to a checker of another package
// of the module. One that turns any error status into a typed error with
// the status hands 429 to the caller (a fact says so); the clients below
// offer ten API calls each, where only that decides: an error that says
// the status in its text alone is reported at that many.
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

func (s *Secrets) Op1() error { _, err := s.Secret("id1"); return err }
func (s *Secrets) Op2() error { _, err := s.Secret("id2"); return err }
func (s *Secrets) Op3() error { _, err := s.Secret("id3"); return err }
func (s *Secrets) Op4() error { _, err := s.Secret("id4"); return err }
func (s *Secrets) Op5() error { _, err := s.Secret("id5"); return err }
func (s *Secrets) Op6() error { _, err := s.Secret("id6"); return err }
func (s *Secrets) Op7() error { _, err := s.Secret("id7"); return err }
func (s *Secrets) Op8() error { _, err := s.Secret("id8"); return err }
func (s *Secrets) Op9() error { _, err := s.Secret("id9"); return err }

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

func (r *Roles) Op1() error { _, err := r.Role("id1"); return err }
func (r *Roles) Op2() error { _, err := r.Role("id2"); return err }
func (r *Roles) Op3() error { _, err := r.Role("id3"); return err }
func (r *Roles) Op4() error { _, err := r.Role("id4"); return err }
func (r *Roles) Op5() error { _, err := r.Role("id5"); return err }
func (r *Roles) Op6() error { _, err := r.Role("id6"); return err }
func (r *Roles) Op7() error { _, err := r.Role("id7"); return err }
func (r *Roles) Op8() error { _, err := r.Role("id8"); return err }
func (r *Roles) Op9() error { _, err := r.Role("id9"); return err }

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

func (c *Issuers) Op1() error { _, err := c.Issuers(); return err }
func (c *Issuers) Op2() error { _, err := c.Issuers(); return err }
func (c *Issuers) Op3() error { _, err := c.Issuers(); return err }
func (c *Issuers) Op4() error { _, err := c.Issuers(); return err }
func (c *Issuers) Op5() error { _, err := c.Issuers(); return err }
func (c *Issuers) Op6() error { _, err := c.Issuers(); return err }
func (c *Issuers) Op7() error { _, err := c.Issuers(); return err }
func (c *Issuers) Op8() error { _, err := c.Issuers(); return err }
func (c *Issuers) Op9() error { _, err := c.Issuers(); return err }

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

func (h *Hosts) Op1() error { err := h.Delete("id1"); return err }
func (h *Hosts) Op2() error { err := h.Delete("id2"); return err }
func (h *Hosts) Op3() error { err := h.Delete("id3"); return err }
func (h *Hosts) Op4() error { err := h.Delete("id4"); return err }
func (h *Hosts) Op5() error { err := h.Delete("id5"); return err }
func (h *Hosts) Op6() error { err := h.Delete("id6"); return err }
func (h *Hosts) Op7() error { err := h.Delete("id7"); return err }
func (h *Hosts) Op8() error { err := h.Delete("id8"); return err }
func (h *Hosts) Op9() error { err := h.Delete("id9"); return err }

// Texts' checker says the status only in its text: reported.
type Texts struct {
	hc    *http.Client
	token string
}

func (t *Texts) Text(id string) ([]byte, error) {
	resp, err := t.hc.Do(newRequest("/texts/"+id, t.token)) // want `^authenticated requests sent by t\.hc\.Do \(10 API calls\), and nothing here handles 429`
	if err != nil {
		return nil, err
	}
	return response.TextResponse(resp)
}

func (t *Texts) Op1() error { _, err := t.Text("id1"); return err }
func (t *Texts) Op2() error { _, err := t.Text("id2"); return err }
func (t *Texts) Op3() error { _, err := t.Text("id3"); return err }
func (t *Texts) Op4() error { _, err := t.Text("id4"); return err }
func (t *Texts) Op5() error { _, err := t.Text("id5"); return err }
func (t *Texts) Op6() error { _, err := t.Text("id6"); return err }
func (t *Texts) Op7() error { _, err := t.Text("id7"); return err }
func (t *Texts) Op8() error { _, err := t.Text("id8"); return err }
func (t *Texts) Op9() error { _, err := t.Text("id9"); return err }

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

func (k *Keys) Op1() error { _, err := k.Key("id1"); return err }
func (k *Keys) Op2() error { _, err := k.Key("id2"); return err }
func (k *Keys) Op3() error { _, err := k.Key("id3"); return err }
func (k *Keys) Op4() error { _, err := k.Key("id4"); return err }
func (k *Keys) Op5() error { _, err := k.Key("id5"); return err }
func (k *Keys) Op6() error { _, err := k.Key("id6"); return err }
func (k *Keys) Op7() error { _, err := k.Key("id7"); return err }
func (k *Keys) Op8() error { _, err := k.Key("id8"); return err }
func (k *Keys) Op9() error { _, err := k.Key("id9"); return err }
