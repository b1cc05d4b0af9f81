// Package backoff is a minimal stub of github.com/cenkalti/backoff/v4 for
// credlint's analysistest suites.
package backoff

type BackOff interface{}

type ExponentialBackOff struct{}

type Operation func() error

func NewExponentialBackOff() *ExponentialBackOff { return &ExponentialBackOff{} }

func Retry(o Operation, b BackOff) error { return o() }
