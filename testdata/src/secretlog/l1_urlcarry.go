package secretlog

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
	"strconv"
)

// A URL built with a credential by secreturl's patterns (a credential
// query parameter, a password in the user info) carries it wherever it is
// printed, even when the value's own name says nothing: an error helper
// that prints the request URL, or the URL text, leaks it.

// l1RequestError prints the request's URL: what each caller's request
// carries, it carries.
func l1RequestError(req *http.Request, err error) error {
	return fmt.Errorf("%s %s: %w", req.Method, req.URL, err) // want `URL req.URL carries a credential, k \(as api_key=\), and reaches an error message via fmt.Errorf`
}

// l1GetError is a generic error helper: reported where a URL that
// carries a credential is given.
func l1GetError(u string, err error) error { return fmt.Errorf("GET %s: %w", u, err) }

func l1QueryKey(c *http.Client, base, k string) error {
	req, err := http.NewRequest("GET", base+"/v1/me?api_key="+k, nil)
	if err != nil {
		return err
	}
	if _, err := c.Do(req); err != nil {
		return l1RequestError(req, err)
	}
	return nil
}

func l1QueryToken(c *http.Client, base, t string) error {
	u := fmt.Sprintf("%s/v1/me?access_token=%s", base, t)
	if _, err := c.Get(u); err != nil {
		return l1GetError(u, err) // want `URL u carries a credential, t \(as access_token=\), and reaches an error message via l1GetError`
	}
	return nil
}

func l1Userinfo(c *http.Client, host, user, pass string) {
	u := "https://" + user + ":" + pass + "@" + host + "/status"
	if _, err := c.Get(u); err != nil {
		log.Printf("GET %s: %v", u, err) // want `URL u carries a credential, pass \(as the URL's password\)`
	}
	parsed, err := url.Parse(u)
	if err != nil {
		return
	}
	log.Print(parsed.String()) // want `URL parsed.String\(\) carries a credential`
}

// Silent look-alikes: no credential parameter, a constant, a cursor, a
// number, a key named for something else, a port after the host.
func l1PlainURLs(c *http.Client, base, query, cursor, prefix, host, port string, n int) {
	for _, u := range []string{
		base + "/search?q=" + query,
		base + "/v1/me?api_key=YOUR_KEY",
		base + "/items?page_token=" + cursor,
		base + "/items?limit=" + strconv.Itoa(n),
		base + "/objects?key=" + prefix,
		"https://" + host + ":" + port + "/status",
	} {
		if _, err := c.Get(u); err != nil {
			log.Printf("GET %s: %v", u, err)
		}
	}
	one := base + "/search?q=" + query
	if _, err := c.Get(one); err != nil {
		_ = l1GetError(one, err)
	}
	req, _ := http.NewRequest("GET", base+"/items?page_token="+cursor, nil)
	if _, err := c.Do(req); err != nil {
		_ = l1RequestError(req, err)
	}
}
