package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/credlint/credlint/internal/e2etest"
)

// TestVimQuickfix runs the quickfix setup of docs/editors.md in Vim on the
// demo: every planted mistake is a valid quickfix entry at its line.
func TestVimQuickfix(t *testing.T) {
	// Vim is an optional extra, not one of the tools CI installs: skipped
	// without it even under CREDLINT_E2E=require.
	vim, err := exec.LookPath("vim")
	if err != nil {
		t.Skip("vim is not installed")
	}
	dir := e2etest.DemoModule(t, t.TempDir())
	entries := filepath.Join(t.TempDir(), "quickfix.txt")
	script := filepath.Join(t.TempDir(), "make.vim")
	e2etest.WriteFile(t, script, `setlocal makeprg=`+strings.ReplaceAll(credlintBin, " ", `\ `)+`\ ./...
setlocal errorformat=%f:%l:%c:\ %m
silent make!
call writefile(map(filter(getqflist(), 'v:val.valid'), 'bufname(v:val.bufnr) . ":" . v:val.lnum . ":" . v:val.text'), '`+entries+`')
qa!
`)
	cmd := exec.Command(vim, "-Es", "-u", "NONE", "-S", script)
	cmd.Dir = dir
	data, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("vim: %v\n%s", err, data)
	}
	data, err = os.ReadFile(entries)
	if err != nil {
		t.Fatal(err)
	}
	var reported []e2etest.Reported
	for line := range strings.SplitSeq(strings.TrimSpace(string(data)), "\n") {
		parts := strings.SplitN(line, ":", 4)
		if len(parts) != 4 {
			t.Fatalf("quickfix entry %q", line)
		}
		n, _ := strconv.Atoi(parts[1])
		reported = append(reported, e2etest.Reported{File: filepath.Base(parts[0]), Line: n, Check: parts[2]})
	}
	if len(reported) != len(e2etest.Mistakes(t)) {
		t.Errorf("%d quickfix entries, want one per mistake:\n%s", len(reported), data)
	}
	e2etest.CheckMistakes(t, e2etest.Mistakes(t), reported)
}
