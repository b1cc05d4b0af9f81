package rules

import (
	"math/rand/v2"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// TestPatternExact holds the backtracker, its keyword-anchored search of
// lazy prefixes and the DFA to what Go's regexp returns: FindAllStringIndex,
// FindStringSubmatch and MatchString, for every rule and allowlist pattern
// of the default set and patterns with the assertions and repeats the
// default set lacks, on texts generated from each pattern, alone and amid
// words, newlines, non-ASCII runes, case folds and invalid UTF-8.
func TestPatternExact(t *testing.T) {
	set, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	type expr struct {
		expr     string
		keywords []string // a rule's
	}
	exprs := []expr{
		{`(?i)[\w.-]{0,10}?(?:key|token)\s*=\s*(\w+)\b`, []string{"key", "token"}},
		// Non-ASCII keywords: ASCII lowering does not find them in upper
		// case text, so such a rule must not read as a lazy prefix.
		{`(?i)[\w.-]{0,10}?(?:schlüssel|clé)\s*=\s*(\w+)\b`, []string{"schlüssel", "clé"}},
	}
	for _, e := range []string{
		`(?m)^key=(\w+)$`, `\Atoken:\s*(\S+)\z`, `(?i)\bsecret\b.{0,5}?(x|y)?`, `(a*)+b`, `(a|ab)(c|bcd)(d*)`,
		`(?s)k.*?=(.*)`, `(?U)t(o+)k`, `[^a-z]{2,}`, `(?i)ſtrKe`, `é+(ß)?`, `x*`, `\B\w{3}\b`, `(?:)`,
		// Assertions tried at a match's ends, where the text alone differs.
		`k(?:(e)$|(e))`, `(?m)(k)(?:$|(e))`, `(?:\b(k)|(k))(e?)`, `\B?(k)(e+?)(?:\b|(e))`,
	} {
		exprs = append(exprs, expr{e, nil})
	}
	allow := func(a allowSpec) {
		if len(a.Regexes) > 0 {
			exprs = append(exprs, expr{"(?:" + strings.Join(a.Regexes, "|") + ")", nil})
		}
	}
	for _, r := range set.eng.rules {
		if r.spec.Regex != "" {
			exprs = append(exprs, expr{r.spec.Regex, r.spec.Keywords})
		}
		for _, a := range r.spec.Allowlists {
			allow(a)
		}
	}
	for _, a := range set.eng.global {
		allow(a)
	}
	lazy := 0
	unfold := strings.NewReplacer("\u017f", "s", "\u212a", "k")
	rng := rand.New(rand.NewPCG(5, 6))
	bits := []string{" ", "\n", "=", `"`, "key", "API_", "token: ", "é", "ſ", "\u212a", "\xff", "a8f5f167f44f4964e6c998dee827110c", "_", "-", strings.Repeat("a1_.", 15)}
	checked, matched := 0, 0
	for _, e := range exprs {
		expr := e.expr
		re := regexp.MustCompile(expr)
		p, err := compilePattern(expr)
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		tree, _ := syntax.Parse(expr, syntax.Perl)
		lp := newLazyPrefix(expr, e.keywords)
		if lp != nil {
			lazy++
		}
		for range 12 {
			var sb strings.Builder
			for range rng.IntN(4) {
				sb.WriteString(bits[rng.IntN(len(bits))])
			}
			sb.WriteString(generate(rng, tree))
			for range rng.IntN(4) {
				sb.WriteString(bits[rng.IntN(len(bits))])
			}
			s := sb.String()
			if rng.IntN(3) == 0 {
				s = strings.ToUpper(s)
			}
			want := re.FindAllStringIndex(s, -1)
			if got := p.FindAllStringIndex(s, nil); !slices.EqualFunc(want, got, slices.Equal) {
				t.Errorf("%s on %q: FindAllStringIndex %v, regexp %v", expr, s, got, want)
			}
			if w, g := re.FindStringSubmatch(s), p.FindStringSubmatch(s); !slices.Equal(w, g) || (w == nil) != (g == nil) {
				t.Errorf("%s on %q: FindStringSubmatch %q, regexp %q", expr, s, g, w)
			}
			if w, g := re.MatchString(s), p.MatchString(s); w != g {
				t.Errorf("%s on %q: MatchString %v, regexp %v", expr, s, g, w)
			}
			if p.fits(s) {
				checkGroups(t, expr, re, s, p.findAllSub(s, nil, p.prog.NumCap))
			}
			// The lazy prefix on the text and its upper case, with keyword
			// offsets as the engine finds them: in the ASCII-lowered
			// text, also when it holds other runes. The upper case is
			// freed of ſ and K, which the engine searches whole.
			for _, s := range []string{s, strings.ToUpper(unfold.Replace(s))} {
				if lp == nil || !(&frag{raw: s}).windowSafe() {
					continue
				}
				var hits []int
				low := asciiLower(s)
				for i := range low {
					for _, k := range e.keywords {
						if strings.HasPrefix(low[i:], k) {
							hits = append(hits, i)
							break
						}
					}
				}
				want := re.FindAllStringIndex(s, -1)
				if got := lp.findAll(s, hits); !slices.EqualFunc(want, got, slices.Equal) {
					t.Errorf("%s on %q: lazy prefix %v, regexp %v", expr, s, got, want)
				}
				b := getState()
				checkGroups(t, expr, re, s, lp.findAllCaps(b, s, hits, lp.rest.prog.NumCap))
				putState(b)
			}
			checked++
			if len(want) > 0 {
				matched++
			}
		}
	}
	if lazy < 100 {
		t.Errorf("only %d patterns read as a lazy prefix and a keyword", lazy)
	}
	if matched < checked/2 {
		t.Errorf("only %d of %d texts matched: the comparison says little", matched, checked)
	}
	t.Logf("%d patterns (%d with a lazy prefix), %d texts, %d with matches", len(exprs), lazy, checked, matched)
}

// checkGroups checks the matches of a search that kept their groups: they
// are the groups of re's run on the match alone, which is where gitleaks
// takes a secret from.
func checkGroups(t *testing.T, expr string, re *regexp.Regexp, s string, matches [][]int) {
	t.Helper()
	for _, m := range matches {
		if len(m) == 2 {
			continue // no groups, or to be run again
		}
		if got, want := submatches(s, m), re.FindStringSubmatch(s[m[0]:m[1]]); !slices.Equal(got, want) {
			t.Errorf("%s on %q: groups %q from the search, %q on the match alone", expr, s, got, want)
		}
	}
}

// TestSameAlone: a match keeps the groups its search found unless an
// assertion whose outcome differs on the match alone was tried at one of
// its ends.
func TestSameAlone(t *testing.T) {
	for _, c := range []struct {
		expr, s string
		kept    bool
	}{
		// $ is tried at the match's end, fails there and holds alone:
		// alone, the first branch wins, with other groups.
		{`k(?:(e)$|(e))`, "kex", false},
		{`k(?:(e)$|(e))`, "ke", true}, // the end of the text either way
		// The end of generic-api-key: a quote ends the match before $ is tried.
		{`k(\w+)(?:["\s]|$)`, `k12" x`, true},
		{`k(\w+)(?:["\s]|$)`, `k12`, true},
		// \b at the start, tried and true in the text, false alone.
		{`(?:\B(k)|(k))(e)`, "xke", false},
		// Never tried: the match starts at a word boundary either way.
		{`(?:\B(k)|(k))(e)`, " ke", true},
	} {
		p, err := compilePattern(c.expr)
		if err != nil {
			t.Fatal(err)
		}
		ms := p.findAllSub(c.s, nil, p.prog.NumCap)
		if len(ms) != 1 {
			t.Fatalf("%s on %q: %d matches, want 1", c.expr, c.s, len(ms))
		}
		if kept := len(ms[0]) == p.prog.NumCap; kept != c.kept {
			t.Errorf("%s on %q: groups kept %v, want %v", c.expr, c.s, kept, c.kept)
		}
		checkGroups(t, c.expr, regexp.MustCompile(c.expr), c.s, ms)
	}
}

// FuzzPattern compares the backtracker and the DFA with regexp on any
// pattern and text (go test -fuzz FuzzPattern ./rules).
func FuzzPattern(f *testing.F) {
	for _, seed := range [][2]string{
		{`(?i)[\w.-]{0,5}?(?:key|tok)\s*=\s*(\w+)\b`, "my_key = abc123 token=x"},
		{`(?m)^a|b$`, "a\nb\n"},
		{`\bx{2,}\B`, "xxx yxx"},
		{`(a|ab)(c|bcd)(d*)`, "abcd"},
		{`(?s).*?z`, "a\nz"},
		{`[^\x00-\x7f]+é`, "ßé"},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, expr, s string) {
		re, err := regexp.Compile(expr)
		if err != nil || len(expr) > 200 {
			return
		}
		p, err := compilePattern(expr)
		if err != nil {
			t.Fatalf("%q: regexp compiles it, compilePattern: %v", expr, err)
		}
		if w, g := re.FindAllStringIndex(s, -1), p.FindAllStringIndex(s, nil); !slices.EqualFunc(w, g, slices.Equal) {
			t.Errorf("%q on %q: FindAllStringIndex %v, regexp %v", expr, s, g, w)
		}
		if w, g := re.FindStringSubmatch(s), p.FindStringSubmatch(s); !slices.Equal(w, g) || (w == nil) != (g == nil) {
			t.Errorf("%q on %q: FindStringSubmatch %q, regexp %q", expr, s, g, w)
		}
		if w, g := re.MatchString(s), p.MatchString(s); w != g {
			t.Errorf("%q on %q: MatchString %v, regexp %v", expr, s, g, w)
		}
		if p.fits(s) {
			checkGroups(t, expr, re, s, p.findAllSub(s, nil, p.prog.NumCap))
		}
	})
}
