// Package logx is another package of the module: a log wrapper, an error
// helper, a credential getter and header builders, known to secretlog in
// its callers through analysis facts.
package logx

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log"
	"net/http"
)

// Debugf is a log wrapper.
func Debugf(format string, args ...any) { log.Printf("[debug] "+format, args...) }

// Fail is an error helper.
func Fail(op, detail string) error { return fmt.Errorf("%s failed: %s", op, detail) }

// Count does not print its argument.
func Count(s string) int { return len(s) }

type Config struct{ key string }

func (c *Config) Sign(req *http.Request) { req.Header.Set("X-Api-Key", c.key) }

// Auth returns the key the package sends as a credential.
func (c *Config) Auth() string { return c.key }

// Region returns no credential.
func (c *Config) Region() string { return "eu" }

// Bearer builds an Authorization value from its argument.
func Bearer(t string) string { return "Bearer " + t }

// Digest hashes its argument.
func Digest(t string) string {
	sum := sha256.Sum256([]byte(t))
	return hex.EncodeToString(sum[:])
}

// Credentials is what a credentials file holds.
type Credentials struct{ AccessToken string }

// WriteCredentials saves credentials; its error holds none of them.
func WriteCredentials(path string, c Credentials) error { return fmt.Errorf("write %s: failed", path) }

// LoadCredentials reads them back: a getter named after a credential.
func LoadCredentials(path string) (Credentials, error) { return Credentials{}, nil }

// HasPassword says whether one is set.
func HasPassword() bool { return false }

// Logger is the package's logging interface: its one implementation
// prints, the other does nothing.
type Logger interface {
	Debugf(format string, args ...any)
	Level() int
}

type stdLogger struct{ level int }

func (l *stdLogger) Debugf(format string, args ...any) { log.Printf(format, args...) }
func (l *stdLogger) Level() int                        { return l.level }

type nopLogger struct{}

func (nopLogger) Debugf(string, ...any) {}
func (nopLogger) Level() int            { return 0 }

// Log returns the package's logger.
func Log() Logger { return &stdLogger{} }

// Printer is a logger interface the package declares and never
// implements: its users pass their own, log.Default() for one.
type Printer interface {
	Printf(format string, args ...any)
}

// StoreOptions are a session store's options, parsed from flags.
type StoreOptions struct {
	ConnectionURL string
	Addr          string
}

// StartDial logs the password it is given through the Printer its caller
// plugs in: the line is this package's to fix, not its callers'.
func StartDial(p Printer, ufrag, pwd string) {
	p.Printf("dial ufrag=%s pwd=%s", ufrag, pwd)
}

// Sugar is a logging package's own sugared logger: its key/value methods
// print by their name and shape, whatever they write to.
type Sugar struct{ out []any }

func (s *Sugar) Infow(msg string, keysAndValues ...any) { s.out = append(s.out, msg) }
