package secretlog

import (
	"github.com/rs/zerolog"
	"go.uber.org/zap"
)

// zap.Reflect, and zap.Any and zerolog's Interface for a value without a
// String or logger marshaler method, encode it with encoding/json: a
// field tagged json:"-" is left out.
type hiddenCreds struct {
	User     string
	Password string `json:"-"`
}

type shownCreds struct {
	User     string
	Password string
}

type namedCreds struct{ Password string }

func (namedCreds) String() string { return "credentials" }

func reflectedFields(l *zap.Logger, ev *zerolog.Event, h hiddenCreds, s shownCreds, n namedCreds) {
	l.Info("login", zap.Reflect("creds", h))
	l.Info("login", zap.Any("creds", &h))
	ev.Interface("creds", h).Any("more", &h).Msg("login")
	l.Info("login", zap.Any("creds", n))
	l.Info("login", zap.Any("creds", s))      // want `s is encoded with its credential field Password by zap.Any`
	l.Info("login", zap.Reflect("creds", &s)) // want `&s is encoded with its credential field Password by zap.Reflect`
	ev.Interface("creds", s).Msg("login")     // want `s is encoded with its credential field Password by ev.Interface`
}
