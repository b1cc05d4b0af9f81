package rules

import (
	"regexp/syntax"
	"unicode/utf8"
)

// Most of gitleaks' rules (its generate.semiGenericRegex, generic-api-key
// included) read C{0,n}?R: a lazy prefix of up to n runes of a class C,
// then R, whose matches start with one of the rule's keywords. Backtracking
// through the prefix from every start costs n steps per byte of a run of C,
// which the bitmap cannot share since each count is its own instruction.
// But the leftmost-first match of C{0,n}?R is found from R alone:
//
//   - R can match at q only if a keyword occurs at most back runes after q:
//     the candidates are few.
//   - A start s reaches q if s ≤ q, q−s ≤ n runes, and [s, q) is all C. The
//     earliest such s, s(q), does not decrease as q grows.
//   - So the first candidate q where R matches (anchored at q, as the
//     prefix leaves it) gives the leftmost start s(q), and the lazy prefix
//     stops at that q for that start: the match is [s(q), end of R at q),
//     with R's submatches.
type lazyPrefix struct {
	class []rune // C's ranges, folded as the parser folds them
	n     int
	rest  *pattern // R
	back  int      // a keyword occurrence starts at most back runes after R's start
}

// newLazyPrefix reports the rule's pattern as C{0,n}?R, when it is so.
func newLazyPrefix(expr string, keywords []string) *lazyPrefix {
	if len(keywords) == 0 || !asciiKeywords(keywords) {
		return nil
	}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil || re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return nil
	}
	p := re.Sub[0]
	if p.Op != syntax.OpRepeat || p.Min != 0 || p.Max < 0 || p.Flags&syntax.NonGreedy == 0 || p.Sub[0].Op != syntax.OpCharClass {
		return nil
	}
	rest := &syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: re.Sub[1:]}
	if len(re.Sub) == 2 {
		rest = re.Sub[1]
	}
	back, ok := anchorBack(rest.Simplify(), keywords)
	if !ok {
		return nil
	}
	r, err := compileTree(rest, rest.String())
	if err != nil || r.maxText < 0 {
		return nil
	}
	return &lazyPrefix{class: p.Sub[0].Rune, n: p.Max, rest: r, back: back}
}

func (lp *lazyPrefix) inClass(r rune) bool { return inClass(lp.class, r) }

// findAll is FindAllStringIndex of C{0,n}?R over s, a text the whole
// pattern's backtracker takes (and so R's), given the sorted offsets of the
// rule's keywords in s (ASCII-lowered, which finds every occurrence a
// case-insensitive R can match where windowSafe holds).
func (lp *lazyPrefix) findAll(s string, hits []int) [][]int {
	b := getState()
	defer putState(b)
	return lp.findAllIn(b, s, hits)
}

// findAllIn is findAll on the backtracker's state b.
func (lp *lazyPrefix) findAllIn(b *btState, s string, hits []int) [][]int {
	return lp.findAllCaps(b, s, hits, 2)
}

// findAllCaps is findAllIn keeping ncap capture slots of each match (R's
// groups are the pattern's: the prefix captures nothing).
func (lp *lazyPrefix) findAllCaps(b *btState, s string, hits []int, ncap int) [][]int {
	return allMatches(b, s, ncap, lp.rest, func(pos int) (int, int, bool) {
		return lp.search(b, s, pos, hits, ncap)
	})
}

// search is the leftmost-first match at pos or later.
func (lp *lazyPrefix) search(b *btState, s string, pos int, hits []int, ncap int) (int, int, bool) {
	r := lp.rest
	start := uint32(r.prog.Start)
	ready := false // b is reset on the first candidate that gets that far
	last := -1     // last candidate tried
	for _, h := range hits {
		if h < pos {
			continue
		}
		for q := max(back(s, h, lp.back, pos), last+1); q <= h; q++ {
			if q > pos && !utf8.RuneStart(s[q]) {
				continue
			}
			last = q
			if r.cond&syntax.EmptyBeginText != 0 && q != 0 || !r.first[start].can(s, q) {
				continue
			}
			if !ready {
				b.reset(r, len(s), ncap, q)
				ready = true
			}
			b.cap[0], b.cap[1] = q, -1
			// A failed attempt leaves only failed cells visited, which
			// fail from any start: the bitmap is kept until a match.
			if !b.shouldVisit(start, q) {
				continue
			}
			b.jobs = b.jobs[:0]
			if r.try(b, s, start, q) {
				return lp.reach(s, q, pos), b.matchcap[1], true
			}
		}
	}
	return 0, 0, false
}

// reach is s(q): the earliest start, not before pos, from which the
// prefix reaches q.
func (lp *lazyPrefix) reach(s string, q, pos int) int {
	for k := 0; k < lp.n && q > pos; k++ {
		r, w := utf8.DecodeLastRuneInString(s[:q])
		if !lp.inClass(r) {
			break
		}
		q -= w
	}
	return q
}
