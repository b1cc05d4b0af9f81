package rules

import (
	"math/bits"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Go's regexp runs a pattern whose program exceeds 500 instructions on its
// NFA simulation, at several µs per byte of text for gitleaks' rules: the
// generic-api-key pattern, with its counted repeats ({0,50}, {10,150}),
// compiles to ~550 instructions and took ~230 µs on a 45-byte line, and its
// match allowlist ~100 µs. On the short texts credlint matches, the
// bounded backtracker Go itself uses for small programs is exact for any
// program size; only its memory, one bit per (instruction, position), grows.
// A pattern runs Go's compiled program (regexp/syntax: same parse, same
// simplification, same instructions as regexp.Compile) on such a
// backtracker while that bitmap stays small, and on regexp.Regexp beyond.
// Both return what regexp returns: leftmost-first matches, the same
// submatches (TestPatternExact compares them).
//
// Two cheap additions on top of Go's backtracker: each instruction knows
// the bytes a path through it can consume first, so that a branch that
// cannot match the next byte is not entered, and the search starts only
// where the first instruction's set allows.
type pattern struct {
	expr    string
	prog    *syntax.Prog
	first   []byteSet // by instruction
	nsub    int       // capturing groups
	cond    syntax.EmptyOp
	empty   syntax.EmptyOp // the assertions the program makes
	prefix  string         // literal every match starts with
	maxText int            // longest text the backtracker runs on
	// disp, for an instruction heading a chain of alternations
	// (a|b|c|…), lists by next byte (256: end of text) the alternatives
	// that can go on, in order: the search goes straight to them rather
	// than down the chain.
	disp []*altTable // by instruction
	// asserts lists the assertions (InstEmptyWidth), for sameAlone.
	asserts []uint32

	dfa *dfa // for MatchString

	once sync.Once
	re   *regexp.Regexp // for longer texts
}

// btBits bounds the backtracker's visited bitmap: 256 KB.
const btBits = 1 << 21

func compilePattern(expr string) (*pattern, error) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, err
	}
	return compileTree(re, expr)
}

// compileTree compiles a parsed expr as regexp.Compile does.
func compileTree(re *syntax.Regexp, expr string) (*pattern, error) {
	nsub := re.MaxCap()
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil, err
	}
	p := &pattern{expr: expr, prog: prog, nsub: nsub, cond: prog.StartCond()}
	p.prefix, _ = prog.Prefix()
	p.maxText = btBits/len(prog.Inst) - 1
	for pc, in := range prog.Inst {
		if in.Op == syntax.InstAltMatch || in.Op > syntax.InstRuneAnyNotNL {
			p.maxText = -1 // not produced by syntax.Compile; leave it to regexp
		}
		if in.Op == syntax.InstEmptyWidth {
			p.empty |= syntax.EmptyOp(in.Arg)
			p.asserts = append(p.asserts, uint32(pc))
		}
	}
	p.first = firstBytes(prog)
	p.disp = dispatch(prog, p.first)
	p.dfa = newDFA(prog)
	return p, nil
}

// regexp is the pattern compiled by Go's regexp, for long texts.
func (p *pattern) regexp() *regexp.Regexp {
	p.once.Do(func() { p.re = regexp.MustCompile(p.expr) })
	return p.re
}

// MatchString is regexp's MatchString.
func (p *pattern) MatchString(s string) bool {
	if m, ok := p.dfa.matchString(s); ok {
		return m
	}
	if len(s) > p.maxText {
		return p.regexp().MatchString(s)
	}
	b := getState()
	defer putState(b)
	return p.backtrack(b, s, 0, 0, nil)
}

// FindStringSubmatch is regexp's FindStringSubmatch.
func (p *pattern) FindStringSubmatch(s string) []string {
	if len(s) > p.maxText {
		return p.regexp().FindStringSubmatch(s)
	}
	b := getState()
	defer putState(b)
	if !p.backtrack(b, s, 0, p.prog.NumCap, nil) {
		return nil
	}
	out := make([]string, 1+p.nsub)
	for i := range out {
		if 2*i+1 < len(b.matchcap) && b.matchcap[2*i] >= 0 {
			out[i] = s[b.matchcap[2*i]:b.matchcap[2*i+1]]
		}
	}
	return out
}

