package rules

import (
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// A keyword hit selects every rule of the keyword, and each selected rule
// compiles and searches the text, though most cannot match it: a line that
// says "token" selects a dozen vendor rules whose prefixes (ghp_, xoxb-,
// glpat-…) it does not hold. needs derives from a rule's regexp what bytes
// every match must contain, so that a rule is skipped, before anything is
// compiled, on a text that lacks one of them.

// needs returns the requirements of re: each is a set of bytes of which
// every match of re holds at least one. The answer is conservative: a
// requirement is left out whenever one cannot be proved, and nil means
// nothing is known. A rune from U+0080 on stands for every byte from 0x80,
// as in runeBytes: a multi-byte rune is not looked into, and RuneError
// matches invalid bytes.
func needs(re *syntax.Regexp) []byteSet {
	var out []byteSet
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			var s byteSet
			addRuneBytes(&s, r, r)
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					addRuneBytes(&s, f, f)
				}
			}
			out = addNeed(out, s)
		}
	case syntax.OpCharClass:
		// The parser has folded the class already.
		var s byteSet
		for i := 0; i+1 < len(re.Rune); i += 2 {
			addRuneBytes(&s, re.Rune[i], re.Rune[i+1])
		}
		out = addNeed(out, s)
	case syntax.OpCapture:
		out = needs(re.Sub[0])
	case syntax.OpPlus:
		out = needs(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min > 0 {
			out = needs(re.Sub[0])
		}
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			for _, s := range needs(sub) {
				out = addNeed(out, s)
			}
		}
	case syntax.OpAlternate:
		// A match is a match of one branch: it holds what all branches
		// require, and a byte of the union of one requirement per branch.
		// Of the latter, the union of each branch's narrowest.
		var common []byteSet
		var union byteSet
		for i, sub := range re.Sub {
			n := needs(sub)
			if len(n) == 0 {
				return nil // a branch that requires nothing
			}
			if i == 0 {
				common = n
			} else {
				common = slices.DeleteFunc(common, func(s byteSet) bool {
					return !slices.ContainsFunc(n, func(t byteSet) bool { return t.bits == s.bits })
				})
			}
			union.union(&n[narrowest(n)])
		}
		out = common
		out = addNeed(out, union)
	}
	// OpEmptyMatch, OpNoMatch, anchors, OpAnyChar(NotNL), OpStar and
	// OpQuest require nothing (a NoMatch can never match: any answer is
	// sound, and none is the simplest).
	return out
}

// addRuneBytes adds to s the bytes that can start a rune in lo..hi, as
// runeBytes does.
func addRuneBytes(s *byteSet, lo, hi rune) {
	for c := max(lo, 0); c <= min(hi, utf8.RuneSelf-1); c++ {
		s.add(byte(c))
	}
	if hi >= utf8.RuneSelf {
		for c := utf8.RuneSelf; c < 256; c++ {
			s.add(byte(c))
		}
	}
}

// addNeed adds s to the requirements in out unless one of them already
// says as much (is a subset of s); it drops those s says more than.
func addNeed(out []byteSet, s byteSet) []byteSet {
	if s.bits == [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)} {
		return out // every byte: says nothing
	}
	for _, o := range out {
		if subset(o, s) {
			return out
		}
	}
	out = slices.DeleteFunc(out, func(o byteSet) bool { return subset(s, o) })
	return append(out, s)
}

// subset reports whether every byte of a is in b.
func subset(a, b byteSet) bool {
	for i := range a.bits {
		if a.bits[i]&^b.bits[i] != 0 {
			return false
		}
	}
	return true
}

// narrowest returns the index of the requirement with the fewest bytes.
func narrowest(n []byteSet) int {
	best, bestN := 0, 257
	for i, s := range n {
		c := 0
		for _, w := range s.bits {
			for ; w != 0; w &= w - 1 {
				c++
			}
		}
		if c < bestN {
			best, bestN = i, c
		}
	}
	return best
}

// textBytes returns the set of bytes in s.
func textBytes(s string) byteSet {
	var b byteSet
	for i := 0; i < len(s); i++ {
		b.add(s[i])
	}
	return b
}

// meets reports whether a text holding the bytes in have can satisfy
// every requirement of need.
func meets(need []byteSet, have *byteSet) bool {
	for i := range need {
		n := &need[i]
		if n.bits[0]&have.bits[0]|n.bits[1]&have.bits[1]|n.bits[2]&have.bits[2]|n.bits[3]&have.bits[3] == 0 {
			return false
		}
	}
	return true
}

// ruleNeeds is needs of a rule's regexp, parsed as compilePattern parses
// it; nil when it does not parse (the rule then matches nothing anyway).
func ruleNeeds(expr string) []byteSet {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	return needs(re)
}

// mayMatch reports whether the rule's regexp may match the fragment: false
// only when the fragment lacks a byte every match holds. The requirements
// are derived on the rule's first selection, before it compiles.
func (r *crule) mayMatch(f *frag) bool {
	r.needOnce.Do(func() { r.need = ruleNeeds(r.spec.Regex) })
	if len(r.need) == 0 {
		return true
	}
	if !f.haveBytes {
		f.bytes, f.haveBytes = textBytes(f.raw), true
	}
	return meets(r.need, &f.bytes)
}
