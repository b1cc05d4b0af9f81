// Package zap is a minimal stand-in for go.uber.org/zap: the names credlint
// matches, nothing more.
package zap

type Field struct{}

type Logger struct{}

func (*Logger) Info(msg string, fields ...Field)  {}
func (*Logger) Error(msg string, fields ...Field) {}
func (*Logger) With(fields ...Field) *Logger      { return nil }
func (*Logger) Sugar() *SugaredLogger             { return nil }

type SugaredLogger struct{}

func (*SugaredLogger) Infof(template string, args ...interface{})      {}
func (*SugaredLogger) Infow(msg string, keysAndValues ...interface{})  {}
func (*SugaredLogger) Debugw(msg string, keysAndValues ...interface{}) {}

func L() *Logger { return nil }

func String(key, val string) Field              { return Field{} }
func Int(key string, val int) Field             { return Field{} }
func Any(key string, val interface{}) Field     { return Field{} }
func Reflect(key string, val interface{}) Field { return Field{} }
func Bool(key string, val bool) Field           { return Field{} }
