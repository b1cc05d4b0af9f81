package secretlog

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
)

// go-containerregistry's transport tests: a server's challenge
// (WWW-Authenticate: Bearer realm=…) names a scheme; the realm it carries
// is a host, not a credential.

type registryServer struct{ realm string }

func (s *registryServer) challenge() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("WWW-Authenticate", fmt.Sprintf("Bearer realm=%q", s.realm))
		w.WriteHeader(http.StatusUnauthorized)
	})
}

func (s *registryServer) logRealm() {
	log.Printf("challenge from %s", s.realm)
}

// A value sent as a credential under another header with a scheme is one.
func sendWithScheme(req *http.Request, grant string) {
	req.Header.Set("X-Upstream", "Bearer "+grant)
	log.Printf("grant %s", grant) // want `credential grant reaches a log line via log.Printf`
}

// url.URL's Host of one value put into a credential position does not make
// every URL's Host a credential.
func hostAsPassword(u *url.URL, req *http.Request) {
	req.SetBasicAuth("registry", u.Host)
}

func logHost(in *http.Request, err error) {
	log.Printf("cross-host redirect: invalid host %q: %v", in.URL.Host, err)
}

// An ambiguous field of another package's type used as a credential is
// corroborated everywhere.
func useUpstream(c *http.Cookie, req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+c.Value)
	log.Printf("cookie %s", c.Value) // want `credential Value reaches a log line via log.Printf`
}

// Field-based through a field of the package's own type: every c.tok.Value
// after one was sent as a credential.
type cookieClient struct{ tok *http.Cookie }

func (c *cookieClient) send(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+c.tok.Value)
}

func (c *cookieClient) debug() {
	log.Printf("cookie %s", c.tok.Value) // want `credential Value reaches a log line via log.Printf`
}
