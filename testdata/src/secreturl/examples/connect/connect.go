// Package connect is an example program (clickhouse-go's examples/std):
// it shows its reader a DSN built from the test environment's account.
// Examples follow the test-file policy: only a credential read from the
// environment at run time counts.
package connect

import (
	"fmt"
	"os"
)

type Env struct {
	Host     string
	Username string
	Password string
}

func testEnv() Env { return Env{Host: "127.0.0.1", Username: "tester", Password: "ClickHouse"} }

func DSN() string {
	env := testEnv()
	return fmt.Sprintf("http://%s:8123?username=%s&password=%s", env.Host, env.Username, env.Password)
}

// A password the example reads from the environment is a real one.
func FromEnv() string {
	return "https://clickhouse.acme-corp.io:8443?user=default&password=" + os.Getenv("CLICKHOUSE_PASSWORD") // want `credential os.Getenv\("CLICKHOUSE_PASSWORD"\) is put into a URL query`
}
