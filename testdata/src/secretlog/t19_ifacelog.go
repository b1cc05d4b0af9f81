package secretlog

import (
	"log"
	"net/http"

	"secretlog/internal/logx"
)

// A package that logs through an interface of its own calls the
// interface's method, and the implementation that prints is a wrapper
// (IBM go-sdk-core: GetLogger().Info("…tokenResponse:\n%+v",
// *tokenResponse) in mcsp_v1_authenticator.go:278, the Logger's one
// implementation printing with a *log.Logger).
type ifaceLogger interface {
	Infof(format string, args ...any)
	Named(name string) ifaceLogger
}

type stdIfaceLogger struct{ l *log.Logger }

func (s *stdIfaceLogger) Infof(format string, args ...any) { s.l.Printf(format, args...) }
func (s *stdIfaceLogger) Named(name string) ifaceLogger    { return s }

type nopIfaceLogger struct{}

func (nopIfaceLogger) Infof(string, ...any)       {}
func (n nopIfaceLogger) Named(string) ifaceLogger { return n }

var ifaceLog ifaceLogger = &stdIfaceLogger{l: log.Default()}

func getIfaceLogger() ifaceLogger { return ifaceLog }

type mcspTokenResponse struct {
	Token     string
	TokenType string
}

func (r *mcspTokenResponse) authorize(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+r.Token)
}

func ifaceLogs(password, apiKey string, r *mcspTokenResponse) {
	getIfaceLogger().Infof("logging in with %s", password)        // want `credential password reaches a log line via \(ifaceLogger\).Infof \(it passes it to a log\)`
	getIfaceLogger().Infof("token response:\n%+v", *r)            // want `\*r is printed whole, with its credential field Token, in a log line via \(ifaceLogger\).Infof`
	logx.Log().Debugf("key %s", apiKey)                           // want `credential apiKey reaches a log line via \(Logger\).Debugf \(it passes it to a log\)`
	getIfaceLogger().Infof("password of %d bytes", len(password)) // a length shows nothing
	getIfaceLogger().Named(password)                              // Named prints nothing
	_ = logx.Log().Level()
}

// An interface whose implementations do other things with a parameter
// than print it is no log sink, though one implementation logs it: the
// call may well store the value.
type kvStore interface{ Put(key, value string) }

type memStore map[string]string

func (m memStore) Put(k, v string) { m[k] = v }

type loggingStore struct{ next memStore }

func (s loggingStore) Put(k, v string) {
	log.Printf("put %s=%s", k, v)
	s.next.Put(k, v)
}

func putPassword(s kvStore, password string) {
	s.Put("password", password)
}
