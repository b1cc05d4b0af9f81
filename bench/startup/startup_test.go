// Package startup measures what one vet tool process costs before it
// analyses anything, for credlint against the floor (bench/floor).
//
// go vet starts the vet tool once per package, dependencies and the standard
// library included, and asks it for -flags and -V=full before that: on a
// module with many dependencies, almost every credlint process is a
// "VetxOnly" dependency run with nothing to report. So credlint's start-up
// (linking, package initialisation, page faults) is paid a thousand times
// per go vet run; this benchmark holds it to the floor's.
//
//	go test -run '^$' -bench . -benchtime 200x ./bench/startup
//
// Each iteration runs the floor and credlint once each, interleaved so that
// machine load hits both alike, and reports the CPU time (user+sys, from the
// kernel's accounting of the child) and minor page faults of each, and
// credlint's extra CPU over the floor: the difference of the means
// (extra-cpu-µs) and the median of the iterations' differences
// (extra-cpu-med-µs), which a few descheduled runs on a busy machine do not
// move. CPU time, not wall time: the numbers stay meaningful on a busy
// machine. CREDLINT_BIN benchmarks a prebuilt credlint instead of building
// ./cmd/credlint.
//
// The units get -json before their config file, as go vet (since Go 1.26)
// gives every unit: it reads the tool's diagnostics from JSON on stdout.
package startup

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

type tools struct {
	floor, credlint string
	dir             string // holds the unit's source and config files
	goroot          string
	err             error
}

// tmpDir is where the binaries went, removed by TestMain.
var tmpDir string

func TestMain(m *testing.M) {
	code := m.Run()
	if tmpDir != "" {
		os.RemoveAll(tmpDir)
	}
	os.Exit(code)
}

var built = sync.OnceValue(func() *tools {
	t := &tools{}
	dir, err := os.MkdirTemp("", "credlint-startup")
	tmpDir = dir
	if err != nil {
		t.err = err
		return t
	}
	t.dir = dir
	root, err := filepath.Abs("../..")
	if err != nil {
		t.err = err
		return t
	}
	// Both tools are run from copies written with write(2). How a binary
	// was written changes what exec costs: the linker writes its output
	// through a memory mapping, and on Linux 6.18 (ext4) running such a
	// file cost 1-2 ms more CPU per process than running a copy of it, as
	// long as its pages stay cached. Copied alike, the two tools compare.
	place := func(src, out string) string {
		if t.err != nil {
			return ""
		}
		data, err := os.ReadFile(src)
		if err == nil {
			err = os.WriteFile(out, data, 0o755)
		}
		if err != nil {
			t.err = err
		}
		return out
	}
	build := func(out, pkg string) string {
		if t.err != nil {
			return ""
		}
		cmd := exec.Command("go", "build", "-o", out+".built", pkg)
		cmd.Dir = root
		if b, err := cmd.CombinedOutput(); err != nil {
			t.err = &buildError{pkg, string(b)}
		}
		return place(out+".built", out)
	}
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.err = err
		return t
	}
	t.goroot = strings.TrimSpace(string(out))
	t.floor = build(filepath.Join(dir, "floor"), "./bench/floor")
	if bin := os.Getenv("CREDLINT_BIN"); bin != "" {
		t.credlint = place(bin, filepath.Join(dir, "credlint"))
	} else {
		t.credlint = build(filepath.Join(dir, "credlint"), "./cmd/credlint")
	}
	return t
})

type buildError struct{ pkg, out string }

func (e *buildError) Error() string { return "go build " + e.pkg + ": " + e.out }

// unitConfig writes a unitchecker config for a one-file package and returns
// its path. The package imports nothing: since x/tools v0.52 an import needs
// a vetx file written by the same tool, which a benchmark of two tools
// cannot share. vetxOnly makes it a dependency run, as go vet does for
// every package outside the patterns; otherwise the package is analysed
// but holds no candidate for any check. Either way credlint runs its
// analyzers on it: its Hello passes its argument to its result, which
// credfacts exports as a fact (a caller that passes a credential gets one
// back), so the unit pays for encoding a fact.
func unitConfig(b *testing.B, dir, tool string, vetxOnly bool) string {
	b.Helper()
	const src = "package p\n\n// Hello greets.\nfunc Hello(name string) string { return \"hello, \" + name }\n"
	return oneFileConfig(b, dir, tool, map[bool]string{true: "-vetx", false: "-unit"}[vetxOnly], "p", src, vetxOnly)
}

// factlessUnitConfig writes the config of a VetxOnly unit like
// unitConfig's whose package gives no fact analyzer anything to export (its
// function returns no text, calls no sink, sends no request): credlint
// runs its analyzers there too, but writes no fact, so the unit measures
// what a dependency with nothing to export costs, and, against
// vetxonly-unit, what one fact costs (x/tools gob-encodes a unit's facts
// only when there is one).
func factlessUnitConfig(b *testing.B, dir, tool string) string {
	b.Helper()
	const src = "package q\n\n// Next counts.\nfunc Next(n int) int { return n + 1 }\n"
	return oneFileConfig(b, dir, tool, "-factless", "q", src, true)
}

