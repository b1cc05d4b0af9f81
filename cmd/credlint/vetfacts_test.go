package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/credlint/credlint/internal/e2etest"
)

// TestGoVetFacts checks that facts still cross packages under go vet,
// which runs the dependencies of a package as VetxOnly units with only
// the fact analyzers (vet.go): a log wrapper and a credential getter in
// other packages of the module are known where they are called, with all
// checks and with one check selected.
func TestGoVetFacts(t *testing.T) {
	dir := t.TempDir()
	e2etest.WriteFile(t, filepath.Join(dir, "go.mod"), "module example.com/facts\n\ngo 1.22\n")
	e2etest.WriteFile(t, filepath.Join(dir, "logx", "logx.go"), `package logx

import "log"

// Debugf logs at debug level.
func Debugf(format string, args ...any) {
	log.Printf("debug: "+format, args...)
}
`)
	e2etest.WriteFile(t, filepath.Join(dir, "creds", "creds.go"), `package creds

import "os"

// Load returns the database password.
func Load() string {
	return os.Getenv("DB_PASSWORD")
}
`)
	e2etest.WriteFile(t, filepath.Join(dir, "app", "app.go"), `package app

import (
	"fmt"
	"os"

	"example.com/facts/creds"
	"example.com/facts/logx"
)

func Connect() {
	password := os.Getenv("DB_PASSWORD")
	logx.Debugf("connecting with %s", password)
	v := creds.Load()
	fmt.Println("using", v)
}
`)
	want := []string{
		"app.go:13:36: credential password reaches a log line via logx.Debugf",
		"app.go:15:23: credential Load() reaches a log line via fmt.Println",
	}
	for _, flags := range [][]string{nil, {"-secretlog"}} {
		cmd := exec.Command("go", append(append([]string{"vet", "-vettool=" + credlintBin}, flags...), "./app")...)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if err == nil {
			t.Errorf("go vet %v: no findings, want %d", flags, len(want))
		}
		for _, w := range want {
			if !strings.Contains(string(out), w) {
				t.Errorf("go vet %v: missing %q in output:\n%s", flags, w, out)
			}
		}
	}
}

// TestVetxOnly: the unit's mode is read from its .cfg file however the JSON
// is spaced; anything else is a full unit.
func TestVetxOnly(t *testing.T) {
	dir := t.TempDir()
	for body, want := range map[string]bool{
		`{"ID": "p", "VetxOnly": true, "VetxOutput": "x"}`:  true,
		`{"ID":"p","VetxOnly":true}`:                        true,
		"{\n\t\"VetxOnly\" :\n\ttrue\n}":                    true,
		`{"ID": "p", "VetxOnly": false, "VetxOutput": "x"}`: false,
		`{"ID": "p"}`: false,
	} {
		cfg := filepath.Join(dir, "unit.cfg")
		e2etest.WriteFile(t, cfg, body)
		if got := vetxOnly([]string{"-json", cfg}); got != want {
			t.Errorf("vetxOnly(%s) = %v, want %v", body, got, want)
		}
	}
	if vetxOnly([]string{"-flags"}) || vetxOnly([]string{filepath.Join(dir, "missing.cfg")}) {
		t.Error("vetxOnly is true without a readable .cfg file")
	}
}
