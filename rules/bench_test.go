package rules_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/credlint/credlint/rules"
)

// BenchmarkLoadDefault measures rules.Load(""): decoding credlint's and
// gitleaks' default files and merging them. Nothing is compiled: rules
// compile on their keyword's first hit (see BenchmarkFirstMatch).
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
	cases := []struct {
		name string
		line string
		rule string // ID of the best match; "" for none
	}{
		// No rule keyword in the line: only the keyword prefilter runs.
		{"no-keyword", `greeting = "hello, world: the quick brown fox"`, ""},
		// A vendor rule's keyword and regex hit.
		{"stripe-live", `apiKey = "` + liveKey() + `"`, "credlint-stripe-live-key"},
		// Only gitleaks' generic-api-key rule (keyword + regex + entropy) hits.
		{"generic", `secret = "a8f5f167f44f4964e6c998dee827110c"`, "generic-api-key"},
		// Literals of Go source that hold keywords and no secret, or one in
		// JSON: each runs generic-api-key and the rules of its keywords.
		{"bearer", `Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0`, ""},
		{"url", `https://api.example.com/v1/users?access_token=xyz&client_id=12345&redirect_uri=https%3A%2F%2Fexample.com%2Fcallback`, ""},
		{"sql", `SELECT id, password_hash, api_token FROM users WHERE email = $1 AND deleted_at IS NULL`, ""},
		{"json", `{"name": "svc", "api_key": "Zx81Lk2Qp0Vb7Nm3Cd5Fg9Hj", "region": "eu-west-1"}`, "generic-api-key"},
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
			before := cpuTime()
			for b.Loop() {
				set.Match(c.line)
			}
			// CPU time stays meaningful on a shared machine, where ns/op
			// includes waiting for a core.
			b.ReportMetric(float64((cpuTime()-before).Nanoseconds())/float64(b.N), "cpu-ns/op")
		})
	}
}

// BenchmarkFirstMatch measures what a vet process pays for rules the first
// time one of its packages has a candidate literal: rules.Load, then one
// Match, which builds the keyword index and compiles the rules the
// literal's keywords select. Each iteration starts this test binary afresh
// to run TestFirstMatchHelper; the child times its own calls, and the
// reported metrics are the means of what the children measured (ns/op
// includes starting the process):
//
//	load-cpu-ns, load-B                 rules.Load("")
//	first-match-cpu-ns, first-match-B   the first Match of a line with a Stripe key
//	second-match-cpu-ns                 the next Match, of a line with a generic secret
//
// (CPU time of the child, at the kernel's accounting granularity.)
func BenchmarkFirstMatch(b *testing.B) {
	var sum [5]float64
	n := 0
	for b.Loop() {
		cmd := exec.Command(os.Args[0], "-test.run=^TestFirstMatchHelper$", "-test.count=1")
		cmd.Env = append(os.Environ(), firstMatchEnv+"=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			b.Fatalf("helper: %v\n%s", err, out)
		}
		i := strings.Index(string(out), "first-match ")
		if i < 0 {
			b.Fatalf("helper printed no measurement:\n%s", out)
		}
		var v [5]float64
		if _, err := fmt.Sscanf(string(out[i:]), "first-match %g %g %g %g %g", &v[0], &v[1], &v[2], &v[3], &v[4]); err != nil {
			b.Fatalf("helper output: %v\n%s", err, out)
		}
		for j := range v {
			sum[j] += v[j]
		}
		n++
	}
	for j, unit := range []string{"load-cpu-ns", "load-B", "first-match-cpu-ns", "first-match-B", "second-match-cpu-ns"} {
		b.ReportMetric(sum[j]/float64(n), unit)
	}
}

const firstMatchEnv = "CREDLINT_BENCH_FIRST_MATCH"

// TestFirstMatchHelper is BenchmarkFirstMatch's child process; it does
// nothing in a normal test run.
func TestFirstMatchHelper(t *testing.T) {
	if os.Getenv(firstMatchEnv) == "" {
		t.Skip("helper for BenchmarkFirstMatch")
	}
	var m0, m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m0)
	// CPU time of the process (user+sys), not wall time: the machine may
	// be busy with other work.
	start := cpuTime()
	set, err := rules.Load("")
	if err != nil {
		t.Fatal(err)
	}
	load := cpuTime() - start
	runtime.ReadMemStats(&m1)
	start = cpuTime()
	if len(set.Match(`apiKey = "`+liveKey()+`"`)) == 0 {
		t.Fatal("no match")
	}
	first := cpuTime() - start
	runtime.ReadMemStats(&m2)
	start = cpuTime()
	if len(set.Match(`secret = "a8f5f167f44f4964e6c998dee827110c"`)) == 0 {
		t.Fatal("no match")
	}
	second := cpuTime() - start
	fmt.Printf("first-match %d %d %d %d %d\n", load.Nanoseconds(), m1.TotalAlloc-m0.TotalAlloc,
		first.Nanoseconds(), m2.TotalAlloc-m1.TotalAlloc, second.Nanoseconds())
}

// liveKey is assembled at run time so that this file holds no literal that
// credlint, gitleaks or a push-protection scanner would flag.
func liveKey() string {
	return strings.Join([]string{"sk", "live", "4eC39HqLyjWDarjtT1zdp7dcR8vYw2Kq"}, "_")
}

// bigLiteral is n bytes of text such as a large embedded blob holds: runs
// of base64-like characters with, now and then, a word, among them the
// short keywords of gitleaks' rules ("api", "key", "jira", "sumo", "token")
// that make a keyword-anchored rule scan the whole value, and one real key
// assignment per ~50 KB.
func bigLiteral(n int) string {
	rng := rand.New(rand.NewPCG(7, 11))
	words := []string{"the", "api", "key", "token", "jira", "sumo", "secret", "auth", "access", "data", "value",
		"client", "password", "config", "=", ":", ",", "\n", "credential", "AKIA"}
	const alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/"
	var sb strings.Builder
	for sb.Len() < n {
		switch r := rng.IntN(1000); {
		case r < 80:
			sb.WriteString(words[rng.IntN(len(words))])
		case r < 999:
			for range 4 + rng.IntN(40) {
				sb.WriteByte(alnum[rng.IntN(len(alnum))])
			}
		default:
			sb.WriteString(`apiKey = "` + liveKey() + `"`)
		}
		sb.WriteByte(" \t\n._-"[rng.IntN(6)])
	}
	return sb.String()[:n]
}

// cpuTime is the process's user+system time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkMatchLarge measures one Match over a large literal (an embedded
// file, a generated blob): linear in its size (docs/rules.md has numbers).
func BenchmarkMatchLarge(b *testing.B) {
	set, err := rules.Load("")
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []struct {
		name string
		n    int
	}{{"1MB", 1 << 20}, {"5MB", 5 << 20}} {
		lit := `data = "` + bigLiteral(size.n) + `"`
		if len(set.Match(lit)) == 0 {
			b.Fatalf("%s: the planted keys were not found", size.name)
		}
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(lit)))
			before := cpuTime()
			for b.Loop() {
				set.Match(lit)
			}
			// CPU time stays meaningful on a shared machine, where ns/op
			// includes waiting for a core.
			b.ReportMetric(float64((cpuTime()-before).Nanoseconds())/float64(b.N), "cpu-ns/op")
		})
	}
}
