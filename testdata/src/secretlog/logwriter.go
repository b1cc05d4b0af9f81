package secretlog

import (
	"fmt"
	"io"
)

// A writer named as a log is the user's log (github.com/plutov/paypal's
// client writes its request dumps to c.Log, an io.Writer set by SetLog).

type loggedClient struct {
	Log      io.Writer
	debugLog io.Writer
	catalog  io.Writer
	blog     io.Writer
	out      io.Writer
	apiKey   string
}

func (c *loggedClient) dump() {
	c.Log.Write([]byte("key " + c.apiKey))            // want `credential apiKey reaches a log line via c.Log.Write`
	fmt.Fprintf(c.debugLog, "key %s", c.apiKey)       // want `credential apiKey reaches a log line via fmt.Fprintf`
	io.WriteString(c.debugLog, c.apiKey)              // want `credential apiKey reaches a log line via io.WriteString`
	fmt.Fprintf(c.catalog, "key %s", c.apiKey)        // silent: "log" inside a word
	c.blog.Write([]byte(c.apiKey))                    // silent
	fmt.Fprintf(c.out, "key %s", c.apiKey)            // silent: any writer, perhaps the request body
	c.Log.Write([]byte("sent request to /v1/orders")) // silent: no credential
}
