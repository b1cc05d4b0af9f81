// Package harness imports "testing" from its _test.go file only: it is
// an ordinary package, and its password is reported.
package harness

type Environment struct {
	Host, Username, Password string
}

func Start() Environment {
	return Environment{Host: "127.0.0.1", Username: "tester", Password: "ClickHouse"} // want `in Password: .*credlint-hardcoded-password`
}
