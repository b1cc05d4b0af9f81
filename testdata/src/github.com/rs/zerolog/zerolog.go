// Package zerolog is a minimal stand-in for github.com/rs/zerolog.
package zerolog

type Logger struct{}

func (*Logger) Info() *Event { return nil }

type Event struct{}

func (*Event) Str(key, val string) *Event                 { return nil }
func (*Event) Int(key string, i int) *Event               { return nil }
func (*Event) Interface(key string, i interface{}) *Event { return nil }
func (*Event) Any(key string, i interface{}) *Event       { return nil }
func (*Event) Msg(msg string)                             {}
func (*Event) Msgf(format string, v ...interface{})       {}
