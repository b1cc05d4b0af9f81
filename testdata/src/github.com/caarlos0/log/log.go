// Package log is a minimal stand-in for github.com/caarlos0/log (apex/log's
// API): package functions, *Logger and *Entry, none of them in the sink
// table.
package log

import "io"

type Fields map[string]any

type Entry struct{}

func (*Entry) WithField(key string, value any) *Entry { return nil }
func (*Entry) WithError(err error) *Entry             { return nil }
func (*Entry) Debug(msg string)                       {}
func (*Entry) Info(msg string)                        {}
func (*Entry) Debugf(msg string, v ...any)            {}

type Logger struct{ Writer io.Writer }

func (*Logger) Infof(msg string, v ...any)             {}
func (*Logger) WithField(key string, value any) *Entry { return nil }

// Interface is what a handler is given: its methods stay those of an
// interface, judged by their shape alone.
type Interface interface {
	Infof(msg string, v ...any)
}

func New(w io.Writer) *Logger                { return nil }
func WithField(key string, value any) *Entry { return nil }
func WithError(err error) *Entry             { return nil }
func Debug(msg string)                       {}
func Debugf(msg string, v ...any)            {}
func Infof(msg string, v ...any)             {}
func Warn(msg string)                        {}
func Error(msg string) error                 { return nil } // not caarlos0's: a builder, to test the shape
func Fatalf(msg string, v ...any)            {}
func Sprintf(msg string, v ...any) string    { return "" }
func SetLevelFromString(s string)            {}
func ParseLevel(s string) (int, error)       { return 0, nil }
