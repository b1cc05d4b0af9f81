package secretlog

import (
	"context"
	"fmt"
	"log"
)

// Loggers held in func values: tailscale's logger.Logf type, an options
// struct's Debugf field, a client's logf set to log.Printf, a local debug
// closure. A call through one writes a log line.
type t21Logf func(format string, args ...any)

type t21Options struct {
	Debugf  func(string, ...interface{})
	Verbose func(args ...any)
	Trace   func(ctx context.Context, msg string)
	// Look-alikes: an error constructor, a callback, a printer that
	// returns its text.
	Errorf  func(format string, args ...any) error
	OnToken func(token string)
	Sprintf func(format string, args ...any) string
}

type t21Client struct {
	logf  t21Logf
	out   func(string, ...any) (int, error)
	store func(key, value string)
	opts  t21Options
}

func t21Logs(ctx context.Context, logf t21Logf, c *t21Client, password, apiKey string) {
	logf("login with %s", password)         // want `credential password reaches a log line via logf`
	c.opts.Debugf("key=%s", apiKey)         // want `credential apiKey reaches a log line via c.opts.Debugf`
	c.opts.Verbose("password", password)    // want `credential password reaches a log line via c.opts.Verbose`
	c.opts.Trace(ctx, "password="+password) // want `credential password reaches a log line via c.opts.Trace`
	debug := func(f string, a ...any) { log.Printf(f, a...) }
	debug("password %q", password) // want `credential password reaches a log line via debug`

	// Silent: the type and length alone; an error built, a callback, a
	// text returned, a store, a func value named for nothing that logs.
	logf("password %T of %d bytes", password, len(password))
	_ = c.opts.Errorf("bad password %s", password)
	c.opts.OnToken(password)
	_ = c.opts.Sprintf("%s", password)
	c.store("password", password)
	apply := func(f string, a ...any) {}
	apply("%s", password)
}

// A func value the package assigns a log sink logs whatever its name.
var t21Out = fmt.Printf

func t21Assigned(c *t21Client, password string) {
	c.out = fmt.Printf
	c.out("%s\n", password) // want `credential password reaches a log line via c.out`
	t21Out("%s", password)  // want `credential password reaches a log line via t21Out`
	p := log.Println
	p(password) // want `credential password reaches a log line via p`
	q := fmt.Sprintf
	_ = q("%s", password)
}

// A wrapper of a func-value logger is a wrapper: its callers are reported.
func (c *t21Client) debugf(format string, args ...any) {
	if c.opts.Debugf != nil {
		c.opts.Debugf(format, args...)
	}
}

func t21Wrapped(c *t21Client, password string) {
	c.debugf("password=%s", password) // want `credential password reaches a log line via c.debugf \(it passes it to a log\)`
	c.debugf("password set: %t", password != "")
}

// A node's public key, by its type's name (tailscale's key.NodePublic,
// "the public portion of a NodePrivate"), is no credential: a DERP server
// logs the keys of the packets it drops.
type t21NodePublic struct{ k [32]byte }

func (k t21NodePublic) ShortString() string { return "[" + string(k.k[:5]) + "]" }

type t21Server struct{ logf t21Logf }

func (s *t21Server) recvClientKey() (clientKey t21NodePublic, err error) {
	return t21NodePublic{}, nil
}

func (s *t21Server) recordDrop(dstKey t21NodePublic) {
	s.logf("dropping packet dst=%s", dstKey)
}

func (s *t21Server) accept() {
	clientKey, err := s.recvClientKey()
	if err != nil {
		return
	}
	s.recordDrop(clientKey)
}

// Every level of a logger's printing methods names a func value that
// logs, with an optional f or ln, as the last word of its name (or before
// Func); fmt.Printf's (int, error) results are a printer's too. A logger
// word elsewhere in the name names something else, and an On… name an
// event's callback.
type t21Levels struct {
	Info     func(args ...any)
	Errorln  func(args ...any)
	Fatal    func(args ...any)
	Noticef  func(format string, args ...any)
	Critical func(msg string)
	Printf   func(format string, a ...any) (int, error)
	errorLog func(args ...any)
	logFunc  func(string, ...any)

	logIn     func(token string)
	infoStore func(args ...any)
	onError   func(msg string)
}

func t21LevelLogs(l *t21Levels, password string) {
	l.Info("password", password)       // want `credential password reaches a log line via l.Info`
	l.Errorln("password", password)    // want `credential password reaches a log line via l.Errorln`
	l.Fatal(password)                  // want `credential password reaches a log line via l.Fatal`
	l.Noticef("password=%s", password) // want `credential password reaches a log line via l.Noticef`
	l.Critical("password " + password) // want `credential password reaches a log line via l.Critical`
	l.Printf("password=%s", password)  // want `credential password reaches a log line via l.Printf`
	l.errorLog(password)               // want `credential password reaches a log line via l.errorLog`
	l.logFunc("%s", password)          // want `credential password reaches a log line via l.logFunc`

	l.logIn(password)
	l.infoStore(password)
	l.onError("bad password " + password)
}
