package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// credlintBin is the credlint binary the end-to-end tests run, built once
// by TestMain: a separate process per run, as users and pre-commit start
// it, with none of the process-wide state (rule set, flags) shared.
var credlintBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "credlint-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	credlintBin = filepath.Join(dir, "credlint")
	if out, err := exec.Command("go", "build", "-o", credlintBin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building credlint: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// credlint runs the binary in dir and returns its stdout, stderr and exit
// status.
func credlint(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return runCmd(t, cmdIn(dir, args...))
}

// cmdIn is the command running the binary in dir.
func cmdIn(dir string, args ...string) *exec.Cmd {
	cmd := exec.Command(credlintBin, args...)
	cmd.Dir = dir
	return cmd
}

// runCmd runs cmd and returns its stdout, stderr and exit status.
func runCmd(t *testing.T, cmd *exec.Cmd) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	return out.String(), errOut.String(), cmd.ProcessState.ExitCode()
}

// wantCode fails t unless code is want.
func wantCode(t *testing.T, code, want int, stdout, stderr string) {
	t.Helper()
	if code != want {
		t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, want, stdout, stderr)
	}
}
