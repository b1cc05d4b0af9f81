package secretlog

import (
	"fmt"
	"log"
	"os"
)

// schollz/logger (croc's logger) writes through (*log.Logger).Output, so
// its Debugf is a wrapper: croc logs PAKE session keys at debug level.
type levelLogger struct {
	D     *log.Logger
	debug bool
}

var std = &levelLogger{D: log.New(os.Stdout, "[debug]\t", log.Ltime)}

func (l *levelLogger) Debugf(format string, v ...interface{}) {
	if l.debug {
		l.D.Output(3, fmt.Sprintf(format, v...))
	}
}

func Debugf(format string, v ...interface{}) { std.Debugf(format, v...) }

type pake struct{}

func (pake) SessionKey() ([]byte, error) { return nil, nil }

func handshake(p pake, password string) {
	strongKey, err := p.SessionKey()
	if err != nil {
		return
	}
	Debugf("strongkey: %x", strongKey)          // want `credential SessionKey\(\) reaches a log line via Debugf`
	log.Output(1, "sending password "+password) // want `credential password reaches a log line via log.Output`
	Debugf("key of %d bytes", len(strongKey))
	log.Output(1, "handshake done")
}