// FindAllStringIndex is regexp's FindAllStringIndex(s, -1), on a text the
// backtracker takes (fits). starts, if not nil, holds the only byte ranges
// where a match can start (sorted, disjoint): the search skips the rest.
func (p *pattern) FindAllStringIndex(s string, starts []span) [][]int {
	if !p.fits(s) {
		return p.regexp().FindAllStringIndex(s, -1)
	}
	b := getState()
	defer putState(b)
	return p.findAllIn(b, s, starts)
}

// findAllIn is FindAllStringIndex on the backtracker's state b.
func (p *pattern) findAllIn(b *btState, s string, starts []span) [][]int {
	return p.findAllCaps(b, s, starts, 2)
}

// findAllSub is FindAllStringIndex, each match with its first ncap
// capture slots (FindAllStringSubmatchIndex for ncap = prog.NumCap); on a
// text the backtracker does not take, the matches' bounds alone.
func (p *pattern) findAllSub(s string, starts []span, ncap int) [][]int {
	if !p.fits(s) {
		return p.regexp().FindAllStringIndex(s, -1)
	}
	b := getState()
	defer putState(b)
	return p.findAllCaps(b, s, starts, ncap)
}

// findAllCaps is findAllIn keeping ncap capture slots of each match.
func (p *pattern) findAllCaps(b *btState, s string, starts []span, ncap int) [][]int {
	return allMatches(b, s, ncap, p, func(pos int) (int, int, bool) {
		if !p.backtrack(b, s, pos, ncap, starts) {
			return 0, 0, false
		}
		return b.matchcap[0], b.matchcap[1], true
	})
}

// allMatches collects the matches search finds from successive positions,
// as regexp's allMatches: the next search starts where the last match
// ended, an empty match right after a match is dropped, and after an empty
// match the search moves on by one rune. search(pos) returns the bounds of
// the leftmost match at pos or later, its other capture slots left in
// b.matchcap, and b's visited bitmap that of p's search.
//
// A match keeps its ncap slots only where p.sameAlone vouches for them;
// otherwise it has its bounds alone (two slots), and the caller runs the
// pattern again on the match, as gitleaks does.
func allMatches(b *btState, s string, ncap int, p *pattern, search func(pos int) (m0, m1 int, ok bool)) [][]int {
	var out [][]int
	prevEnd := -1
	for pos := 0; pos <= len(s); {
		m0, m1, ok := search(pos)
		if !ok {
			break
		}
		accept := true
		if m1 == pos {
			accept = m0 != prevEnd
			if pos < len(s) {
				_, w := utf8.DecodeRuneInString(s[pos:])
				pos += w
			} else {
				pos++
			}
		} else {
			pos = m1
		}
		prevEnd = m1
		if accept {
			n := ncap
			if n > 2 && !p.sameAlone(b, s, m0, m1) {
				n = 2
			}
			m := slices.Clone(b.matchcap[:n])
			m[0], m[1] = m0, m1
			out = append(out, m)
		}
	}
	return out
}

// alone reports whether the pattern's match s[m0:m1] is also its match of
// that text alone, with the same submatches: gitleaks takes a secret's
// groups from a second run on the match alone. Alone, the text has no
// neighbours; if the assertions the program makes hold or fail alike at
// both ends with and without them, every path from m0 that stays within
// [m0, m1] fares alike (and one that goes further fails, alone, for want
// of text): the same path wins.
func (p *pattern) alone(s string, m0, m1 int) bool {
	if p.empty == 0 {
		return true
	}
	sub := s[m0:m1]
	return (context(s, m0)^context(sub, 0))&p.empty == 0 &&
		(context(s, m1)^context(sub, len(sub)))&p.empty == 0
}

