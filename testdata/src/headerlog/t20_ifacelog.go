package headerlog

import (
	"log"
	"net/http"
	"net/http/httputil"
	"os"
)

// A module's own logger interface (tencentcloud's common.Logger has one
// method, Printf, and defaults to log.New(os.Stderr, …)) writes a log
// line, whichever implementation is behind it.
type t20Logger interface {
	Printf(format string, args ...interface{})
}

type t20Leveled interface {
	Debugf(format string, args ...any)
	Info(msg string, keysAndValues ...any)
}

type t20Client struct {
	logger t20Logger
	lv     t20Leveled
	debug  bool
}

func newT19Client() *t20Client {
	return &t20Client{logger: log.New(os.Stderr, "", log.LstdFlags)}
}

func (c *t20Client) send(req *http.Request) {
	req.Header.Set("Authorization", "TC3-HMAC-SHA256 "+os.Getenv("TC_SIGNATURE"))
	if c.debug {
		out, err := httputil.DumpRequest(req, true)
		if err != nil {
			c.logger.Printf("[ERROR] dump request failed: %s", err)
		} else {
			c.logger.Printf("[DEBUG] http request: %s", out) // want `out \(the output of httputil.DumpRequest\) reaches a log line via c.logger.Printf`
		}
		c.lv.Debugf("request headers: %v", req.Header) // want `req.Header \(http.Header\) reaches a log line via c.lv.Debugf`
		c.lv.Info("request", "headers", req.Header)    // want `req.Header \(http.Header\) reaches a log line via c.lv.Info`
	}
}

// Silent look-alikes: an interface method that returns what it builds
// (an error constructor, a formatter) writes no log line, and one that
// takes no variadic values is not a logger's; only the method and the
// URL of the request are logged.
type t20Formatter interface {
	Errorf(format string, args ...any) error
	Sprintf(format string, args ...any) string
	Print(s string)
}

func (c *t20Client) sendQuiet(req *http.Request, f t20Formatter) error {
	req.Header.Set("Authorization", "Bearer "+os.Getenv("API_TOKEN"))
	_ = f.Sprintf("%v", req.Header)
	f.Print(req.Header.Get("Accept"))
	c.logger.Printf("%s %s", req.Method, req.URL.Path)
	return f.Errorf("headers: %v", req.Header)
}
