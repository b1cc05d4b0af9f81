package rules

import (
	"go/ast"
	"go/parser"
	"go/token"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"testing"
)

// needString writes requirements compactly: each set as its ASCII bytes,
// with "+" for the bytes from 0x80, sets separated by spaces.
func needString(need []byteSet) string {
	var parts []string
	for _, s := range need {
		var b strings.Builder
		for c := 0; c < 0x80; c++ {
			if s.has(byte(c)) {
				b.WriteByte(byte(c))
			}
		}
		if s.has(0x80) {
			b.WriteByte('+')
		}
		parts = append(parts, b.String())
	}
	return strings.Join(parts, " ")
}

func TestNeeds(t *testing.T) {
	for _, c := range []struct{ expr, want string }{
		{`ghp_[0-9]{3}`, "g h p _ 0123456789"},
		{`(?i)ab`, "Aa Bb"},
		{`(?i)k`, "Kk+"}, // the Kelvin sign folds to k
		{`é`, "+"},
		{`a|b`, "ab"},
		{`(?:xa|ya)`, "a xy"},
		{`(?:x|y)?z`, "z"},
		{`a*b+c{0,2}d{2}`, "b d"},
		{`(a|)b`, "b"}, // a branch that needs nothing
		{`.x.`, "x"},
		{`[^\n]`, ""}, // parsed as OpAnyCharNotNL
		{`\bab\b`, "a b"},
		{`(?:ab|ab)`, "a b"},
		{`aa`, "a"},
		{`[ab]a`, "a"}, // {a} says more than {a,b}
		{`(?s).`, ""},
	} {
		re, err := syntax.Parse(c.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := needString(needs(re)); got != c.want {
			t.Errorf("needs(%q) = %q, want %q", c.expr, got, c.want)
		}
	}
}

// TestMayMatchSound checks the prefilter against the regexps themselves:
// for every rule and every text of a corpus (the parity corpus, with
// matches generated from each rule's regexp, and the string literals of
// gitleaks' rule definitions, which hold each rule's positive and negative
// examples), whenever the regexp matches, mayMatch says it may.
func TestMayMatchSound(t *testing.T) {
	set, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	corpus := append(parityCorpus(t, set), ruleExamples(t)...)
	if testing.Short() {
		// The regexps cost most on long texts and the pairs are many:
		// every 8th short text; each rule's own matches below stay.
		var short []string
		for i, s := range corpus {
			if len(s) <= 512 && i%8 == 0 {
				short = append(short, s)
			}
		}
		corpus = short
	}
	haves := make([]byteSet, len(corpus))
	for i, s := range corpus {
		haves[i] = textBytes(s)
	}
	// Matches generated from each rule's regexp, checked against that
	// rule, with their case changed where the regexp folds it.
	rng := rand.New(rand.NewPCG(3, 4))
	skipped, pairs, own, ownMatched := 0, 0, 0, 0
	for _, r := range set.eng.rules {
		if r.spec.Regex == "" {
			continue
		}
		need := ruleNeeds(r.spec.Regex)
		re := regexp.MustCompile(r.spec.Regex)
		check := func(s string, have *byteSet) bool {
			pairs++
			if meets(need, have) {
				return re.MatchString(s)
			}
			skipped++
			m := re.MatchString(s)
			if m {
				t.Errorf("rule %s matches %.80q, which the prefilter skips (needs %q)", r.spec.ID, s, needString(need))
			}
			return m
		}
		tree, err := syntax.Parse(r.spec.Regex, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		for range 24 {
			s := generate(rng, tree)
			have := textBytes(s)
			own++
			if check(s, &have) {
				ownMatched++
			}
		}
		for i, s := range corpus {
			if !meets(need, &haves[i]) {
				check(s, &haves[i])
			} else {
				pairs++
			}
		}
	}
	// The generated texts must mostly be matches, or they test little.
	if ownMatched*2 < own {
		t.Errorf("only %d of %d generated texts match their rule", ownMatched, own)
	}
	// The prefilter must also be worth having.
	if skipped < pairs/2 {
		t.Errorf("the prefilter skips only %d of %d rule-text pairs", skipped, pairs)
	}
	t.Logf("%d texts and %d generated matches (%d match); the prefilter skips %d of %d rule-text pairs", len(corpus), own, ownMatched, skipped, pairs)
}

// ruleExamples returns the string literals of gitleaks' rule definitions
// (cmd/generate/config/rules): the true and false positives each rule is
// validated against.
func ruleExamples(t *testing.T) []string {
	dir := gitleaksDir(t)
	if dir == "" {
		return nil
	}
	files, _ := filepath.Glob(filepath.Join(dir, "cmd", "generate", "config", "rules", "*.go"))
	if len(files) == 0 {
		t.Logf("no rule definitions under %s", dir)
	}
	var out []string
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(token.NewFileSet(), p, src, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if v, err := strconv.Unquote(lit.Value); err == nil && len(v) >= 4 {
					out = append(out, v)
				}
			}
			return true
		})
	}
	return out
}

// TestMayMatchSkipsCompile checks that a keyword hit does not compile the
// rules of the keyword that cannot match the line: "token" selects many
// vendor rules, whose prefixes this line lacks. Fails without the
// prefilter: every selected rule compiles.
func TestMayMatchSkipsCompile(t *testing.T) {
	set, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	line := `twitter_secret = "hello world"`
	set.Match(line)
	e := set.eng
	selected, compiled := 0, 0
	lw := strings.ToLower(line)
	for i, w := range e.words {
		if !strings.Contains(lw, w) {
			continue
		}
		for _, r := range e.kwRules[i] {
			selected++
			if r.re != nil {
				compiled++
			}
		}
	}
	if selected < 5 {
		t.Fatalf("the line selects only %d rules: pick another", selected)
	}
	if compiled >= selected {
		t.Errorf("%d of the %d rules the line's keywords select were compiled", compiled, selected)
	}
	t.Logf("%d of %d selected rules compiled", compiled, selected)
}