// sameAlone reports whether the match s[m0:m1] that p's search on b has
// just found is also p's match of that text alone, with the same
// submatches: alone holds, or no assertion whose outcome differs at an end
// of the match between s and the text alone was tried there. An outcome
// that does not differ cannot change a path; one never tried cannot
// either, and the visited bitmap holds every (instruction, position) the
// search tried since its last reset, the failed starts whose cells it then
// skipped included. A path of the second run stays within [m0, m1], where
// the text is s's; so the same paths fail, and the same path wins.
//
// The common case it adds to alone: a rule ending in (?:…|$) whose match
// ends inside the text, where the alternatives before $ matched first.
func (p *pattern) sameAlone(b *btState, s string, m0, m1 int) bool {
	if p.alone(s, m0, m1) {
		return true
	}
	sub := s[m0:m1]
	d0 := context(s, m0) ^ context(sub, 0)
	d1 := context(s, m1) ^ context(sub, len(sub))
	for _, pc := range p.asserts {
		op := syntax.EmptyOp(p.prog.Inst[pc].Arg)
		if op&d0 != 0 && b.visitedAt(pc, m0) || op&d1 != 0 && b.visitedAt(pc, m1) {
			return false
		}
	}
	return true
}

// fits reports whether the backtracker takes s.
func (p *pattern) fits(s string) bool { return len(s) <= p.maxText }

// A span is a range of byte offsets, both ends included.
type span struct{ lo, hi int }

// A btState is the backtracker's working memory.
//
// The visited bitmap is laid out by position, then instruction, and only
// the positions a search touched are cleared before the next: a search
// visits no position before the one it starts from, nor after the furthest
// it reached. Finding every match of a long text runs one search per
// match, and clearing the whole bitmap each time cost matches × text ×
// instructions.
type btState struct {
	ninst    int
	cap      []int
	matchcap []int
	jobs     []job
	visited  []uint32
	lo, hi   int // positions visited since the bitmap was last clean (lo > hi: none)
	cleared  int // words of visited cleared, for tests
}

type job struct {
	pc  uint32
	arg bool // revisit the instruction (alternation, capture restore)
	chk bool // not visited yet: check first
	pos int
}

var statePool = sync.Pool{New: func() any { return new(btState) }}

func getState() *btState  { return statePool.Get().(*btState) }
func putState(b *btState) { statePool.Put(b) }

// reset readies b for a search of p over a text of length end that visits
// no position before from.
func (b *btState) reset(p *pattern, end, ncap, from int) {
	if b.lo <= b.hi {
		lo, hi := b.lo*b.ninst/32, min(((b.hi+1)*b.ninst+31)/32, len(b.visited))
		clear(b.visited[lo:hi])
		b.cleared += hi - lo
	}
	b.ninst = len(p.prog.Inst)
	b.jobs = b.jobs[:0]
	n := (b.ninst*(end+1) + 31) / 32
	if cap(b.visited) < n {
		b.visited = make([]uint32, n)
	}
	b.visited = b.visited[:n]
	b.lo, b.hi = from, from-1
	b.cap = resize(b.cap, ncap)
	b.matchcap = resize(b.matchcap, ncap)
}

