// Package logrus is a minimal stand-in for github.com/sirupsen/logrus.
package logrus

type Fields map[string]interface{}

type Entry struct{}

func (*Entry) Info(args ...interface{})                       {}
func (*Entry) Infof(format string, args ...interface{})       {}
func (*Entry) WithField(key string, value interface{}) *Entry { return nil }

type Logger struct{}

func (*Logger) Warnf(format string, args ...interface{})  {}
func (*Logger) Debugf(format string, args ...interface{}) {}

func Infof(format string, args ...interface{})       {}
func Errorln(args ...interface{})                    {}
func WithField(key string, value interface{}) *Entry { return nil }
func WithFields(fields Fields) *Entry                { return nil }
func New() *Logger                                   { return nil }
