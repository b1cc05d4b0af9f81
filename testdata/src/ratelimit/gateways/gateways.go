// Package gateways: other packages reach the unexported backend through
// two exported interfaces, Backend and RawBackend; the message names both,
// in order, whichever of the methods is met first.
package gateways

import (
	"context"
	"errors"
	"net/http"
)

const apiURL = "https://api.service.example.io/v1"

type Backend interface {
	Call(ctx context.Context, method, path string) error
}

type RawBackend interface {
	CallRaw(ctx context.Context, path string) error
}

// Closer has no method of defaultBackend's: it is no way in.
type Closer interface {
	Close() error
}

type defaultBackend struct {
	hc  *http.Client
	key string
}

func NewBackend(key string) Backend { return &defaultBackend{hc: &http.Client{}, key: key} }

func NewRawBackend(key string) RawBackend { return &defaultBackend{hc: &http.Client{}, key: key} }

func (b *defaultBackend) do(ctx context.Context, method, path string) error {
	req, err := http.NewRequestWithContext(ctx, method, apiURL+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+b.key)
	resp, err := b.hc.Do(req) // want `^authenticated requests sent by b\.hc\.Do \(2 API calls\) and those other packages make through the exported interfaces Backend and RawBackend, and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		return errors.New("request failed")
	}
	return nil
}

func (b *defaultBackend) Call(ctx context.Context, method, path string) error {
	return b.do(ctx, method, path+"/x")
}

func (b *defaultBackend) CallRaw(ctx context.Context, path string) error {
	return b.do(ctx, http.MethodGet, path+"/raw")
}
