// Package tests is a library for the module's integration tests
// (clickhouse-go's tests/utils.go): it takes a *testing.T, so only tests
// can use it, and the password of the container it starts is a fixture.
package tests

import "testing"

type Environment struct {
	Host, Username, Password string
}

func Start(t testing.TB) Environment {
	t.Helper()
	return Environment{Host: "127.0.0.1", Username: "tester", Password: "ClickHouse"}
}
