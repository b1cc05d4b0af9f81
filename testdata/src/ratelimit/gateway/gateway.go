// Package gateway: the resource packages of an SDK (clerk-sdk-go's user,
// organization, …) make their API calls through the exported Backend
// interface, which an unexported type implements: the message says so,
// since those calls are made in packages analysed after this one.
package gateway

import (
	"context"
	"errors"
	"net/http"
)

const apiURL = "https://api.service.example.io/v1"

type Backend interface {
	Call(ctx context.Context, method, path string) error
}

// Store is exported, and the exported Webhooks implements it: its calls
// are counted as Webhooks' own.
type Store interface {
	Save(key string) error
}

type defaultBackend struct {
	hc  *http.Client
	key string
}

func NewBackend(key string) Backend { return &defaultBackend{hc: &http.Client{}, key: key} }

func (b *defaultBackend) Call(ctx context.Context, method, path string) error {
	req, err := http.NewRequestWithContext(ctx, method, apiURL+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+b.key)
	resp, err := b.hc.Do(req) // want `^authenticated request sent by b\.hc\.Do \(1 API call\) and those other packages make through the exported interface Backend, and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		return errors.New("clerk: request failed")
	}
	return nil
}

type Webhooks struct {
	hc  *http.Client
	key string
}

func (w *Webhooks) Save(key string) error {
	req, err := http.NewRequest(http.MethodPost, apiURL+"/webhooks/"+key, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+w.key)
	resp, err := w.hc.Do(req) // want `^authenticated request sent by w\.hc\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		return errors.New("webhooks: request failed")
	}
	return nil
}
