package secretlog

import (
	"fmt"
	"os"
)

// dbos v1.8.0 cmd/dbos/postgres.go:62 runs docker with an argument list
// that holds "-e", "POSTGRES_PASSWORD="+password, and on failure quotes
// args[0] alone: the docker command, not the password.
func fp17RunDocker(args ...string) error {
	if len(args) == 0 {
		return fmt.Errorf("docker: no command")
	}
	return fmt.Errorf("docker %s failed", args[0]) // silent: element 0 is the command
}

func fp17RunDockerAll(args ...string) error {
	return fmt.Errorf("docker %s failed", args[2]) // want `credential password reaches an error message via fmt.Errorf`
}

func fp17StartPostgres() {
	password := os.Getenv("PGPASSWORD")
	_ = fp17RunDocker("run", "-e", "POSTGRES_PASSWORD="+password)
	_ = fp17RunDockerAll("run", "-e", "POSTGRES_PASSWORD="+password)
}