func oneFileConfig(b *testing.B, dir, tool, suffix, name, src string, vetxOnly bool) string {
	b.Helper()
	file := filepath.Join(dir, name+".go")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		b.Fatal(err)
	}
	return writeConfig(b, dir, tool, suffix, "example.com/"+name, []string{file}, vetxOnly)
}

// stdUnitConfig writes the config of the VetxOnly unit go vet runs for
// unicode/utf8, a package of the standard library that imports nothing:
// most of go vet's processes are such units (of packages that import
// something), and credlint serves them without its analyzers
// (cmd/credlint/vetfast.go), so this unit measures that path against the
// floor's full one.
func stdUnitConfig(b *testing.B, dir, tool, goroot string) string {
	b.Helper()
	src := filepath.Join(goroot, "src", "unicode", "utf8", "utf8.go")
	return writeConfig(b, dir, tool, "-std", "unicode/utf8", []string{src}, true)
}

func writeConfig(b *testing.B, dir, tool, suffix, path string, files []string, vetxOnly bool) string {
	b.Helper()
	cfg := map[string]any{
		"ID":          path,
		"Compiler":    "gc",
		"Dir":         filepath.Dir(files[0]),
		"ImportPath":  path,
		"GoVersion":   "go1.26",
		"GoFiles":     files,
		"ImportMap":   map[string]string{},
		"PackageFile": map[string]string{},
		"Standard":    map[string]bool{},
		"PackageVetx": map[string]string{},
		"VetxOnly":    vetxOnly,
		"VetxOutput":  filepath.Join(dir, filepath.Base(tool)+suffix+".vetx"),
		"Stdout":      filepath.Join(dir, filepath.Base(tool)+suffix+".stdout"),
	}
	data, err := json.Marshal(cfg)
	if err != nil {
		b.Fatal(err)
	}
	name := filepath.Join(dir, filepath.Base(tool)+suffix+".cfg")
	if err := os.WriteFile(name, data, 0o644); err != nil {
		b.Fatal(err)
	}
	return name
}

// cost runs one process and returns its CPU time and minor page faults.
func cost(b *testing.B, name string, args ...string) (time.Duration, int64) {
	cmd := exec.Command(name, args...)
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	return cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), ru.Minflt
}

func BenchmarkStartup(b *testing.B) {
	t := built()
	if t.err != nil {
		b.Fatal(t.err)
	}
	modes := []struct {
		name string
		args func(tool string) []string
	}{
		{"flags", func(string) []string { return []string{"-flags"} }},
		{"V=full", func(string) []string { return []string{"-V=full"} }},
		{"vetxonly-unit", func(tool string) []string { return []string{"-json", unitConfig(b, t.dir, tool, true)} }},
		{"vetxonly-factless-unit", func(tool string) []string { return []string{"-json", factlessUnitConfig(b, t.dir, tool)} }},
		{"no-candidate-unit", func(tool string) []string { return []string{"-json", unitConfig(b, t.dir, tool, false)} }},
		{"std-vetxonly-unit", func(tool string) []string { return []string{"-json", stdUnitConfig(b, t.dir, tool, t.goroot)} }},
	}
	for _, m := range modes {
		floorArgs, credArgs := m.args(t.floor), m.args(t.credlint)
		b.Run(m.name, func(b *testing.B) {
			var fcpu, ccpu time.Duration
			var fflt, cflt int64
			var extra []time.Duration
			n := 0
			for b.Loop() {
				// Each iteration is a pair, run in turn floor first and
				// credlint first, so that neither tool always runs on
				// what the other left in the caches.
				var fc, cc time.Duration
				var ff, cf int64
				if n%2 == 0 {
					fc, ff = cost(b, t.floor, floorArgs...)
					cc, cf = cost(b, t.credlint, credArgs...)
				} else {
					cc, cf = cost(b, t.credlint, credArgs...)
					fc, ff = cost(b, t.floor, floorArgs...)
				}
				fcpu, fflt = fcpu+fc, fflt+ff
				ccpu, cflt = ccpu+cc, cflt+cf
				extra = append(extra, cc-fc)
				n++
			}
			us := func(d time.Duration) float64 { return float64(d.Microseconds()) / float64(n) }
			b.ReportMetric(us(fcpu), "floor-cpu-µs")
			b.ReportMetric(us(ccpu), "credlint-cpu-µs")
			b.ReportMetric(us(ccpu-fcpu), "extra-cpu-µs")
			// The mean moves with the machine's load: a process
			// descheduled or migrated in the middle of its run costs
			// hundreds of µs more, and a few such runs in either tool
			// shift the mean by 0.1-0.3 ms on a busy machine. The median
			// of the pairs' differences, each pair run back to back,
			// leaves those runs out.
			slices.Sort(extra)
			b.ReportMetric(float64(extra[len(extra)/2].Microseconds()), "extra-cpu-med-µs")
			b.ReportMetric(float64(fflt)/float64(n), "floor-minflt")
			b.ReportMetric(float64(cflt)/float64(n), "credlint-minflt")
		})
	}
}