func resize(s []int, n int) []int {
	if cap(s) < n {
		s = make([]int, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = -1
	}
	return s
}

// shouldVisit marks (pc, pos) visited and reports whether it was not.
func (b *btState) shouldVisit(pc uint32, pos int) bool {
	n := uint(pos*b.ninst + int(pc))
	if b.visited[n/32]&(1<<(n&31)) != 0 {
		return false
	}
	b.visited[n/32] |= 1 << (n & 31)
	b.hi = max(b.hi, pos)
	return true
}

// visitedAt reports whether (pc, pos) is marked visited.
func (b *btState) visitedAt(pc uint32, pos int) bool {
	n := uint(pos*b.ninst + int(pc))
	return b.visited[n/32]&(1<<(n&31)) != 0
}

// backtrack is regexp's backtrack: the leftmost-first match starting at
// pos or later (in starts, if not nil), with ncap capture slots in
// b.matchcap.
func (p *pattern) backtrack(b *btState, s string, pos, ncap int, starts []span) bool {
	if p.cond == ^syntax.EmptyOp(0) {
		return false
	}
	anchored := p.cond&syntax.EmptyBeginText != 0
	if anchored && pos != 0 {
		return false
	}
	start := uint32(p.prog.Start)
	if anchored {
		b.reset(p, len(s), ncap, pos)
		if len(b.cap) > 0 {
			b.cap[0] = pos
		}
		return b.shouldVisit(start, pos) && p.try(b, s, start, pos)
	}
	set := &p.first[start]
	ready := false
	for pos <= len(s) {
		if starts != nil {
			for len(starts) > 0 && starts[0].hi < pos {
				starts = starts[1:]
			}
			if len(starts) == 0 {
				return false
			}
			pos = max(pos, starts[0].lo)
		}
		if p.prefix != "" {
			i := indexFrom(s, pos, p.prefix)
			if i < 0 {
				return false
			}
			if i != pos {
				pos = i
				continue // check the starts again
			}
		}
		if set.can(s, pos) {
			if !ready {
				// Most searches never get here: reset on need.
				b.reset(p, len(s), ncap, pos)
				ready = true
			}
			if len(b.cap) > 0 {
				b.cap[0] = pos
			}
			if b.shouldVisit(start, pos) && p.try(b, s, start, pos) {
				return true
			}
		}
		// Searches start at rune boundaries, as regexp's do.
		if pos < len(s) && s[pos] >= utf8.RuneSelf {
			_, w := utf8.DecodeRuneInString(s[pos:])
			pos += w
		} else {
			pos++
		}
	}
	return false
}

func indexFrom(s string, pos int, sub string) int {
	if i := strings.Index(s[pos:], sub); i >= 0 {
		return pos + i
	}
	return -1
}

// try is regexp's tryBacktrack (leftmost-first), with the first-byte test,
// from (pc, pos), which the caller has marked visited.
func (p *pattern) try(b *btState, s string, pc uint32, pos int) bool {
	insts := p.prog.Inst
	b.jobs = append(b.jobs, job{pc: pc, pos: pos})
	for len(b.jobs) > 0 {
		l := len(b.jobs) - 1
		pc, pos, arg := b.jobs[l].pc, b.jobs[l].pos, b.jobs[l].arg
		chk := b.jobs[l].chk
		b.jobs = b.jobs[:l]
		if chk {
			goto CheckAndLoop
		}
		goto Skip
	CheckAndLoop:
		if !p.first[pc].can(s, pos) || !b.shouldVisit(pc, pos) {
			continue
		}
	Skip:
		in := &insts[pc]
		switch in.Op {
		case syntax.InstFail:
			continue
		case syntax.InstAlt:
			if p.disp != nil && p.disp[pc] != nil && !arg {
				d := p.disp[pc]
				c := 256
				if pos < len(s) {
					c = int(s[pos])
				}
				m := d.mask[c]
				if m == 0 {
					continue
				}
				// Later alternatives wait on the stack, checked when
				// their turn comes: one reached meanwhile by another
				// path is searched then, as in the chain.
				for m&(m-1) != 0 {
					top := bits.Len64(m) - 1
					b.jobs = append(b.jobs, job{pc: d.alts[top], pos: pos, chk: true})
					m &^= 1 << top
				}
				pc = d.alts[bits.TrailingZeros64(m)]
				goto CheckAndLoop
			}
			if arg {
				arg = false
				pc = in.Arg
				goto CheckAndLoop
			}
			if p.first[in.Arg].can(s, pos) {
				b.jobs = append(b.jobs, job{pc: pc, pos: pos, arg: true})
			}
			pc = in.Out
			goto CheckAndLoop
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			r, w := step(s, pos)
			switch in.Op {
			case syntax.InstRune:
				// An instruction's byteSet holds exactly the ASCII
				// runes it matches.
				if r < utf8.RuneSelf && r >= 0 && !p.first[pc].has(byte(r)) || r >= utf8.RuneSelf && !in.MatchRune(r) || r < 0 {
					continue
				}
			case syntax.InstRune1:
				if r != in.Rune[0] {
					continue
				}
			case syntax.InstRuneAny:
				if r == endOfText {
					continue
				}
			default:
				if r == '\n' || r == endOfText {
					continue
				}
			}
			pos += w
			pc = in.Out
			goto CheckAndLoop
		case syntax.InstCapture:
			if arg {
				b.cap[in.Arg] = pos // restore the old value
				continue
			}
			if int(in.Arg) < len(b.cap) {
				b.jobs = append(b.jobs, job{pc: pc, pos: b.cap[in.Arg], arg: true})
				b.cap[in.Arg] = pos
			}
			pc = in.Out
			goto CheckAndLoop
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(in.Arg)&^context(s, pos) != 0 {
				continue
			}
			pc = in.Out
			goto CheckAndLoop
		case syntax.InstNop:
			pc = in.Out
			goto CheckAndLoop
		case syntax.InstMatch:
			if len(b.cap) == 0 {
				return true
			}
			if len(b.cap) > 1 {
				b.cap[1] = pos
			}
			copy(b.matchcap, b.cap)
			return true
		}
	}
	return false
}

const endOfText rune = -1

func step(s string, pos int) (rune, int) {
	if pos < len(s) {
		if c := s[pos]; c < utf8.RuneSelf {
			return rune(c), 1
		}
		return utf8.DecodeRuneInString(s[pos:])
	}
	return endOfText, 0
}

func context(s string, pos int) syntax.EmptyOp {
	r1, r2 := endOfText, endOfText
	if uint(pos-1) < uint(len(s)) {
		r1 = rune(s[pos-1])
		if r1 >= utf8.RuneSelf {
			r1, _ = utf8.DecodeLastRuneInString(s[:pos])
		}
	}
	if uint(pos) < uint(len(s)) {
		r2 = rune(s[pos])
		if r2 >= utf8.RuneSelf {
			r2, _ = utf8.DecodeRuneInString(s[pos:])
		}
	}
	return syntax.EmptyOpContext(r1, r2)
}

// A byteSet holds the bytes a path from an instruction can consume first;
// empty reports that a path may consume nothing (reach a match, or an
// assertion, whose outcome depends on more than the next byte).
type byteSet struct {
	bits  [4]uint64
	empty bool
}

func (s *byteSet) has(c byte) bool { return s.bits[c>>6]&(1<<(c&63)) != 0 }

func (s *byteSet) add(c byte) { s.bits[c>>6] |= 1 << (c & 63) }

// can reports whether a path from the instruction may go on at pos.
func (s *byteSet) can(text string, pos int) bool {
	if pos < len(text) {
		return s.empty || s.has(text[pos])
	}
	return s.empty
}

func (s *byteSet) union(o *byteSet) bool {
	changed := false
	for i := range s.bits {
		if n := s.bits[i] | o.bits[i]; n != s.bits[i] {
			s.bits[i], changed = n, true
		}
	}
	if o.empty && !s.empty {
		s.empty, changed = true, true
	}
	return changed
}

// firstBytes computes each instruction's byteSet. A rune instruction adds
// the ASCII bytes it matches and, if it matches any rune from U+0080 on
// (RuneError, which invalid UTF-8 decodes to, included), every byte from
// 0x80: a multi-byte rune is not looked into.
func firstBytes(prog *syntax.Prog) []byteSet {
	sets := make([]byteSet, len(prog.Inst))
	for pc := range prog.Inst {
		in := &prog.Inst[pc]
		s := &sets[pc]
		switch in.Op {
		case syntax.InstRune, syntax.InstRune1:
			runeBytes(in, s)
		case syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			for c := 0; c < 256; c++ {
				if c != '\n' || in.Op == syntax.InstRuneAny {
					s.add(byte(c))
				}
			}
		case syntax.InstMatch, syntax.InstAltMatch:
			s.empty = true
		}
	}
	// Alternations, captures, no-ops and assertions take the union of what
	// follows them, to a fixed point (loops): an assertion consumes
	// nothing, and the path through it goes on as what follows it does.
	for changed := true; changed; {
		changed = false
		for pc := len(prog.Inst) - 1; pc >= 0; pc-- {
			in := &prog.Inst[pc]
			switch in.Op {
			case syntax.InstAlt:
				a := sets[pc].union(&sets[in.Out])
				b := sets[pc].union(&sets[in.Arg])
				changed = changed || a || b
			case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
				if sets[pc].union(&sets[in.Out]) {
					changed = true
				}
			}
		}
	}
	return sets
}

// An altTable lists the leaves of a tree of alternations and, by next
// byte (256: end of text), which of them can go on, as a bit set.
type altTable struct {
	alts []uint32
	mask [257]uint64
}

// dispatch builds the tables of the trees of minAlts to 64 alternatives
// that no alternation reaches. The compiler nests a|b|c as
// alt(alt(a, b), c); the search tries a tree's leaves left to right.
func dispatch(prog *syntax.Prog, first []byteSet) []*altTable {
	const minAlts = 4
	inner := make([]bool, len(prog.Inst))
	for _, in := range prog.Inst {
		if in.Op == syntax.InstAlt {
			inner[in.Out] = prog.Inst[in.Out].Op == syntax.InstAlt
			inner[in.Arg] = prog.Inst[in.Arg].Op == syntax.InstAlt
		}
	}
	var out []*altTable
	seen := make([]int, len(prog.Inst)) // tree (pc+1) that reached an alternation
	for pc := range prog.Inst {
		if prog.Inst[pc].Op != syntax.InstAlt || inner[pc] {
			continue
		}
		var alts []uint32
		ok := true
		var leaves func(at uint32)
		leaves = func(at uint32) {
			in := &prog.Inst[at]
			if in.Op != syntax.InstAlt {
				alts = append(alts, at)
				return
			}
			if seen[at] == pc+1 || len(alts) > 64 {
				ok = false // shared or looping alternations: leave them to the chain
				return
			}
			seen[at] = pc + 1
			leaves(in.Out)
			leaves(in.Arg)
		}
		leaves(uint32(pc))
		if !ok || len(alts) < minAlts || len(alts) > 64 {
			continue
		}
		t := &altTable{alts: alts}
		for i, a := range alts {
			set := &first[a]
			for c := range 257 {
				if set.empty || c < 256 && set.has(byte(c)) {
					t.mask[c] |= 1 << i
				}
			}
		}
		if out == nil {
			out = make([]*altTable, len(prog.Inst))
		}
		out[pc] = t
	}
	return out
}

// runeBytes adds to s the bytes that can start a rune the instruction
// matches, as MatchRune decides: a single rune with its case-fold orbit
// when folding, else ranges (already folded by the parser).
func runeBytes(in *syntax.Inst, s *byteSet) {
	addRange := func(lo, hi rune) {
		for c := max(lo, 0); c <= min(hi, utf8.RuneSelf-1); c++ {
			s.add(byte(c))
		}
		if hi >= utf8.RuneSelf {
			for c := utf8.RuneSelf; c < 256; c++ {
				s.add(byte(c))
			}
		}
	}
	if len(in.Rune) == 1 {
		r := in.Rune[0]
		addRange(r, r)
		if in.Op == syntax.InstRune && syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				addRange(f, f)
			}
		}
		return
	}
	for i := 0; i+1 < len(in.Rune); i += 2 {
		addRange(in.Rune[i], in.Rune[i+1])
	}
}
