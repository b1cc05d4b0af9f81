package headerlog

import (
	"fmt"
	"io"
	"log"
	"maps"
	"net/http"
)

// A client's extra headers, merged into each request after the
// credentials are set on the request itself (code.gitea.io/sdk/gitea):
// printing them shows a content type, not a credential.

var jsonHeader = http.Header{"content-type": []string{"application/json"}}

type giteaClient struct {
	http  *http.Client
	token string
	debug bool
}

func (c *giteaClient) doRequest(method, path string, header http.Header, body io.Reader) (*http.Response, error) {
	if c.debug {
		fmt.Printf("%s: %s\nHeader: %v\n", method, path, header) // silent: every caller passes a header without credentials
	}
	req, err := http.NewRequest(method, "https://gitea.example.com/api/v1"+path, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "token "+c.token)
	for k, v := range header {
		req.Header[k] = v
	}
	return c.http.Do(req)
}

func (c *giteaClient) getParsedResponse(method, path string, header http.Header, body io.Reader) (*http.Response, error) {
	return c.doRequest(method, path, header, body)
}

func (c *giteaClient) calls(ctype string) {
	c.getParsedResponse("GET", "/user", jsonHeader, nil)                                     // silent: a content type
	c.getParsedResponse("POST", "/repos", http.Header{"Content-Type": []string{ctype}}, nil) // silent
	c.getParsedResponse("GET", "/version", nil, nil)                                         // silent
	h := make(http.Header)
	h.Set("Accept", "application/json")
	c.getParsedResponse("GET", "/orgs", h, nil) // silent: only an Accept header written
}

// The same shapes with a credential in them still report.

type authedClient struct{ token string }

func (c *authedClient) send(header http.Header) {
	log.Printf("sending with %v", header) // want `header \(http.Header\) reaches a log line via log.Printf`
}

func (c *authedClient) calls(token, otp string, creds http.Header) {
	c.send(http.Header{"Authorization": []string{"Bearer " + c.token}}) // want `reaches a log line via c.send`
	h := http.Header{"Accept": []string{"application/json"}}
	h.Set("X-Gitea-OTP", otp)
	c.send(h) // want `h \(http.Header\) reaches a log line via c.send`
	g := http.Header{}
	maps.Copy(g, creds)
	c.send(g) // want `g \(http.Header\) reaches a log line via c.send`
	k := http.Header{}
	addAuth(k, token)
	c.send(k) // want `k \(http.Header\) reaches a log line via c.send`
	v := http.Header{"Accept": []string{token}}
	log.Print(v) // want `v \(http.Header\) reaches a log line via log.Print`
}

func addAuth(h http.Header, token string) { h.Set("Authorization", "Bearer "+token) }

// An exported variable or an exported function's parameter may hold
// anything another package puts there.
var DefaultHeader = http.Header{"Accept": []string{"application/json"}}

func LogHeader(h http.Header) {
	log.Print(h) // want `h \(http.Header\) reaches a log line via log.Print`
}

func logDefault() {
	log.Print(DefaultHeader) // want `DefaultHeader \(http.Header\) reaches a log line`
}

func (c *authedClient) session(accept string) {
	h := http.Header{}
	h.Set("X-Session", c.token)
	c.send(h) // want `h \(http.Header\) reaches a log line via c.send`
	a := http.Header{}
	a.Set("Accept", accept)
	c.send(a) // silent: an Accept value
}
