package rules

import "strings"

// A words finds every occurrence of a set of words (keywords, stopwords) in
// a text. An Aho-Corasick automaton with a 256-way table per state, as
// gitleaks uses, costs megabytes and milliseconds to build for the
// ~1,500 stopwords of generic-api-key: a price each vet process would pay on
// its first match. This index by the first two bytes builds in microseconds
// and scans a text at a few ns per byte, since few words share two bytes.
type words struct {
	list   []string
	one    [256][]int32    // words of one byte
	bucket [1 << 16]uint16 // first two bytes → index into two (0: none)
	two    [][]int32
}

func newWords(list []string) *words {
	w := &words{list: list, two: [][]int32{nil}}
	for i, s := range list {
		switch {
		case s == "":
		case len(s) == 1:
			w.one[s[0]] = append(w.one[s[0]], int32(i))
		default:
			k := uint16(s[0])<<8 | uint16(s[1])
			if w.bucket[k] == 0 {
				w.bucket[k] = uint16(len(w.two))
				w.two = append(w.two, nil)
			}
			w.two[w.bucket[k]] = append(w.two[w.bucket[k]], int32(i))
		}
	}
	return w
}

// each calls fn for every occurrence of a word in s, in order of position,
// until fn returns false.
func (w *words) each(s string, fn func(pos int, word int32) bool) {
	for i := 0; i < len(s); i++ {
		for _, j := range w.one[s[i]] {
			if !fn(i, j) {
				return
			}
		}
		if i+1 < len(s) {
			if b := w.bucket[uint16(s[i])<<8|uint16(s[i+1])]; b != 0 {
				for _, j := range w.two[b] {
					if strings.HasPrefix(s[i:], w.list[j]) && !fn(i, j) {
						return
					}
				}
			}
		}
	}
}

// any reports whether a word occurs in s.
func (w *words) any(s string) bool {
	found := false
	w.each(s, func(int, int32) bool { found = true; return false })
	return found
}
