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
	// hasOne and hasTwo are one and bucket as bit sets: 8 KB that stay in
	// cache, where the 128 KB of bucket, read at every byte, did not.
	hasOne [4]uint64
	hasTwo [1 << 16 / 64]uint64
}

func newWords(list []string) *words {
	w := &words{list: list, two: [][]int32{nil}}
	for i, s := range list {
		switch {
		case s == "":
		case len(s) == 1:
			w.one[s[0]] = append(w.one[s[0]], int32(i))
			w.hasOne[s[0]/64] |= 1 << (s[0] % 64)
		default:
			k := uint16(s[0])<<8 | uint16(s[1])
			w.hasTwo[k/64] |= 1 << (k % 64)
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
	w.scan(s, false, fn)
}

// eachFold is each on s with its ASCII letters lowered (the words are
// lowercase): for ASCII text, each on strings.ToLower(s) without building
// it.
func (w *words) eachFold(s string, fn func(pos int, word int32) bool) {
	w.scan(s, true, fn)
}

func (w *words) scan(s string, fold bool, fn func(pos int, word int32) bool) {
	at := func(i int) byte {
		c := s[i]
		if fold && 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return c
	}
	for i := 0; i < len(s); i++ {
		c := at(i)
		if w.hasOne[c/64]&(1<<(c%64)) != 0 {
			for _, j := range w.one[c] {
				if !fn(i, j) {
					return
				}
			}
		}
		if i+1 < len(s) {
			k := uint16(c)<<8 | uint16(at(i+1))
			if w.hasTwo[k/64]&(1<<(k%64)) == 0 {
				continue
			}
			if b := w.bucket[k]; b != 0 {
				for _, j := range w.two[b] {
					if hasPrefix(s[i:], w.list[j], fold) && !fn(i, j) {
						return
					}
				}
			}
		}
	}
}

// hasPrefix is strings.HasPrefix, with s's ASCII letters lowered if fold.
func hasPrefix(s, prefix string, fold bool) bool {
	if !fold {
		return strings.HasPrefix(s, prefix)
	}
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// any reports whether a word occurs in s.
func (w *words) any(s string) bool {
	found := false
	w.each(s, func(int, int32) bool { found = true; return false })
	return found
}

// anyFold reports whether a word occurs in strings.ToLower(s).
func (w *words) anyFold(s string) bool {
	if !isASCII(s) {
		return w.any(strings.ToLower(s))
	}
	found := false
	w.eachFold(s, func(int, int32) bool { found = true; return false })
	return found
}
