package rules

import (
	"regexp/syntax"
	"slices"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// Allowlist regexes only answer whether they match, and the largest of
// them (generic-api-key's, ~650 instructions, 40 alternatives) is tried at
// every position of a value by a backtracker. A DFA built lazily from the
// same program answers in one pass over the bytes: a state is the set of
// instructions alive after a byte, with what the assertions need to know
// of that byte (start of text, newline, word character, other). It covers
// ASCII texts; others, and patterns whose state count runs away, go to the
// backtracker.
//
// Once built, a transition is read without the lock: go vet runs packages
// in parallel goroutines, which all ask the same allowlists.
type dfa struct {
	prog *syntax.Prog

	start  atomic.Pointer[dstate]
	broken atomic.Bool // too many states: no longer used

	mu     sync.Mutex // held to build states and transitions
	states map[string]*dstate
}

// maxStates bounds a DFA's memory (each state holds 129 pointers).
const maxStates = 500

type dstate struct {
	pcs  []uint32 // instructions alive, before their closure
	prev int8     // the byte before: prevBegin, prevNewline, prevWord, prevOther
	// next is the state after a byte (utf8.RuneSelf: end of text), nil
	// until built; dfaMatch if the pattern matches at this step, dfaNoMatch
	// at the end of text without a match.
	next [utf8.RuneSelf + 1]atomic.Pointer[dstate]
}

// Transitions that end the scan: addresses of static variables, so that
// no process allocates them at start.
var dfaMatch, dfaNoMatch = &sentinels[0], &sentinels[1]

var sentinels [2]dstate

const (
	prevBegin int8 = iota
	prevNewline
	prevWord
	prevOther
)

func newDFA(prog *syntax.Prog) *dfa {
	return &dfa{prog: prog, states: map[string]*dstate{}}
}

// matchString reports whether the pattern matches s, and false for ok when
// the DFA cannot tell (non-ASCII text, too many states).
func (d *dfa) matchString(s string) (match, ok bool) {
	if !isASCII(s) || d.broken.Load() {
		return false, false
	}
	st := d.start.Load()
	if st == nil {
		if st = d.first(); st == nil {
			return false, false
		}
	}
	for i := 0; ; i++ {
		c := utf8.RuneSelf // end of text
		if i < len(s) {
			c = int(s[i])
		}
		next := st.next[c].Load()
		if next == nil {
			if next = d.build(st, c); next == nil {
				return false, false
			}
		}
		switch next {
		case dfaMatch:
			return true, true
		case dfaNoMatch:
			return false, true
		}
		st = next
	}
}

// first builds the start state; nil if the DFA is broken.
func (d *dfa) first() *dstate {
	d.mu.Lock()
	defer d.mu.Unlock()
	if st := d.start.Load(); st != nil {
		return st
	}
	st := d.state(nil, prevBegin)
	d.start.Store(st)
	return st
}

// build builds st's transition on c; nil if the DFA is broken.
func (d *dfa) build(st *dstate, c int) *dstate {
	d.mu.Lock()
	defer d.mu.Unlock()
	if next := st.next[c].Load(); next != nil || d.broken.Load() {
		return next
	}
	next := d.step(st, c)
	if next != nil {
		st.next[c].Store(next)
	}
	return next
}

func (d *dfa) state(pcs []uint32, prev int8) *dstate {
	key := make([]byte, 0, 1+4*len(pcs))
	key = append(key, byte(prev))
	for _, pc := range pcs {
		key = append(key, byte(pc), byte(pc>>8), byte(pc>>16), byte(pc>>24))
	}
	if st := d.states[string(key)]; st != nil {
		return st
	}
	if len(d.states) >= maxStates {
		d.broken.Store(true)
		return nil
	}
	st := &dstate{pcs: pcs, prev: prev}
	d.states[string(key)] = st
	return st
}

// step computes st's transition on byte c (utf8.RuneSelf: end of text):
// the closure of st's instructions and of a new start (the search is
// unanchored) under the assertions that hold between st's byte and c,
// then the instructions that consume c. It returns nil if the state count
// runs away.
func (d *dfa) step(st *dstate, c int) *dstate {
	r1 := map[int8]rune{prevBegin: -1, prevNewline: '\n', prevWord: 'a', prevOther: ' '}[st.prev]
	r2 := rune(c)
	if c == utf8.RuneSelf {
		r2 = -1
	}
	flag := syntax.EmptyOpContext(r1, r2)
	seen := make(map[uint32]bool)
	var next []uint32
	found := false
	var visit func(pc uint32)
	visit = func(pc uint32) {
		if seen[pc] || found {
			return
		}
		seen[pc] = true
		in := &d.prog.Inst[pc]
		switch in.Op {
		case syntax.InstMatch:
			found = true
		case syntax.InstAlt, syntax.InstAltMatch:
			visit(in.Out)
			visit(in.Arg)
		case syntax.InstNop, syntax.InstCapture:
			visit(in.Out)
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(in.Arg)&^flag == 0 {
				visit(in.Out)
			}
		case syntax.InstRune, syntax.InstRune1:
			if r2 >= 0 && in.MatchRune(r2) {
				next = append(next, in.Out)
			}
		case syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			if r2 >= 0 && (r2 != '\n' || in.Op == syntax.InstRuneAny) {
				next = append(next, in.Out)
			}
		}
	}
	for _, pc := range st.pcs {
		visit(pc)
	}
	visit(uint32(d.prog.Start))
	if found {
		return dfaMatch
	}
	if c == utf8.RuneSelf {
		return dfaNoMatch
	}
	slices.Sort(next)
	next = slices.Compact(next)
	prev := prevOther
	switch {
	case c == '\n':
		prev = prevNewline
	case syntax.IsWordChar(rune(c)):
		prev = prevWord
	}
	return d.state(next, prev)
}
