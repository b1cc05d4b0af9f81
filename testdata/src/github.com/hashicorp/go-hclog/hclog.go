// Package hclog is a minimal stand-in for github.com/hashicorp/go-hclog.
package hclog

type Logger interface {
	Info(msg string, args ...interface{})
	Debug(msg string, args ...interface{})
}

func Default() Logger { return nil }
