package rules

import (
	"math/rand/v2"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// TestWindowExact checks that the windowed search finds exactly what
// FindAllStringIndex finds over the whole fragment, for every rule of the
// default set, on long fragments made of random words, keywords and strings
// generated from the rules' own patterns (several per fragment, some
// adjacent, some across lines, some after long runs of word characters).
func TestWindowExact(t *testing.T) {
	set, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	set.eng.prepare()
	rng := rand.New(rand.NewPCG(3, 4))
	var samples []string
	windowed := 0
	for _, r := range set.eng.rules {
		r.compile(set.eng)
		if r.window() != nil {
			windowed++
		}
		if r.spec.Regex == "" {
			continue
		}
		re, _ := syntax.Parse(r.spec.Regex, syntax.Perl)
		for range 3 {
			// The folds of s and k that force a whole scan are rare in
			// real text, not in generated text: keep them out, and let
			// the separators below bring them into some fragments.
			samples = append(samples, strings.NewReplacer("\u017f", "s", "\u212a", "k").Replace(generate(rng, re)))
		}
	}
	if windowed < len(set.eng.rules)/2 {
		t.Errorf("only %d of %d rules are searched by windows", windowed, len(set.eng.rules))
	}
	compared := 0
	seps := []string{" ", "", "\n", "_", "=", ": ", "\"", "-", ".", "ſ", "é"}
	for i := range 60 {
		var sb strings.Builder
		for sb.Len() < windowMin*4 {
			if rng.IntN(3) == 0 {
				// A long run of word characters before a match moves its
				// start back to the limit of the rule's prefix.
				for range rng.IntN(70) {
					sb.WriteByte("abcdefghijklmnopqrstuvwxyz0123456789_.-"[rng.IntN(39)])
				}
				sb.WriteString(samples[rng.IntN(len(samples))])
			} else {
				sb.WriteString(randomWord(rng))
			}
			sb.WriteString(seps[rng.IntN(len(seps)-2*(i%2))]) // half the fragments hold ſ or é
		}
		f := &frag{eng: set.eng, raw: sb.String()}
		for _, r := range set.eng.rules {
			if r.window() == nil || r.re == nil {
				continue
			}
			want := r.re.regexp().FindAllStringIndex(f.raw, -1)
			if f.windowSafe() {
				compared += len(want)
			}
			// Both searches that skip text: the backtracker's from
			// the keywords' spans, and regexp's by windows.
			if got := r.findAll(f); !slices.EqualFunc(want, got, slices.Equal) {
				t.Errorf("rule %s on fragment %d: whole %v, from keywords %v", r.spec.ID, i, want, got)
			}
			if got := r.findAllLong(f); !slices.EqualFunc(want, got, slices.Equal) {
				t.Errorf("rule %s on fragment %d: whole %v, windows %v", r.spec.ID, i, want, got)
			}
		}
	}
	if compared < 200 {
		t.Errorf("only %d matches were found by windows", compared)
	}
	t.Logf("%d matches compared", compared)
}

// TestWindowLinear searches long lines with many occurrences of the
// keyword of rules that read on (\bcurl\b.*…), where a
// window's search reads to the end of the line: they must find what
// regexp finds, and read a bounded multiple of the fragment.
func TestWindowLinear(t *testing.T) {
	set, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	set.eng.prepare()
	unit := "curl https://example.com/a/very/long/path/of/some/service " + strings.Repeat("lorem ipsum ", 20)
	for _, id := range []string{"curl-auth-user", "curl-auth-header"} {
		r := set.eng.byID[id]
		r.compile(set.eng)
		if w := r.window(); w == nil || !w.reads {
			t.Fatalf("%s: no window, or one that does not read on", id)
		}
		for _, n := range []int{100, 400} {
			raw := strings.Repeat(unit, n/2) + `curl -u admin:Zx81Lk2Qp0Vb -H "Authorization: Bearer 9f8e7d6c5b4a3928" ` + strings.Repeat(unit, n/2)
			if r.re.fits(raw) {
				t.Fatalf("%s: %d bytes fit the backtracker", id, len(raw))
			}
			f := &frag{eng: set.eng, raw: raw}
			want := r.re.regexp().FindAllStringIndex(raw, -1)
			if len(want) == 0 {
				t.Fatalf("%s: no match in the fragment", id)
			}
			if got := r.findAll(f); !slices.EqualFunc(want, got, slices.Equal) {
				t.Errorf("%s on %d bytes: whole %v, windows %v", id, len(raw), want, got)
			}
			if f.windowRead > windowBudget*len(raw) {
				t.Errorf("%s on %d bytes: windows read %d bytes, %d times the fragment", id, len(raw), f.windowRead, f.windowRead/len(raw))
			}
		}
	}
}
