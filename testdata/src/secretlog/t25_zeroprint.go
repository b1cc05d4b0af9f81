package secretlog

import "fmt"

// Class: a helper that prints its parameter only where it holds its zero
// value prints no credential (ferretdb's must.NotBeZero panics with %#v
// only inside if v == zero).
func zpNotBeZero[T comparable](v T) {
	var zero T
	if v == zero {
		panic(fmt.Sprintf("v has zero value (%#v)", v))
	}
}

func zpNotNil(p *zpConnInfo) {
	if p != nil {
		return
	}
	panic(fmt.Sprintf("nil conninfo %#v", p))
}

type zpConnInfo struct {
	user     string
	password string
}

func zpStatus(ci *zpConnInfo, apiKey string) {
	zpNotBeZero(ci)
	zpNotBeZero(apiKey)
	zpNotNil(ci)
}

// Still reported: the helper that prints the value when it is not zero …
func zpBeZero[T comparable](v T) {
	var zero T
	if v != zero {
		panic(fmt.Sprintf("v has non-zero value (%#v)", v))
	}
}

// … and one whose zero it assigns before the test.
func zpReassigned[T comparable](v, w T) {
	var zero T
	zero = w
	if v == zero {
		panic(fmt.Sprintf("v equals w (%#v)", v))
	}
}

func zpCheck(apiKey, other string) {
	zpBeZero(apiKey)            // want `credential apiKey reaches a panic message`
	zpReassigned(apiKey, other) // want `credential apiKey reaches a panic message`
}
