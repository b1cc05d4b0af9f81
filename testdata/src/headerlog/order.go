package headerlog

import (
	"fmt"
	"log"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
)

// Statement order: a request created in the function holds no credential
// until one is attached, so dumping it before that leaks nothing.

type orderClient struct {
	http          *http.Client
	user, apiKey  string
	token         string
	debug         bool
	defaultHeader http.Header
}

// dumpBeforeAuth logs its request before SetBasicAuth: its only caller
// passes a request it created and has not credentialed yet.
func dumpBeforeAuth(req *http.Request) {
	log.Printf("method %s url %s", req.Method, req.URL)
	log.Printf("headers %s", req.Header)
}

func (c *orderClient) send(method, url string) (*http.Response, error) {
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	dumpBeforeAuth(req) // the dump runs before any credential is set
	req.SetBasicAuth(c.user, c.apiKey)
	return c.http.Do(req)
}

func (c *orderClient) sendDumped(url string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	if c.debug {
		log.Printf("headers before auth: %v", req.Header)
		dump, _ := httputil.DumpRequestOut(req, false)
		log.Printf("request:\n%s", dump)
		log.Printf("request %v, auth %q", req, req.Header.Get("Authorization"))
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	return c.http.Do(req)
}

// A dump with the body of a request made without one.
func (c *orderClient) sendDumpedBody(url string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, url, http.NoBody)
	if err != nil {
		return nil, err
	}
	dump, _ := httputil.DumpRequestOut(req, true)
	log.Printf("request:\n%s", dump)
	req.Header.Set("Authorization", "Bearer "+c.token)
	return c.http.Do(req)
}

// Each iteration makes a new request: the order inside the body holds.
func (c *orderClient) sendAll(urls []string) error {
	for _, u := range urls {
		req, err := http.NewRequest(http.MethodGet, u, nil)
		if err != nil {
			return err
		}
		log.Println("sending", req.Header)
		req.Header.Set("X-Api-Key", c.apiKey)
		if _, err := c.http.Do(req); err != nil {
			return err
		}
	}
	return nil
}

// Positives: the credential is attached before the dump, or may be.

func (c *orderClient) dumpAfterAuth(url string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.user, c.apiKey)
	log.Printf("headers %v", req.Header) // want `req.Header \(http.Header\) reaches a log line`
	return c.http.Do(req)
}

func (c *orderClient) dumpAfterHeader(url string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	dump, _ := httputil.DumpRequestOut(req, false)
	log.Printf("%s", dump) // want `the output of httputil.DumpRequestOut`
	return c.http.Do(req)
}

// The body of a token request holds the client secret: a dump with the
// body shows it, whatever the headers hold.
func (c *orderClient) tokenDump(tokenURL, clientSecret string) (*http.Response, error) {
	form := url.Values{"grant_type": {"client_credentials"}, "client_secret": {clientSecret}}
	req, err := http.NewRequest(http.MethodPost, tokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	dump, _ := httputil.DumpRequestOut(req, true)
	log.Printf("%s", dump) // want `the output of httputil.DumpRequestOut`
	headers, _ := httputil.DumpRequestOut(req, false)
	log.Printf("%s", headers)
	return c.http.Do(req)
}

// A helper may attach the credential: order proves nothing past it.
func (c *orderClient) dumpAfterHelper(url string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	c.authorize(req)
	log.Printf("request %v", req) // want `req \(an http.Request\) reaches a log line`
	return c.http.Do(req)
}

func (c *orderClient) authorize(req *http.Request) {
	req.Header.Set("X-Api-Key", c.apiKey)
}

// Headers copied in from elsewhere may carry credentials.
func (c *orderClient) dumpAfterCopy(url string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header = c.defaultHeader.Clone()
	log.Printf("headers %v", req.Header) // want `req.Header \(http.Header\) reaches a log line`
	return c.http.Do(req)
}

// The request is made outside the loop: the second dump sees the first
// iteration's credential.
func (c *orderClient) dumpInLoop(url string, n int) error {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	for range n {
		log.Println("sending", req.Header) // want `req.Header \(http.Header\) reaches a log line`
		req.Header.Set("X-Api-Key", c.apiKey)
		if _, err := c.http.Do(req); err != nil {
			return err
		}
	}
	return nil
}

// A request received as a parameter may carry the caller's credentials.
func (c *orderClient) do(req *http.Request) (*http.Response, error) {
	log.Printf("headers %v", req.Header) // want `req.Header \(http.Header\) reaches a log line`
	req.SetBasicAuth(c.user, c.apiKey)
	return c.http.Do(req)
}

// dumpParam's callers do not all pass a clean request.
func dumpParam(req *http.Request) error {
	return fmt.Errorf("request failed: %v", req.Header) // want `req.Header \(http.Header\) reaches an error message`
}

func (c *orderClient) sendTwice(url string) error {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	if err := dumpParam(req); err != nil {
		log.Print("first")
	}
	req.SetBasicAuth(c.user, c.apiKey)
	return dumpParam(req)
}

// A closure may run after the credential is set.
func (c *orderClient) dumpLater(url string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	defer func() {
		log.Printf("headers %v", req.Header) // want `req.Header \(http.Header\) reaches a log line`
	}()
	req.SetBasicAuth(c.user, c.apiKey)
	return c.http.Do(req)
}
