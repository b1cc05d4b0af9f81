package secretlog

import "secretlog/internal/logx"

// A sugared logger's key/value forms (zap's Infow, and the Logger
// interfaces modules declare after it) print the message and every pair.
type t21Sugared interface {
	Debugw(msg string, keysAndValues ...interface{})
	Infow(msg string, keysAndValues ...any)
	Warnw(msg string, keysAndValues ...any)
	Errorw(msg string, keysAndValues ...any)
	Errorf(template string, args ...any)
}

// Silent look-alikes: a "w" method that is no level (Draw), and one that
// returns what it builds (a key/value encoder's Infow returning a string).
type t21NotLogger interface {
	Draw(args ...any)
	Infow(msg string, keysAndValues ...any) string
}

func t21Sugar(l t21Sugared, n t21NotLogger, password, user string) {
	l.Debugw("login", "user", user, "password", password) // want `credential password reaches a log line via l.Debugw`
	l.Infow("login", "password", password)                // want `credential password reaches a log line via l.Infow`
	l.Warnw("retry", "password", password)                // want `credential password reaches a log line via l.Warnw`
	l.Errorw("failed", "password", password)              // want `credential password reaches a log line via l.Errorw`
	l.Errorf("failed for %s:%s", user, password)          // want `credential password reaches a log line via l.Errorf`

	l.Infow("login", "user", user, "password_len", len(password))
	n.Draw(password)
	_ = n.Infow("login", "password", password)
	debugw := func(msg string, kv ...any) {}
	debugw("login", "user", user)
}

// A func value named for a sugared level logs too.
func t21SugarFunc(infow func(msg string, kv ...any), password string) {
	infow("login", "password", password) // want `credential password reaches a log line via infow`
}

func t21SugarPackage(s *logx.Sugar, password string) {
	s.Infow("login", "password", password) // want `credential password reaches a log line via s.Infow`
}
