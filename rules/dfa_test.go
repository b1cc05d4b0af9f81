package rules

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// dfaCase is generic-api-key's allowlist, the largest DFA of the default
// set, and texts that run through many of its states.
func dfaCase(t *testing.T) (string, []string) {
	set, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	al := set.eng.byID["generic-api-key"].spec.Allowlists
	if len(al) == 0 || len(al[0].Regexes) == 0 {
		t.Fatal("generic-api-key has no allowlist regexes")
	}
	expr := "(?:" + strings.Join(al[0].Regexes, "|") + ")"
	rng := rand.New(rand.NewPCG(7, 8))
	bits := []string{"api_key", "=", " ", "true", "false", "null", "${", "}", "example", "xxxx", "a8f5f167f44f", "\n", "_", "-", "password", "0000"}
	var texts []string
	for range 200 {
		var sb strings.Builder
		for range 1 + rng.IntN(8) {
			sb.WriteString(bits[rng.IntN(len(bits))])
		}
		texts = append(texts, sb.String())
	}
	return expr, texts
}

// TestDFAConcurrent matches from several goroutines on a DFA nothing has
// built yet (run with -race): transitions are built under the lock and
// read without it.
func TestDFAConcurrent(t *testing.T) {
	expr, texts := dfaCase(t)
	re := regexp.MustCompile(expr)
	p, err := compilePattern(expr)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range texts {
				s := texts[(g*31+k)%len(texts)]
				if m, ok := p.dfa.matchString(s); ok && m != re.MatchString(s) {
					t.Errorf("goroutine %d on %q: DFA %v, regexp %v", g, s, m, !m)
					return
				}
			}
		})
	}
	wg.Wait()
	if p.dfa.broken.Load() {
		t.Fatal("the DFA ran out of states: nothing was compared")
	}
}

// TestDFABuiltWithoutLock matches, while another goroutine holds the
// DFA's lock, texts whose transitions are all built: answering them must
// not wait for it.
func TestDFABuiltWithoutLock(t *testing.T) {
	expr, texts := dfaCase(t)
	p, err := compilePattern(expr)
	if err != nil {
		t.Fatal(err)
	}
	want := make([]bool, len(texts))
	for i, s := range texts {
		m, ok := p.dfa.matchString(s) // builds their transitions
		if !ok {
			t.Fatalf("the DFA cannot tell on %q", s)
		}
		want[i] = m
	}
	p.dfa.mu.Lock()
	defer p.dfa.mu.Unlock()
	done := make(chan error, 1)
	go func() {
		for i, s := range texts {
			if m, ok := p.dfa.matchString(s); !ok || m != want[i] {
				done <- fmt.Errorf("on %q: %v, %v; before: %v", s, m, ok, want[i])
				return
			}
		}
		done <- nil
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Error(err)
		}
	case <-time.After(time.Minute): // a deadlock, not a slow machine
		t.Fatal("matching built transitions waits for the DFA's lock")
	}
}
