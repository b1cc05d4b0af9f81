package rules

import (
	"regexp"
	"strings"
	"testing"
)

// findAllCases are patterns with many short matches, on the text each
// repeats: vendor rules and a user rule as short as they come.
func findAllCases(t testing.TB) []struct{ expr, unit string } {
	set, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	return []struct{ expr, unit string }{
		{set.eng.byID["slack-legacy-token"].spec.Regex, "xoxs-1-1-1-a\n"},
		{`pw=\w`, "pw=a "},
		{`AKIA[0-9A-Z]{16}`, "AKIAABCDEFGHIJKLMNOP "},
	}
}

// TestFindAllLinear counts the words of the visited bitmap that finding
// every match clears, on the longest text the backtracker takes: a search
// per match that cleared the whole bitmap made FindAllStringIndex
// quadratic (matches × text × instructions).
func TestFindAllLinear(t *testing.T) {
	for _, c := range findAllCases(t) {
		p, err := compilePattern(c.expr)
		if err != nil {
			t.Fatal(err)
		}
		s := strings.Repeat(c.unit, p.maxText/len(c.unit))
		b := new(btState)
		got := p.findAllIn(b, s, nil)
		if want := regexp.MustCompile(c.expr).FindAllStringIndex(s, -1); len(got) != len(want) || len(want) < 1000 {
			t.Fatalf("%s: %d matches, regexp %d", c.expr, len(got), len(want))
		}
		checkCleared(t, c.expr, p, s, len(got), b)
	}
	// The lazy prefix's search from keyword occurrences, likewise.
	expr := `(?i)[\w.-]{0,10}?(?:key)=(\w)`
	lp := newLazyPrefix(expr, []string{"key"})
	if lp == nil {
		t.Fatalf("%s does not read as a lazy prefix", expr)
	}
	s := strings.Repeat("my_key=a ", lp.rest.maxText/9)
	var hits []int
	for i := 0; i < len(s); i += 9 {
		hits = append(hits, i+3)
	}
	b := new(btState)
	got := lp.findAllIn(b, s, hits)
	if want := regexp.MustCompile(expr).FindAllStringIndex(s, -1); len(got) != len(want) || len(want) < 1000 {
		t.Fatalf("%s: %d matches, regexp %d", expr, len(got), len(want))
	}
	checkCleared(t, expr, lp.rest, s, len(got), b)
}

// checkCleared fails if finding matches in s cleared more than twice p's
// bitmap for s.
func checkCleared(t *testing.T, expr string, p *pattern, s string, matches int, b *btState) {
	t.Helper()
	bitmap := (len(p.prog.Inst)*(len(s)+1) + 31) / 32
	if b.cleared > 2*bitmap {
		t.Errorf("%s on %d bytes, %d matches: cleared %d words, %.0f times the bitmap", expr, len(s), matches, b.cleared, float64(b.cleared)/float64(bitmap))
	}
}

// BenchmarkFindAll finds every match of findAllCases over texts of growing
// length: time per byte should stay flat.
func BenchmarkFindAll(b *testing.B) {
	for _, c := range findAllCases(b) {
		p, err := compilePattern(c.expr)
		if err != nil {
			b.Fatal(err)
		}
		name := c.expr
		if len(name) > 12 {
			name = name[:12]
		}
		for _, n := range []int{p.maxText / 16, p.maxText / 4, p.maxText} {
			s := strings.Repeat(c.unit, n/len(c.unit))
			b.Run(name+"/"+itoa(len(s)), func(b *testing.B) {
				b.SetBytes(int64(len(s)))
				for b.Loop() {
					p.FindAllStringIndex(s, nil)
				}
			})
		}
	}
}

// BenchmarkMatchAllKeywords matches a text that holds every keyword of the
// default set, over and over, on one line: every rule runs, over the whole
// text. Time per byte should stay flat as the text grows.
func BenchmarkMatchAllKeywords(b *testing.B) {
	set, err := Load("")
	if err != nil {
		b.Fatal(err)
	}
	set.eng.prepare()
	unit := strings.Join(set.eng.words, " ") + " "
	set.Match(unit) // compiles every rule
	for _, n := range []int{25_000, 100_000, 400_000} {
		s := strings.Repeat(unit, n/len(unit)+1)[:n]
		b.Run(itoa(n), func(b *testing.B) {
			b.SetBytes(int64(n))
			for b.Loop() {
				set.Match(s)
			}
		})
	}
}
