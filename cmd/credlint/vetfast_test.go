package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/credlint/credlint/internal/e2etest"
	"github.com/credlint/credlint/internal/suite"
)

// TestVetFast runs go vet on a module whose packages import the standard
// library (some of it through net/http, which the fast path leaves to
// unitchecker) and a log wrapper with a fact, then runs every unit go vet
// made again, once as it ran (the fast path where it applies) and once
// with CREDLINT_DEBUG=full (unitchecker for every unit): exit status,
// stdout, stderr, the .vetx file and the stdout file must be identical,
// and the fast path must have served the standard library's units
// without HTTP.
func TestVetFast(t *testing.T) {
	dir := vetModule(t)
	e2etest.WriteFile(t, filepath.Join(dir, "app", "app.go"), `package app

import (
	"encoding/json"
	"net/http/httptest"
	"os"
	"strings"

	"example.com/facts/creds"

	"example.com/facts/diag"
)

func Connect() {
	password := os.Getenv("DB_PASSWORD")
	diag.Debugf("connecting with %s", password)
	b, _ := json.Marshal(strings.ToUpper("x"))
	_ = httptest.NewRecorder()
	_, _ = b, creds.Load()
}
`)
	out, cfgs := vetUnits(t, dir)
	if !strings.Contains(out, "credential password reaches a log line via diag.Debugf") {
		t.Errorf("go vet: the finding that needs diag's fact is missing:\n%s", out)
	}
	if len(cfgs) < 20 {
		t.Fatalf("go vet wrote %d unit configs, want the standard library's too", len(cfgs))
	}

	fast, seen := make(map[string]bool), make(map[string]bool)
	for _, u := range cfgs {
		c, cfg := u.file, u.cfg
		var got [2]unitRun
		for i, debug := range []string{"stats", "full"} {
			got[i] = runUnit(t, cfg, fmt.Sprintf("%s.%d", c, i), debug)
		}
		seen[cfg["ImportPath"].(string)] = true
		if stats := got[0].stderr; strings.Contains(stats, "stats: vet/fast:") {
			fast[cfg["ImportPath"].(string)] = true
		}
		got[0].stderr = dropStats(got[0].stderr)
		if !reflect.DeepEqual(got[0], got[1]) {
			t.Errorf("unit %s: fast path %+v, unitchecker %+v", cfg["ImportPath"], got[0], got[1])
		}
	}
	for _, p := range []string{"strings", "encoding/json", "unicode/utf8", "net/http"} {
		if !seen[p] || !fast[p] {
			t.Errorf("%s: not served by the fast path", p)
		}
	}
	for _, p := range []string{"net/http/httptest", "example.com/facts/diag", "example.com/facts/creds", "example.com/facts/app"} {
		if !seen[p] || fast[p] {
			t.Errorf("%s: served by the fast path, or not run", p)
		}
	}
	t.Logf("%d units, %d on the fast path", len(seen), len(fast))
}

// vetModule skips a test that replays go vet's units in short mode or
// where vetUnits cannot run, and otherwise writes writeFactsModule's
// module and returns its directory.
func vetModule(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("runs go vet and each of its units again")
	}
	if runtime.GOOS == "windows" {
		t.Skip("the wrapper giving go vet a fresh tool ID is a shell script")
	}
	dir := t.TempDir()
	writeFactsModule(t, dir)
	return dir
}

