package rules

import (
	"math"
	mathbits "math/bits"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// The engine reproduces what gitleaks' detect.Detector.DetectString does for
// one fragment with no file path, no commit and no decoding (credlint's
// case), rule by rule: the keyword prefilter, the regex, gitleaks:allow, the
// secret group, entropy, global and rule allowlists (stopwords, regexes and
// their regexTarget, AND/OR conditions), required rules, and the final
// filter that drops a generic rule's finding when a specific rule found the
// same secret on the same line. parity_test.go holds it to detect's output.
//
// What it does differently is when it pays: rules compile on the first
// fragment that holds one of their keywords, and rules anchored on a keyword
// are searched near each keyword occurrence rather than over the whole
// fragment (window.go).
type engine struct {
	rules  []*crule // report order
	byID   map[string]*crule
	global []allowSpec

	once     sync.Once
	trie     *words
	kwIndex  map[string]int // keyword → index into kwRules
	words    []string       // keywords by index
	kwRules  [][]*crule     // rules of each keyword
	noKw     []*crule       // rules without keywords: they run on everything
	noKwSet  []uint64       // noKw as a bit set by rule index; nil if empty
	globalAL []*allowlist
}

// A crule is a rule and, once compiled, its regexes.
type crule struct {
	spec    *spec
	index   int  // in engine.rules
	generic bool // the final filter's "generic" rule: its ID says so
	once    sync.Once
	re      *pattern
	path    *regexp.Regexp
	al      []*allowlist
	lp      *lazyPrefix

	winOnce sync.Once
	win     *window // nil: search the whole fragment
	req     []*crule

	needOnce sync.Once
	need     []byteSet // see mayMatch
}

// An allowlist compiles its regexes and stopwords on first use: most
// values never reach one (no rule matches them).
type allowlist struct {
	and     bool
	target  string // "", "match" or "line"
	commits bool   // has commits: never true without a commit
	paths   bool   // has paths: never true without a path
	spec    allowSpec

	once     sync.Once
	re       *pattern
	stop     *words
	hasStops bool
}

func newEngine(c config) *engine {
	e := &engine{global: c.allowlists, byID: make(map[string]*crule, len(c.rules))}
	for _, s := range c.rules {
		r := &crule{spec: s, index: len(e.rules), generic: strings.Contains(strings.ToLower(s.ID), "generic")}
		e.rules = append(e.rules, r)
		e.byID[s.ID] = r
	}
	return e
}

// prepare builds the keyword index: the first thing a process that
// matches anything pays, once.
func (e *engine) prepare() {
	e.once.Do(func() {
		e.kwIndex = map[string]int{}
		var words []string
		for _, r := range e.rules {
			if len(r.spec.Keywords) == 0 {
				e.noKw = append(e.noKw, r)
			}
			for _, k := range r.spec.Keywords {
				i, ok := e.kwIndex[k]
				if !ok {
					i = len(words)
					e.kwIndex[k] = i
					words = append(words, k)
					e.kwRules = append(e.kwRules, nil)
				}
				if !slices.Contains(e.kwRules[i], r) {
					e.kwRules[i] = append(e.kwRules[i], r)
				}
			}
		}
		e.words = words
		if len(e.noKw) > 0 {
			e.noKwSet = make([]uint64, (len(e.rules)+63)/64)
			for _, r := range e.noKw {
				e.noKwSet[r.index/64] |= 1 << (r.index % 64)
			}
		}
		e.trie = newWords(words)
		for _, a := range e.global {
			if len(a.TargetRules) == 0 {
				e.globalAL = append(e.globalAL, compileAllowlist(a))
			}
		}
	})
}

func (r *crule) compile(e *engine) {
	r.once.Do(func() {
		s := r.spec
		var err error
		if s.Regex != "" {
			if r.re, err = compilePattern(s.Regex); err != nil {
				r.re = nil // checked at load for user files; the tests check the embedded ones
			}
			r.lp = newLazyPrefix(s.Regex, s.Keywords)
		}
		if s.Path != "" {
			r.path, _ = regexp.Compile(s.Path)
		}
		for _, a := range s.Allowlists {
			r.al = append(r.al, compileAllowlist(a))
		}
		for _, q := range s.Required {
			if c := e.byID[q.ID]; c != nil {
				r.req = append(r.req, c)
			}
		}
		logFirstCompile()
	})
}

// window is how the rule searches a text by its keywords' occurrences,
// found on first need: rules read as a lazy prefix need it only on long
// texts.
func (r *crule) window() *window {
	r.winOnce.Do(func() {
		if r.re != nil {
			r.win = newWindow(r.spec.Regex, r.spec.Keywords)
		}
	})
	return r.win
}

func compileAllowlist(a allowSpec) *allowlist {
	c := strings.ToUpper(a.Condition)
	out := &allowlist{
		and:      c == "AND" || c == "&&",
		target:   a.RegexTarget,
		commits:  len(a.Commits) > 0,
		paths:    len(a.Paths) > 0,
		hasStops: len(a.StopWords) > 0,
		spec:     a,
	}
	if out.target == "secret" {
		out.target = ""
	}
	return out
}

func (a *allowlist) compile() {
	a.once.Do(func() {
		if a.hasStops {
			a.stop = newWords(lower(a.spec.StopWords))
		}
		if len(a.spec.Regexes) > 0 {
			// gitleaks joins the patterns into one alternation, and so do
			// we: a flag group like (?i) in one pattern then reaches the
			// next ones.
			a.re, _ = compilePattern("(?:" + strings.Join(a.spec.Regexes, "|") + ")")
		}
	})
}

// finding is one rule's finding, with what the final filter needs.
type finding struct {
	rule      *crule
	secret    string
	match     string
	line      string
	startLine int
	startCol  int
}

func (e *engine) match(raw string) []finding {
	e.prepare()
	f := &frag{eng: e, raw: raw}
	// gitleaks looks for keywords in strings.ToLower(raw). In ASCII text,
	// that is what the windows search too (ASCII-lowered): its keyword
	// occurrences are theirs, and no lowered copy is needed.
	f.scanned = isASCII(raw)
	// run holds, by rule index, whether the rule runs: it has no keyword,
	// or one of its keywords occurs.
	var small [8]uint64
	var run []uint64
	found := func(pos int, word int32) bool {
		if run == nil {
			if n := (len(e.rules) + 63) / 64; n <= len(small) {
				run = small[:n]
			} else {
				run = make([]uint64, n)
			}
			copy(run, e.noKwSet)
		}
		for _, r := range e.kwRules[word] {
			run[r.index/64] |= 1 << (r.index % 64)
		}
		if f.scanned {
			f.hits = append(f.hits, hit{pos, word})
		}
		return true
	}
	if f.scanned {
		e.trie.eachFold(raw, found)
	} else {
		e.trie.each(strings.ToLower(raw), found)
	}
	if run == nil {
		if e.noKwSet == nil {
			return nil
		}
		run = e.noKwSet // read only
	}
	// Generic rules run last: the final filter drops a generic finding
	// that a specific rule's finding on its line contains, and so such a
	// finding need not go through entropy and allowlists.
	var fs, gs []finding
	var generic []*crule
	// Only the rules that run are visited: a fragment selects a handful
	// of the hundreds, whose structures are mostly out of cache.
	for w, bits := range run {
		for bits != 0 {
			r := e.rules[w*64+mathbits.TrailingZeros64(bits)]
			bits &= bits - 1
			if r.generic {
				generic = append(generic, r)
				continue
			}
			fs = append(fs, e.detectRule(f, r, false, nil)...)
		}
	}
	for _, r := range generic {
		gs = append(gs, e.detectRule(f, r, false, fs)...)
	}
	return filter(mergeByRule(fs, gs))
}

// mergeByRule merges two lists of findings in rule order into one.
func mergeByRule(a, b []finding) []finding {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	out := make([]finding, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0].rule.index < b[0].rule.index {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

// covered reports whether filter will drop a generic rule's finding f for
// one of the specific rules' findings.
func covered(f finding, specific []finding) bool {
	for _, g := range specific {
		if f.startLine == g.startLine && strings.Contains(g.secret, f.secret) {
			return true
		}
	}
	return false
}

// A frag is the fragment being matched, with what is derived from it on
// first need.
type frag struct {
	eng     *engine
	hits    []hit // keyword occurrences in low, in order
	scanned bool  // hits is set
	occBuf  []int
	spanBuf []span
	raw     string
	nl      []int  // newline offsets
	low     string // ASCII-lowered, for keyword offsets
	safe    int8   // windowSafe: 0 unknown, 1 yes, 2 no
	// bytes holds the bytes of raw once haveBytes, for mayMatch.
	bytes     byteSet
	haveBytes bool
	// windowRead counts the bytes given to windows' searches of patterns
	// that read on, for tests.
	windowRead int
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func (f *frag) newlines() []int {
	if f.nl == nil {
		f.nl = newlines(f.raw)
	}
	return f.nl
}

func (f *frag) lower() string {
	if f.low == "" {
		f.low = asciiLower(f.raw)
	}
	return f.low
}

// detectRule is detect's detectRule for a fragment without path or commit.
// specific holds the specific rules' final findings when r is generic and
// they have run: its findings that the final filter drops stop early.
func (e *engine) detectRule(fr *frag, r *crule, inherited bool, specific []finding) []finding {
	raw := fr.raw
	s := r.spec
	if s.SkipReport && !inherited {
		return nil
	}
	// A rule with a regexp finds nothing where it cannot match, path or
	// not: skip it before compiling anything.
	if s.Regex != "" && !r.mayMatch(fr) {
		return nil
	}
	r.compile(e)
	if r.path != nil || s.Path != "" {
		// There is no path: a path rule matches only if its pattern matches "".
		if r.path == nil || !r.path.MatchString("") {
			return nil
		}
		if s.Regex == "" {
			return []finding{{rule: r, match: "file detected: "}}
		}
	}
	if r.re == nil {
		return nil
	}
	// With groups, the search keeps their bounds: a match's groups need
	// no second run (see pattern.sameAlone).
	ncap := 2
	if r.re.nsub > 0 {
		ncap = r.re.prog.NumCap
	}
	idx := r.findAllSub(fr, ncap)
	if len(idx) == 0 {
		return nil
	}
	var out []finding
	for _, m := range idx {
		secret := strings.Trim(raw[m[0]:m[1]], "\n")
		// The search kept a match's groups only if a second run would
		// find them (pattern.sameAlone); trimming a newline changes the text.
		caps := r.re.nsub > 0 && len(m) == ncap && len(secret) == m[1]-m[0]
		m[1] = m[0] + len(secret)
		loc := location(fr.newlines(), raw, m)
		if m[1] > loc.endLineIndex {
			loc.endLineIndex = m[1]
		}
		f := finding{rule: r, match: secret, secret: secret, line: raw[loc.startLineIndex:loc.endLineIndex], startLine: loc.startLine, startCol: loc.startColumn}
		if strings.Contains(f.line, "gitleaks:allow") {
			continue
		}
		var groups []string
		switch {
		case r.re.nsub == 0: // the submatches are the match alone
		case caps:
			groups = submatches(raw, m)
		default:
			groups = r.re.FindStringSubmatch(f.secret)
		}
		if len(groups) >= 2 {
			if s.SecretGroup > 0 {
				if len(groups) <= s.SecretGroup {
					continue
				}
				f.secret = groups[s.SecretGroup]
			} else {
				for _, g := range groups[1:] {
					if g != "" {
						f.secret = g
						break
					}
				}
			}
		}
		if !inherited && specific != nil && covered(f, specific) {
			continue
		}
		if s.Entropy != 0 && entropy(f.secret) <= s.Entropy {
			continue
		}
		if allowed(f, e.globalAL) || allowed(f, r.al) {
			continue
		}
		out = append(out, f)
	}
	if inherited || len(r.req) == 0 || len(out) == 0 {
		return out
	}
	return e.required(fr, r, out)
}

// submatches are the texts of a match's capture slots in s, as
// FindStringSubmatch returns them.
func submatches(s string, caps []int) []string {
	out := make([]string, len(caps)/2)
	for i := range out {
		if caps[2*i] >= 0 {
			out[i] = s[caps[2*i]:caps[2*i+1]]
		}
	}
	return out
}

// required keeps the findings of a composite rule that have a finding of
// every required rule near them.
func (e *engine) required(fr *frag, r *crule, primary []finding) []finding {
	found := map[string][]finding{}
	for _, q := range r.req {
		found[q.spec.ID] = e.detectRule(fr, q, true, nil)
	}
	var out []finding
	for _, p := range primary {
		have := map[string]bool{}
		for _, q := range r.spec.Required {
			for _, f := range found[q.ID] {
				if near(p, f, q) {
					have[q.ID] = true
				}
			}
		}
		all := len(have) > 0
		for _, q := range r.spec.Required {
			all = all && have[q.ID]
		}
		if all {
			out = append(out, p)
		}
	}
	return out
}

func near(p, f finding, q required) bool {
	if q.WithinLines != nil && abs(p.startLine-f.startLine) > *q.WithinLines {
		return false
	}
	if q.WithinColumns != nil && abs(p.startCol-f.startCol) > *q.WithinColumns {
		return false
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// allowed is detect's checkFindingAllowed without path or commit: under
// AND, a list that also needs a commit or path never allows.
func allowed(f finding, lists []*allowlist) bool {
	for _, a := range lists {
		if a.and && (a.commits || a.paths) {
			continue // needs a commit or a path, and there is none
		}
		a.compile()
		target := f.secret
		switch a.target {
		case "match":
			target = f.match
		case "line":
			target = f.line
		}
		hasRe := len(a.spec.Regexes) > 0
		re := func() bool { return a.re != nil && target != "" && a.re.MatchString(target) }
		stop := func() bool { return a.hasStops && f.secret != "" && containsStop(f.secret, a.stop) }
		if a.and {
			if (hasRe || a.hasStops) && (!hasRe || re()) && (!a.hasStops || stop()) {
				return true
			}
			continue
		}
		if re() || stop() {
			return true
		}
	}
	return false
}

func containsStop(s string, stop *words) bool {
	return stop.anyFold(s)
}

// filter drops a generic rule's finding when a specific rule found a
// secret containing it on the same line, as detect's filter does.
func filter(fs []finding) []finding {
	var out []finding
	for _, f := range fs {
		keep := true
		if f.rule.generic {
			for _, g := range fs {
				if f.startLine == g.startLine && f.rule != g.rule && strings.Contains(g.secret, f.secret) && !g.rule.generic {
					keep = false
					break
				}
			}
		}
		if keep {
			out = append(out, f)
		}
	}
	return out
}

// entropy is the Shannon entropy of s over its runes, per byte of length,
// as gitleaks computes it (with counts in an array for ASCII text).
func entropy(s string) float64 {
	if s == "" {
		return 0
	}
	inv := 1.0 / float64(len(s))
	var h float64
	term := func(n int) float64 {
		p := float64(n) * inv
		return p * math.Log2(p)
	}
	if isASCII(s) {
		var counts [utf8.RuneSelf]int
		for i := 0; i < len(s); i++ {
			counts[s[i]]++
		}
		// Most counts are small and repeat: each term once per count.
		var terms [8]float64
		for _, n := range counts {
			switch {
			case n == 0:
			case n < len(terms):
				if terms[n] == 0 {
					terms[n] = term(n)
				}
				h -= terms[n]
			default:
				h -= term(n)
			}
		}
		return h
	}
	counts := make(map[rune]int)
	for _, c := range s {
		counts[c]++
	}
	for _, n := range counts {
		h -= term(n)
	}
	return h
}

func newlines(s string) []int {
	out := []int{}
	for i := 0; i < len(s); i++ {
		if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
			out = append(out, i+j)
			i += j
		} else {
			break
		}
	}
	return out
}

type loc struct {
	startLine, startColumn, startLineIndex, endLineIndex int
}

// location is detect's location: the line(s) a match is on. Its quirks are
// kept (a line after the first starts at the preceding newline; a match
// after the last newline reports the fragment from its start), since
// gitleaks:allow and regexTarget = "line" look at that text. detect walks
// every newline for every match; this searches them, so that a fragment
// with many lines and many matches stays linear.
func location(nl []int, raw string, m []int) loc {
	var l loc
	start, end := m[0], m[1]
	if len(nl) == 0 {
		nl = []int{len(raw)}
	}
	// The line holding start: the first newline after it.
	n := sort.SearchInts(nl, start+1)
	if n == len(nl) {
		prev := nl[len(nl)-1]
		l.startColumn = start - prev + 1
		l.startLine = len(nl)
		i := 0
		for end+i < len(raw) && raw[end+i] != '\n' && raw[end+i] != '\r' {
			i++
		}
		l.endLineIndex = end + i
		return l
	}
	prev := 0
	if n > 0 {
		prev = nl[n-1]
	}
	l.startLine, l.startColumn = n, start-prev+1
	l.startLineIndex, l.endLineIndex = prev, nl[n]
	// The line holding end: the first newline at or after it, if end lies
	// past a newline (prev < end <= p).
	if e := sort.SearchInts(nl, end); e < len(nl) && (e == 0 || nl[e-1] < end) && end > 0 {
		l.endLineIndex = nl[e]
	}
	return l
}
