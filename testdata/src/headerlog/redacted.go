package headerlog

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
