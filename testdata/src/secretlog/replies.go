package secretlog

import (
	"context"
	"fmt"
	"io"
	"net/http"
)

type oidcProvider struct {
	hc  *http.Client
	url string
}

func (p *oidcProvider) doRequest(ctx context.Context, req *http.Request) (*http.Response, error) {
	return p.hc.Do(req.WithContext(ctx))
}

// The reply to an authenticated request is the server's, not the token
// (go-oidc's userinfo: a non-200 body in the error).
func (p *oidcProvider) userInfo(ctx context.Context, accessToken string) ([]byte, error) {
	req, err := http.NewRequest("GET", p.url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+accessToken)
	resp, err := p.doRequest(ctx, req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s", resp.Status, body)
	}
	if len(body) == 0 {
		return nil, fmt.Errorf("empty reply for token %s", accessToken) // want `credential accessToken reaches an error message`
	}
	return body, nil
}

type clientConfig struct {
	CustomClientName string
	ClientKey        string
}

// A variable named like a key that holds a name is the name.
func customClient(conf clientConfig, registered map[string]*http.Client) (*http.Client, error) {
	if clientKey := conf.CustomClientName; clientKey != "" {
		if c := registered[clientKey]; c != nil {
			return c, nil
		}
		return nil, fmt.Errorf("custom client not registered: %q", clientKey)
	}
	clientKey := conf.ClientKey
	return nil, fmt.Errorf("no client for %s", clientKey) // want `credential clientKey reaches an error message`
}
