// Package glog is a minimal stand-in for github.com/golang/glog.
package glog

func Infof(format string, args ...interface{}) {}
func Warning(args ...interface{})              {}
