package successhelper

import (
	"context"
	"errors"
	"net/http"
)

// Notifier's helper calls everything under 500 a success: a 429 passes
// it, and the error that follows names no status. Reported.
type Notifier struct {
	token string
	hc    *http.Client
}

func done(code int) bool {
	return code < 500
}

func (n *Notifier) Notify(ctx context.Context, msg string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, APIEndpointBase+"/v2/bot/message/push", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+n.token)
	res, err := n.hc.Do(req) // want `^authenticated request sent by n\.hc\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if !done(res.StatusCode) {
		return &APIError{Code: res.StatusCode}
	}
	if res.StatusCode != http.StatusOK {
		return errors.New("notify failed")
	}
	return nil
}
