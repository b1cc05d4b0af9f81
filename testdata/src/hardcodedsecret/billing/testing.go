package billing

import "testing"

// NewTestDB is the helper a production package ships for its importers'
// tests (vault's testing.go files): this file is a library for tests, and
// its password a fixture.
func NewTestDB(t testing.TB) Config {
	t.Helper()
	return Config{DSN: "postgres://tester:Fx7pQ2wLm9Zr@127.0.0.1:5432/test", Password: "Fx7pQ2wLm9Zr"}
}
