// Package conjur redacts the only credential header it sets, Authorization.
package conjur

import (
	"log"
	"net/http"
	"net/http/httputil"
)

// go-containerregistry's logging transport: the Authorization header is
// replaced on the request before the dump and restored after it.
type redactingTransport struct{ inner http.RoundTripper }

func (t *redactingTransport) RoundTrip(in *http.Request) (*http.Response, error) {
	saved := in.Header.Clone()
	if in.Header.Get("authorization") != "" {
		in.Header.Set("authorization", "<redacted>")
	}
	if b, err := httputil.DumpRequestOut(in, true); err == nil {
		log.Println(string(b))
	}
	in.Header = saved
	return t.inner.RoundTrip(in)
}

// Deleting it works as well; replacing it with another credential does not.
type strippingTransport struct {
	inner http.RoundTripper
	token string
}

func (t *strippingTransport) RoundTrip(in *http.Request) (*http.Response, error) {
	in.Header.Set("Authorization", "Bearer "+t.token)
	c := in.Clone(in.Context())
	c.Header.Del("Authorization")
	if b, err := httputil.DumpRequestOut(c, false); err == nil {
		log.Println(string(b))
	}
	in.Header.Del("Authorization")
	in.Header.Set("Authorization", "Bearer "+t.token)
	b, _ := httputil.DumpRequestOut(in, false)
	log.Println(string(b)) // want `string\(b\) \(the output of httputil.DumpRequestOut\) reaches a log line`
	return t.inner.RoundTrip(in)
}

// conjur-api-go's response logging: a copy of the headers with the
// credential header replaced by a constant, or the headers themselves
// where they hold none, is what the log gets.
const redactedText = "[REDACTED]"

func redactHeaders(h http.Header) http.Header {
	if h.Get("Authorization") != "" {
		c := h.Clone()
		c.Set("Authorization", redactedText)
		return c
	}
	return h
}

func stripHeaders(h http.Header) http.Header {
	c := h.Clone()
	c.Del("Authorization")
	return c
}

// Look-alikes that redact nothing the log gets: the copy is redacted but
// the original returned, the header is read but kept, the copy gets
// another credential.
func redactNothing(h http.Header) http.Header {
	c := h.Clone()
	c.Set("Authorization", redactedText)
	return h
}

func checkHeaders(h http.Header) http.Header {
	if h.Get("Authorization") == "" {
		return nil
	}
	return h
}

func rewrapHeaders(h http.Header, token string) http.Header {
	c := h.Clone()
	c.Set("Authorization", "Bearer "+token)
	return c
}

func logResponse(resp *http.Response, token string) {
	req := resp.Request
	req.Header.Set("Authorization", "Bearer "+token)
	redacted := redactHeaders(req.Header)
	log.Printf("%d %s %+v", resp.StatusCode, req.URL, redacted)
	log.Printf("%+v", stripHeaders(req.Header))
	log.Printf("%+v", redactNothing(req.Header)) // want `redactNothing\(req.Header\) \(http.Header\) reaches a log line`
	kept := checkHeaders(req.Header)
	log.Printf("%+v", kept)                             // want `kept \(http.Header\) reaches a log line`
	log.Printf("%+v", rewrapHeaders(req.Header, token)) // want `rewrapHeaders\(req.Header, token\) \(http.Header\) reaches a log line`
}
