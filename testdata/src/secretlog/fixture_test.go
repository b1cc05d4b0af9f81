package secretlog

import (
	"os"
	"testing"
)

// In tests, named credentials are fixtures; only the environment is real.
func TestFixtures(t *testing.T) {
	token := "fixture-token"
	want := Config{ClientSecret: "s"}
	t.Errorf("got %s, want %s", token, "x")
	t.Errorf("got %+v, want %+v", Config{}, want)
	real := os.Getenv("GITHUB_TOKEN")
	t.Logf("running with %s", real) // want `credential os.Getenv\("GITHUB_TOKEN"\) reaches a log line via t.Logf`
}
