package secretlog

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/url"

	"secretlog/internal/t12send"
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

// A credential in the URL path, or as any query parameter's value, is in
// the URL's text too: printed, or quoted by the client's error.
func t12PathKey(c *http.Client, base, apiKey, userID string) error {
	u := base + "/v1/" + apiKey + "/items"
	if _, err := c.Get(u); err != nil {
		return fmt.Errorf("items: %w", err) // want `the error of c.Get quotes the request URL, which carries a credential, apiKey \(in the URL path\), and reaches an error message via fmt.Errorf`
	}
	log.Printf("fetched %s", u) // want `credential apiKey reaches a log line via log.Printf`
	plain := base + "/v1/users/" + userID + "/items"
	if _, err := c.Get(plain); err != nil {
		return fmt.Errorf("user items: %w", err)
	}
	return nil
}

func t12AnyParam(c *http.Client, base, password, query string) {
	if _, err := c.Get(base + "/login?user=admin&p=" + password); err != nil {
		log.Print(err) // want `the error of c.Get quotes the request URL, which carries a credential, password \(as p=\)`
	}
	if _, err := c.Get(base + "/search?q=" + query + "&sort=asc"); err != nil {
		log.Print(err)
	}
}

// adlio/trello's shape: key and token set into url.Values, encoded into
// the URL of the request whose error is wrapped.
type t12Trello struct {
	client     *http.Client
	Key, Token string
	BaseURL    string
}

func (c *t12Trello) get(path string, params url.Values) error {
	if c.Token != "" {
		params.Set("token", c.Token)
	}
	u := fmt.Sprintf("%s/%s?%s", c.BaseURL, path, params.Encode())
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		return err
	}
	resp, err := c.client.Do(req)
	if err != nil {
		return fmt.Errorf("HTTP request failure on %s: %w", path, err) // want `the error of c.client.Do quotes the request URL, which carries a credential, c.Token \(as token=\)`
	}
	return resp.Body.Close()
}

func (c *t12Trello) search(path, term string) error {
	params := url.Values{}
	params.Set("query", term)
	u := fmt.Sprintf("%s/%s?%s", c.BaseURL, path, params.Encode())
	if _, err := c.client.Get(u); err != nil {
		return fmt.Errorf("search %s: %w", path, err)
	}
	return nil
}

// A helper that sends the request it is given and returns the error, in
// this package or another of the module, passes the *url.Error on: its
// callers are reported where that error escapes.
func t12do(c *http.Client, req *http.Request) error {
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func t12Helpers(c *http.Client, base, apiKey, query string) error {
	req, err := http.NewRequest("GET", base+"/v1/items?api_key="+apiKey, nil)
	if err != nil {
		return err
	}
	if err := t12do(c, req.WithContext(context.Background())); err != nil {
		log.Printf("items: %v", err) // want `the error of t12do quotes the request URL, which carries a credential, apiKey \(as api_key=\)`
	}
	if _, err := t12send.Get(c, base+"/v1/me?api_key="+apiKey); err != nil {
		log.Printf("me: %v", err) // want `the error of t12send.Get quotes the request URL, which carries a credential, apiKey \(as api_key=\)`
	}
	if _, err := t12send.Get(c, base+"/search?q="+query); err != nil {
		log.Printf("search: %v", err)
	}
	return t12do(c, req) // want `the error of t12do quotes the request URL, which carries a credential, apiKey \(as api_key=\), and is returned`
}