// vetUnits runs go vet with credlint on the module in dir and returns its
// output and every unit it ran; the files go when the test ends.
func vetUnits(t *testing.T, dir string) (string, []vetUnit) {
	t.Helper()
	// go vet caches each unit under the tool's ID: a fresh one makes it
	// run (and write a .cfg file for) every unit.
	wrap := filepath.Join(t.TempDir(), "credlint-wrap")
	id := fmt.Sprint(time.Now().UnixNano())
	e2etest.WriteFile(t, wrap, "#!/bin/sh\nfor a; do last=$a; done\n"+
		"if [ \"$last\" = -V=full ]; then echo \"credlint-wrap version devel buildID="+id+"/"+id+"\"; exit 0; fi\n"+
		"exec "+credlintBin+" \"$@\"\n")
	if err := os.Chmod(wrap, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "vet", "-work", "-vettool="+wrap, "./...")
	cmd.Dir = dir
	out, _ := cmd.CombinedOutput()
	work, _, ok := strings.Cut(string(out), "\n")
	work, ok2 := strings.CutPrefix(work, "WORK=")
	if !ok || !ok2 {
		t.Fatalf("go vet -work: no WORK line:\n%s", out)
	}
	t.Cleanup(func() { os.RemoveAll(work) })
	files, _ := filepath.Glob(filepath.Join(work, "*", "vet.cfg"))
	units := make([]vetUnit, len(files))
	for i, f := range files {
		units[i].file = f
		data, err := os.ReadFile(f)
		if err == nil {
			err = json.Unmarshal(data, &units[i].cfg)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return string(out), units
}

// A vetUnit is the .cfg file of a unit go vet ran, and its content.
type vetUnit struct {
	file string
	cfg  map[string]any
}

type unitRun struct {
	code             int
	stdout, stderr   string
	vetx, stdoutFile []byte
}

// runUnit runs credlint with flags on a copy of a unit's config whose
// outputs are under base, with CREDLINT_DEBUG=debug.
func runUnit(t *testing.T, cfg map[string]any, base, debug string, flags ...string) unitRun {
	t.Helper()
	c := maps.Clone(cfg)
	c["VetxOutput"], c["Stdout"] = base+".vetx", base+".stdout"
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	e2etest.WriteFile(t, base+".cfg", string(data))
	cmd := exec.Command(credlintBin, append(flags, base+".cfg")...)
	cmd.Env = append(os.Environ(), "CREDLINT_DEBUG="+debug)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	r := unitRun{code: cmd.ProcessState.ExitCode(), stdout: stdout.String(), stderr: stderr.String()}
	if err != nil && r.code < 0 {
		t.Fatal(err)
	}
	r.vetx, _ = os.ReadFile(base + ".vetx")
	r.stdoutFile, _ = os.ReadFile(base + ".stdout")
	return r
}

// dropStats removes CREDLINT_DEBUG=stats lines.
func dropStats(s string) string {
	var keep []string
	for l := range strings.SplitSeq(s, "\n") {
		if !strings.HasPrefix(l, "credlint: stats: ") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}

// TestVetFastKnowsFactAnalyzers: vetFast's argument (vetfast.go) names
// every fact the suite can export and why none is exported on the units it
// serves. A new fact type, or a fact analyzer, must be checked against
// that argument before it is added here.
func TestVetFastKnowsFactAnalyzers(t *testing.T) {
	known := map[string][]string{
		"sinkfacts": {"*sinks.WrapperFact"},
		"credfacts": {"*credential.SummaryFact"},
		"sinkown":   {"*own.OwnFact"},
		"httpreq":   {"*httpreq.FuncFact", "*httpreq.TypeFact"},
		"ratelimit": {"*ratelimit.InjectedFact", "*ratelimit.EndpointFact"},
	}
	got := make(map[string][]string)
	for a := range requiredBy(suite.All(), nil) {
		for _, f := range a.FactTypes {
			got[a.Name] = append(got[a.Name], reflect.TypeOf(f).String())
		}
	}
	for name, facts := range got {
		slices.Sort(facts)
		want := slices.Sorted(slices.Values(known[name]))
		if !slices.Equal(facts, want) {
			t.Errorf("analyzer %s exports %v; vetfast.go's argument covers %v: check that it exports nothing on the units vetFast serves (or make vetFast fall through for it), then update this test", name, facts, want)
		}
	}
	for name := range known {
		if got[name] == nil {
			t.Errorf("analyzer %s exports no fact any more: update vetfast.go's argument and this test", name)
		}
	}
}

// TestFastFlags: only flags that cannot change a VetxOnly unit's facts
// nor fail to parse keep the fast path.
func TestFastFlags(t *testing.T) {
	for args, want := range map[string]bool{
		"":                              true,
		"-json":                         true,
		"--json=true":                   true,
		"-rules=r.toml":                 true,
		"-hardcodedsecret.rules=r.toml": true,
		"-rules":                        false,
		"-secretlog":                    false,
		"-ratelimit=false":              false,
		"-ratelimit.selfhosted=true":    false,
		"-c=1":                          false,
		"-json=maybe":                   false,
	} {
		if got := fastFlags(strings.Fields(args)); got != want {
			t.Errorf("fastFlags(%q) = %v, want %v", args, got, want)
		}
	}
}

// TestReadFactlessVetx: an import's .vetx with facts, or not as
// unitchecker writes it, is refused.
func TestReadFactlessVetx(t *testing.T) {
	dir := t.TempDir()
	for name, tc := range map[string]struct {
		data string
		ok   bool
	}{
		"no-facts":   {"vetx\x03\x00\x00\x00\x00\x00\x00\x00abc", true},
		"facts":      {"vetx\x03\x00\x00\x00\x01\x00\x00\x00abcd", false},
		"short":      {"vetx\x03\x00\x00\x00\x00\x00\x00\x00ab", false},
		"magic":      {"vetz\x03\x00\x00\x00\x00\x00\x00\x00abc", false},
		"truncated":  {"vetx\x03\x00", false},
		"no-types":   {"vetx\x00\x00\x00\x00\x00\x00\x00\x00", true},
		"types-then": {"vetx\x01\x00\x00\x00\x00\x00\x00\x00xyz", true},
	} {
		file := filepath.Join(dir, name)
		e2etest.WriteFile(t, file, tc.data)
		got, ok := readFactlessVetx(file)
		if ok != tc.ok {
			t.Errorf("%s: ok %v, want %v", name, ok, tc.ok)
			continue
		}
		if ok && (len(got) == 0 || got[0] != 'i' || string(got[1:]) != tc.data[12:12+len(got)-1]) {
			t.Errorf("%s: types %q", name, got)
		}
	}
}
