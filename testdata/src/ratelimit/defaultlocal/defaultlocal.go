// Package defaultlocal: a local variable holding http.DefaultClient is the
// default client http.Get sends through (gregdel/pushover's do and
// GetReceiptDetails): one client, one finding.
package defaultlocal

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

var APIEndpoint = "https://api.notify-saas.io/1"

type Receipt struct{ Acknowledged int }

type Notifier struct{ token string }

func (n *Notifier) Receipt(id string) (*Receipt, error) {
	resp, err := http.Get(fmt.Sprintf("%s/receipts/%s.json?token=%s", APIEndpoint, id, n.token))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r *Receipt
	return r, json.NewDecoder(resp.Body).Decode(&r)
}

func (n *Notifier) Send(msg string) error {
	form := url.Values{"token": {n.token}, "message": {msg}}
	req, err := http.NewRequest(http.MethodPost, APIEndpoint+"/messages.json", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("X-Api-Token", n.token)
	return do(req)
}

func (n *Notifier) Validate(user string) error {
	form := url.Values{"token": {n.token}, "user": {user}}
	req, err := http.NewRequest(http.MethodPost, APIEndpoint+"/users/validate.json", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("X-Api-Token", n.token)
	return do(req)
}

func do(req *http.Request) error {
	client := http.DefaultClient
	resp, err := client.Do(req) // want `^authenticated requests sent by client\.Do \(3 API calls\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out struct{ Status int }
	return json.NewDecoder(resp.Body).Decode(&out)
}
