package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/credlint/credlint/analyzers"
	"github.com/credlint/credlint/internal/e2etest"
)

func TestList(t *testing.T) {
	dir := t.TempDir()
	stdout, stderr, code := credlint(t, dir, "-list")
	wantCode(t, code, exitClean, stdout, stderr)
	for _, a := range analyzers.All() {
		if !strings.Contains(stdout, "  "+a.Name+" ") {
			t.Errorf("-list does not show check %s", a.Name)
		}
	}
	if !strings.Contains(stdout, "credlint-stripe-live-key") || !strings.Contains(stdout, "credlint:default.toml") {
		t.Errorf("-list does not show the default rules:\n%.2000s", stdout)
	}

	// A user's rule file: -list shows what it loaded.
	rules := filepath.Join(dir, "rules.toml")
	e2etest.WriteFile(t, rules, `title = "acme"

[[rules]]
id = "acme-api-key"
description = "ACME API key"
regex = '''acme_[a-z0-9]{32}'''
keywords = ["acme_"]
`)
	stdout, stderr, code = credlint(t, dir, "-rules", rules, "-list")
	wantCode(t, code, exitClean, stdout, stderr)
	if !strings.Contains(stdout, "acme-api-key") || !strings.Contains(stdout, "ACME API key") || strings.Contains(stdout, "credlint-stripe-live-key") {
		t.Errorf("-rules rules.toml -list:\n%s", stdout)
	}

	e2etest.WriteFile(t, rules, "[[rules]]\nid = \n")
	_, stderr, code = credlint(t, dir, "-rules", rules, "-list")
	if code != exitError || !strings.Contains(stderr, "rules.toml") {
		t.Errorf("a broken rule file: exit %d, stderr %q", code, stderr)
	}
}
