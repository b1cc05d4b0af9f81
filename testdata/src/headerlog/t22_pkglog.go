package headerlog

import (
	"net/http"

	"example.com/chatlog"
	"github.com/caarlos0/log"
)

// goreleaser's upload (internal/http/http.go) prints the request's
// headers, Basic credentials set just before, at debug through
// github.com/caarlos0/log, a logging package by its path.
func t22Upload(c *http.Client, req *http.Request, user, secret string) (*http.Response, error) {
	req.SetBasicAuth(user, secret)
	log.Debugf("executing request: %s %s (headers: %v)", req.Method, req.URL, req.Header) // want `req.Header \(http.Header\) reaches a log line via log.Debugf`
	log.WithField("headers", req.Header).Debug("sending")                                 // want `req.Header \(http.Header\) reaches a log line via log.WithField`
	// Silent: the method and the path alone, and a chat log's entry.
	log.Debugf("executing request: %s %s", req.Method, req.URL.Path)
	chatlog.Debugf("headers: %v", req.Header)
	return c.Do(req)
}
