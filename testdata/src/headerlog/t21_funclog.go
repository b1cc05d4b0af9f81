package headerlog

import (
	"net/http"
	"os"
)

// A logger held in a func value (tailscale's logger.Logf, an options
// struct's Debugf field) writes a log line.
type t21Logf func(format string, args ...any)

type t21Client struct {
	logf    t21Logf
	Debugf  func(string, ...interface{})
	onReply func(h http.Header)
	errorf  func(format string, args ...any) error
}

func (c *t21Client) send(req *http.Request) error {
	req.Header.Set("Authorization", "Bearer "+os.Getenv("API_TOKEN"))
	c.logf("request headers: %v", req.Header) // want `req.Header \(http.Header\) reaches a log line via c.logf`
	c.Debugf("request: %v", req.Header)       // want `req.Header \(http.Header\) reaches a log line via c.Debugf`

	// Silent: the method and path alone, a callback, an error built and
	// dropped.
	c.logf("%s %s", req.Method, req.URL.Path)
	c.onReply(req.Header)
	_ = c.errorf("headers: %v", req.Header)
	return nil
}

// Info is a printing level; logIn signs in.
type t21Levels struct {
	Info  func(args ...any)
	logIn func(args ...any)
}

func t21LevelLogs(l *t21Levels, req *http.Request) {
	l.Info("request:", req.Header) // want `req.Header \(http.Header\) reaches a log line via l.Info`
	l.logIn(req.Header)
}
