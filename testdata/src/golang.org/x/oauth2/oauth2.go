// Package oauth2 is a minimal stub of golang.org/x/oauth2 for credlint's
// analysistest suites.
package oauth2

import (
	"context"
	"net/http"
)

type Token struct{ AccessToken, RefreshToken string }

type TokenSource interface{ Token() (*Token, error) }

func StaticTokenSource(t *Token) TokenSource { return nil }

func NewClient(ctx context.Context, src TokenSource) *http.Client { return &http.Client{} }

type Transport struct{ Source TokenSource }

func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) { return nil, nil }

type Endpoint struct{ AuthURL, TokenURL string }

type Config struct {
	ClientID, ClientSecret, RedirectURL string
	Endpoint                            Endpoint
	Scopes                              []string
}

func (c *Config) AuthCodeURL(state string) string { return c.Endpoint.AuthURL + "?state=" + state }

func (c *Config) Exchange(ctx context.Context, code string) (*Token, error) { return &Token{}, nil }
