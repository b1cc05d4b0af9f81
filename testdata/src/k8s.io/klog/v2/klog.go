// Package klog is a minimal stand-in for k8s.io/klog/v2.
package klog

type Verbose bool

func V(level int) Verbose                                        { return false }
func (Verbose) Infof(format string, args ...interface{})         {}
func Infof(format string, args ...interface{})                   {}
func InfoS(msg string, keysAndValues ...interface{})             {}
func ErrorS(err error, msg string, keysAndValues ...interface{}) {}
