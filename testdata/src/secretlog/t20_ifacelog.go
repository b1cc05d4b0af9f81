package secretlog

import "secretlog/internal/logx"

// A logger interface, of this package or another, writes a log line
// whichever implementation is behind it.
type t20Logger interface {
	Debugf(format string, args ...interface{})
	Warn(args ...any)
}

func t20Interfaces(l t20Logger, lx logx.Printer, password, user string) {
	l.Debugf("login %s:%s", user, password) // want `credential password reaches a log line via l.Debugf`
	l.Warn("bad password", password)        // want `credential password reaches a log line via l.Warn`
	lx.Printf("password=%s", password)      // want `credential password reaches a log line via lx.Printf`

	// Silent: the type alone, the length, and an interface method that
	// returns the text it builds.
	l.Debugf("password type %T, length %d", password, len(password))
	var s interface{ Sprintf(string, ...any) string }
	_ = s.Sprintf("%s", password)
	lx.Printf("user=%s", user)
	logx.StartDial(lx, user, password)
}
