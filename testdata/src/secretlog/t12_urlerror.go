package secretlog

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/url"
)

// net/http's client returns a *url.Error that quotes the request URL
// (Get "https://api.example.com/v1/me?api_key=…": dial tcp: …). Where that
// error escapes, a credential the URL carries goes with it; the client
// stars out a user info password, nothing else.

func t12DoLogged(c *http.Client, base, apiToken string) {
	req, err := http.NewRequest("GET", base+"/v1/me?api_token="+apiToken, nil)
	if err != nil {
		return
	}
	resp, err := c.Do(req)
	if err != nil {
		log.Printf("fetch: %v", err) // want `the error of c.Do quotes the request URL, which carries a credential, apiToken \(as api_token=\), and reaches a log line via log.Printf; use a fixed message`
		return
	}
	resp.Body.Close()
}

func t12GetWrapped(base, t string) error {
	resp, err := http.Get(base + "/v1/me?access_token=" + t)
	if err != nil {
		return fmt.Errorf("get me: %w", err) // want `the error of http.Get quotes the request URL, which carries a credential, t \(as access_token=\), and reaches an error message via fmt.Errorf`
	}
	return resp.Body.Close()
}

func t12ErrorText(c *http.Client, base, k string) {
	u := fmt.Sprintf("%s/v1/items?api_key=%s", base, k)
	if _, err := c.Get(u); err != nil {
		fmt.Println("request failed:", err.Error()) // want `the error of c.Get quotes the request URL, which carries a credential, k \(as api_key=\), and reaches a log line via fmt.Println`
	}
}

func t12Returned(c *http.Client, base, k string) (*http.Response, error) {
	resp, err := c.Get(base + "/v1/items?api_key=" + k)
	if err != nil {
		return nil, err // want `the error of c.Get quotes the request URL, which carries a credential, k \(as api_key=\), and is returned`
	}
	return resp, nil
}

// Silent look-alikes: nothing secret in the URL, the cause alone taken
// out of the *url.Error, an error only compared, a fixed error returned,
// a password in the user info (the client stars it out).
func t12Silent(ctx context.Context, c *http.Client, base, query, k, user, pass, host string) error {
	if _, err := c.Get(base + "/search?q=" + query); err != nil {
		log.Printf("search: %v", err)
	}
	if _, err := c.Get(base + "/v1/items?api_key=" + k); err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			log.Printf("items: %v", ue.Err)
		}
	}
	if _, err := c.Get(base + "/v1/items?api_key=" + k); err != nil {
		if errors.Is(err, context.Canceled) {
			return ctx.Err()
		}
		return errors.New("items: request failed")
	}
	if _, err := c.Get("https://" + user + ":" + pass + "@" + host + "/status"); err != nil {
		return fmt.Errorf("status: %w", err)
	}
	return nil
}
