// Package left is minio-go's tracing: TraceOn defaults its writer to
// os.Stdout, and dumpHTTP rewrites the signature out of Authorization
// before it dumps each request, but not the session token header the
// package sets.
package left

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"os"
	"strings"
)

type Client struct {
	sessionToken string
	traceOutput  io.Writer
	userOutput   io.Writer
}

func (c *Client) TraceOn(w io.Writer) {
	if w == nil {
		w = os.Stdout
	}
	c.traceOutput = w
}

// SetOutput keeps a writer the caller gives: nothing says it is a log.
func (c *Client) SetOutput(w io.Writer) { c.userOutput = w }

func (c *Client) newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Amz-Security-Token", c.sessionToken)
	req.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=…, Signature="+c.sessionToken)
	return req, nil
}

func redactSignature(auth string) string {
	i := strings.Index(auth, "Signature=")
	if i < 0 {
		return auth
	}
	return auth[:i] + "Signature=**REDACTED**"
}

func (c *Client) dumpHTTP(req *http.Request) error {
	if auth := req.Header.Get("Authorization"); auth != "" {
		req.Header.Set("Authorization", redactSignature(auth))
	}
	reqTrace, err := httputil.DumpRequestOut(req, false)
	if err != nil {
		return err
	}
	_, err = fmt.Fprint(c.traceOutput, string(reqTrace)) // want `string\(reqTrace\) \(the output of httputil.DumpRequestOut, redacted but for the X-Amz-Security-Token header the package sets\) reaches a log line via fmt.Fprint`
	return err
}

// The same dump to a writer only the caller gives is not known to be a
// log.
func (c *Client) dumpToUser(req *http.Request) {
	reqTrace, _ := httputil.DumpRequestOut(req, false)
	fmt.Fprint(c.userOutput, string(reqTrace))
}

// A field set to os.Stderr in a literal is a log too.
type tracer struct{ out io.Writer }

func newTracer() *tracer { return &tracer{out: os.Stderr} }

func (t *tracer) dump(req *http.Request) {
	b, _ := httputil.DumpRequestOut(req, false)
	fmt.Fprintf(t.out, "%s\n", b) // want `b \(the output of httputil.DumpRequestOut\) reaches a log line via fmt.Fprintf`
}
