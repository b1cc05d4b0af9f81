package rules_test

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/credlint/credlint/rules"
)

// BenchmarkLoadDefault measures rules.Load("") in a process that has loaded
// before. The rules package translates gitleaks' own default config once per
// process and reuses it, so this is the cost of credlint's file, the merge
// and detect.NewDetector, not of the first load: see
// BenchmarkLoadDefaultFirst for that.
func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rules.Load(""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMatch measures one Set.Match call on the synthetic
// `context = "value"` lines credlint builds for candidate literals.
func BenchmarkMatch(b *testing.B) {
	set, err := rules.Load("")
	if err != nil {
		b.Fatal(err)
	}
	// The key is assembled at run time so that this file holds no literal
	// that credlint, gitleaks or a push-protection scanner would flag.
	liveKey := strings.Join([]string{"sk", "live", "4eC39HqLyjWDarjtT1zdp7dcR8vYw2Kq"}, "_")
	cases := []struct {
		name string
		line string
		rule string // ID of the best match; "" for none
	}{
		// No rule keyword in the line: only the keyword prefilter runs.
		{"no-keyword", `greeting = "hello, world: the quick brown fox"`, ""},
		// A vendor rule's keyword and regex hit.
		{"stripe-live", `apiKey = "` + liveKey + `"`, "credlint-stripe-live-key"},
		// Only gitleaks' generic-api-key rule (keyword + regex + entropy) hits.
		{"generic", `secret = "a8f5f167f44f4964e6c998dee827110c"`, "generic-api-key"},
	}
	for _, c := range cases {
		got := ""
		if m := set.Match(c.line); len(m) > 0 {
			got = m[0].Rule.ID
		}
		if got != c.rule {
			b.Fatalf("%s: best match of %q is rule %q, want %q", c.name, c.line, got, c.rule)
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				set.Match(c.line)
			}
		})
	}
}

// BenchmarkLoadDefaultFirst measures the first rules.Load("") of a process,
// which also compiles gitleaks' ~200 default rules: what a go vet process
// (one per package) pays when its package has a candidate literal. Each
// iteration starts this test binary afresh to run TestFirstLoadHelper; the
// child times only its Load call, and the reported first-load-ns and
// first-load-B are the means of what the children measured (ns/op includes
// starting the process).
func BenchmarkLoadDefaultFirst(b *testing.B) {
	var ns, bytes, n int64
	for b.Loop() {
		cmd := exec.Command(os.Args[0], "-test.run=^TestFirstLoadHelper$", "-test.count=1")
		cmd.Env = append(os.Environ(), firstLoadEnv+"=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			b.Fatalf("helper: %v\n%s", err, out)
		}
		var dns, dbytes int64
		i := strings.Index(string(out), "first-load ")
		if i < 0 {
			b.Fatalf("helper printed no measurement:\n%s", out)
		}
		if _, err := fmt.Sscanf(string(out[i:]), "first-load %d %d", &dns, &dbytes); err != nil {
			b.Fatalf("helper output: %v\n%s", err, out)
		}
		ns, bytes, n = ns+dns, bytes+dbytes, n+1
	}
	b.ReportMetric(float64(ns)/float64(n), "first-load-ns")
	b.ReportMetric(float64(bytes)/float64(n), "first-load-B")
}

const firstLoadEnv = "CREDLINT_BENCH_FIRST_LOAD"

// TestFirstLoadHelper is BenchmarkLoadDefaultFirst's child process; it does
// nothing in a normal test run.
func TestFirstLoadHelper(t *testing.T) {
	if os.Getenv(firstLoadEnv) == "" {
		t.Skip("helper for BenchmarkLoadDefaultFirst")
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	if _, err := rules.Load(""); err != nil {
		t.Fatal(err)
	}
	d := time.Since(start)
	runtime.ReadMemStats(&after)
	fmt.Printf("first-load %d %d\n", d.Nanoseconds(), after.TotalAlloc-before.TotalAlloc)
}
