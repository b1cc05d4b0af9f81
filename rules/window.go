package rules

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Matching in time linear in the fragment.
//
// Many gitleaks rules have the shape (?i)[\w.-]{0,50}?(?:kw1|kw2)…: a
// bounded prefix, then one of the rule's keywords. Go's regexp is linear in
// the text too, but with a large constant per byte for such patterns, and a
// short keyword ("api", "jira") occurs by chance in any long value: the rule
// then scans the whole value. On a 5 MB literal that took minutes.
//
// Every match of such a rule contains an occurrence of one of its keywords,
// at most back runes after the match's start. So a match starts at most
// back runes before some keyword occurrence q, and the search tries only
// those starts: from each occurrence (in order, past the previous match) it
// runs the pattern anchored back runes before q, behind a lazy prefix of at
// most back runes (\A(?s:.){0,back}?(pattern)), which finds the leftmost match
// starting in that range, and gitleaks' preferred match at that start.
// One byte before the range is kept as context, so that \b and (?m)^ see
// the real text. This finds exactly the matches FindAllStringIndex finds
// over the whole fragment (window_test.go checks it), in time proportional
// to the keyword occurrences times the length of a match.

// A window is how a keyword-anchored rule is searched.
type window struct {
	back     int      // a keyword occurrence starts at most back runes after a match's start
	keywords []string // the rule's keywords, lowercased
	pattern  string
	// reads: a repetition without bound of any character, or of a class
	// holding spaces and letters, lets a window's search read on through ordinary
	// text, to the end of the line or of the fragment.
	reads bool

	once sync.Once      // compiles at0 and ctx, on the first long fragment
	at0  *regexp.Regexp // for a window at the fragment's start
	ctx  *regexp.Regexp // for one with a rune of context before it
}

// windowMin is the fragment length from which windowing pays.
const windowMin = 512

// windowBudget bounds, in multiples of the fragment's length, what the
// windows of a pattern that reads on may read.
const windowBudget = 4

// maxBack bounds the prefix a windowed search tries.
const maxBack = 1 << 12

func newWindow(pattern string, keywords []string) *window {
	if len(keywords) == 0 || !asciiKeywords(keywords) {
		return nil
	}
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	back, ok := anchorBack(re, keywords)
	if !ok || back > maxBack {
		return nil
	}
	return &window{back: back, keywords: keywords, pattern: pattern, reads: readsOn(re)}
}

func (w *window) compile() {
	w.once.Do(func() {
		// (?s:.) lets the prefix cross newlines; the pattern is a group of
		// its own so that its flags stay inside it.
		lazy := `(?s:.){0,` + itoa(w.back) + `}?(` + w.pattern + `)`
		w.at0, _ = regexp.Compile(`\A` + lazy)
		w.ctx, _ = regexp.Compile(`\A(?s:.)` + lazy)
	})
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

// readsOn reports whether re repeats, without bound, any character or a
// class that holds ordinary text (a space and a letter: [^"], not \s).
func readsOn(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		if re.Op != syntax.OpRepeat || re.Max < 0 {
			switch sub := re.Sub[0]; sub.Op {
			case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
				return true
			case syntax.OpCharClass:
				return inClass(sub.Rune, ' ') && inClass(sub.Rune, 'a')
			}
		}
	}
	return slices.ContainsFunc(re.Sub, readsOn)
}

// inClass reports whether r is in class, sorted ranges as the parser
// makes them.
func inClass(class []rune, r rune) bool {
	for i := 0; i+1 < len(class); i += 2 {
		if r < class[i] {
			return false
		}
		if r <= class[i+1] {
			return true
		}
	}
	return false
}

// anchorBack reports whether every match of re contains one of the
// keywords (ASCII case-insensitively), and how far after the match's start
// that occurrence may begin at most.
func anchorBack(re *syntax.Regexp, keywords []string) (int, bool) {
	return litMemo{}.anchorBack(re, keywords)
}

// A litMemo holds literals' results by node: anchorBack asks for those of
// the same nodes again and again.
type litMemo map[*syntax.Regexp]litRes

type litRes struct {
	strs []string
	ok   bool
}

func (m litMemo) anchorBack(re *syntax.Regexp, keywords []string) (int, bool) {
	if strs, ok := m.literals(re, 64); ok {
		if !allContain(strs, keywords) {
			return 0, false
		}
		n, ok := maxLen(re)
		return n, ok
	}
	switch re.Op {
	case syntax.OpCapture:
		return m.anchorBack(re.Sub[0], keywords)
	case syntax.OpRepeat, syntax.OpPlus:
		if re.Op == syntax.OpRepeat && re.Min < 1 {
			return 0, false
		}
		return m.anchorBack(re.Sub[0], keywords)
	case syntax.OpAlternate:
		back := 0
		for _, s := range re.Sub {
			b, ok := m.anchorBack(s, keywords)
			if !ok {
				return 0, false
			}
			back = max(back, b)
		}
		return back, true
	case syntax.OpConcat:
		pre := 0
		for i, s := range re.Sub {
			if b, ok := m.anchorBack(s, keywords); ok {
				return pre + b, true
			}
			// A keyword may span elements: (?i)linked[_-]?in.
			strs, n := []string{""}, 0
			for _, t := range re.Sub[i:] {
				l, ok := m.literals(t, 64)
				if !ok {
					// The keyword may end in what t starts with:
					// f(?:o1_…|m1[ar]_…), a factored alternation.
					h, ok := m.heads(t, 64)
					if !ok {
						break
					}
					if hs, ok := product(strs, h, 64); ok && allContain(hs, keywords) {
						longest := 0
						for _, x := range h {
							longest = max(longest, utf8.RuneCountInString(x))
						}
						return pre + n + longest, true
					}
					break
				}
				if strs, ok = product(strs, l, 64); !ok {
					break
				}
				m, _ := maxLen(t)
				n += m
				if allContain(strs, keywords) {
					return pre + n, true
				}
			}
			n, ok := maxLen(s)
			if !ok {
				return 0, false
			}
			pre += n
		}
	}
	return 0, false
}

func allContain(strs, keywords []string) bool {
	for _, s := range strs {
		if !containsAny(s, keywords) {
			return false
		}
	}
	return true
}

func product(a, b []string, limit int) ([]string, bool) {
	if len(a)*len(b) > limit {
		return nil, false
	}
	var out []string
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out, true
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// literals lists the strings re can match, lowercased, when there are at
// most limit of them; case-folded letters count once.
func (m litMemo) literals(re *syntax.Regexp, limit int) ([]string, bool) {
	if r, ok := m[re]; ok {
		return r.strs, r.ok
	}
	strs, ok := m.literals1(re, limit)
	m[re] = litRes{strs, ok}
	return strs, ok
}

func (m litMemo) literals1(re *syntax.Regexp, limit int) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}, true
	case syntax.OpCharClass:
		var out []string
		seen := map[string]bool{}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > rune(limit) {
				return nil, false
			}
			for c := re.Rune[i]; c <= re.Rune[i+1]; c++ {
				s := strings.ToLower(string(c))
				if !seen[s] {
					seen[s] = true
					out = append(out, s)
				}
			}
		}
		return out, len(out) <= limit
	case syntax.OpCapture:
		return m.literals(re.Sub[0], limit)
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			l, ok := m.literals(s, limit)
			if !ok {
				return nil, false
			}
			out = append(out, l...)
		}
		return out, len(out) <= limit
	case syntax.OpQuest:
		l, ok := m.literals(re.Sub[0], limit)
		return append(slices.Clip(l), ""), ok && len(l) < limit
	case syntax.OpConcat:
		out := []string{""}
		for _, s := range re.Sub {
			l, ok := m.literals(s, limit)
			if !ok {
				return nil, false
			}
			if out, ok = product(out, l, limit); !ok {
				return nil, false
			}
		}
		return out, true
	}
	return nil, false
}

// heads lists strings, lowercased, one of which starts every match of re.
func (m litMemo) heads(re *syntax.Regexp, limit int) ([]string, bool) {
	if l, ok := m.literals(re, limit); ok {
		return l, true
	}
	switch re.Op {
	case syntax.OpCapture:
		return m.heads(re.Sub[0], limit)
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			h, ok := m.heads(s, limit)
			if !ok {
				return nil, false
			}
			out = append(out, h...)
		}
		return out, len(out) <= limit
	case syntax.OpConcat:
		out := []string{""}
		for _, s := range re.Sub {
			l, ok := m.literals(s, limit)
			if !ok {
				h, ok := m.heads(s, limit)
				if !ok {
					return out, len(out) > 0
				}
				return product(out, h, limit)
			}
			if out, ok = product(out, l, limit); !ok {
				return nil, false
			}
		}
		return out, true
	}
	return nil, false
}

// maxLen is the longest match of re in runes, if bounded.
func maxLen(re *syntax.Regexp) (int, bool) {
	const inf = 1 << 20
	var walk func(re *syntax.Regexp) int
	walk = func(re *syntax.Regexp) int {
		switch re.Op {
		case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
			syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
			return 0
		case syntax.OpLiteral:
			return len(re.Rune)
		case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
			return 1
		case syntax.OpCapture:
			return walk(re.Sub[0])
		case syntax.OpQuest:
			return walk(re.Sub[0])
		case syntax.OpStar, syntax.OpPlus:
			return inf
		case syntax.OpRepeat:
			if re.Max < 0 {
				return inf
			}
			return min(inf, re.Max*walk(re.Sub[0]))
		case syntax.OpConcat:
			n := 0
			for _, s := range re.Sub {
				n = min(inf, n+walk(s))
			}
			return n
		case syntax.OpAlternate:
			n := 0
			for _, s := range re.Sub {
				n = max(n, walk(s))
			}
			return n
		}
		return inf
	}
	n := walk(re)
	return n, n < inf
}

// findAll is r.re.FindAllStringIndex(raw, -1). On a text the backtracker
// takes, a keyword-anchored rule's search starts only within back runes
// before a keyword occurrence; on a longer one, by windows.
func (r *crule) findAll(f *frag) [][]int { return r.findAllSub(f, 2) }

// findAllSub is findAll, each match with its first ncap capture slots
// where the backtracker found it (the bounds alone elsewhere).
func (r *crule) findAllSub(f *frag, ncap int) [][]int {
	raw := f.raw
	if r.re.fits(raw) {
		if r.lp != nil && f.windowSafe() {
			if ncap > r.lp.rest.prog.NumCap {
				ncap = 2
			}
			b := getState()
			defer putState(b)
			return r.lp.findAllCaps(b, raw, f.occurrences(r.spec.Keywords), ncap)
		}
		var starts []span
		if w := r.window(); w != nil && f.windowSafe() {
			starts = f.spans(w) // empty, not nil, when no keyword occurs
		}
		return r.re.findAllSub(raw, starts, ncap)
	}
	return r.findAllLong(f)
}

// findAllLong is findAll on a text too long for the backtracker.
func (r *crule) findAllLong(f *frag) [][]int {
	raw, w := f.raw, r.window()
	re := r.re.regexp()
	if w == nil || len(raw) < windowMin || !f.windowSafe() {
		return re.FindAllStringIndex(raw, -1)
	}
	if w.compile(); w.at0 == nil || w.ctx == nil {
		return re.FindAllStringIndex(raw, -1)
	}
	starts := f.occurrences(w.keywords)
	// A window's search of a pattern that reads on (\bcurl\b.*…) may read
	// to the end of the fragment, from every occurrence: quadratic in a
	// long line. Past windowBudget times the fragment, one pass of regexp
	// over it costs less, and is linear. A rule read as a lazy prefix keeps
	// its windows: that prefix, alive at every byte, makes a whole pass
	// slow.
	budget := -1
	if w.reads && r.lp == nil {
		budget = windowBudget * len(raw)
	}
	var out [][]int
	pos := 0
	for _, q := range starts {
		if q < pos {
			continue
		}
		from := max(back(raw, q, w.back, pos), pos)
		re, ctx := w.at0, 0
		if from > 0 {
			// The rune before the window is context, for \b and (?m)^.
			_, n := utf8.DecodeLastRuneInString(raw[:from])
			re, ctx = w.ctx, n
		}
		if budget >= 0 {
			if budget -= len(raw) - (from - ctx); budget < 0 {
				return r.re.regexp().FindAllStringIndex(raw, -1)
			}
			f.windowRead += len(raw) - (from - ctx)
		}
		m := re.FindStringSubmatchIndex(raw[from-ctx:])
		if m == nil {
			// No match starts in [from, q]: a match starting later
			// contains a later occurrence.
			continue
		}
		a, b := from-ctx+m[2], from-ctx+m[3]
		out = append(out, []int{a, b})
		pos = b
		if a == b {
			pos++ // as FindAll steps over an empty match
		}
	}
	return out
}

// back is the offset n runes before q in s, not before floor.
func back(s string, q, n, floor int) int {
	for k := 0; k < n && q > floor; k++ {
		_, w := utf8.DecodeLastRuneInString(s[:q])
		q -= w
	}
	return q
}

// spans lists where a match of the window's rule can start: from back
// runes before each occurrence of one of its keywords to the occurrence.
func (f *frag) spans(w *window) []span {
	out := f.spanBuf[:0] // valid until the next call; not nil
	if out == nil {
		out = make([]span, 0, 4)
	}
	defer func() { f.spanBuf = out }()
	for _, q := range f.occurrences(w.keywords) {
		lo := back(f.raw, q, w.back, 0)
		if n := len(out); n > 0 && lo <= out[n-1].hi+1 {
			out[n-1].hi = q
			continue
		}
		out = append(out, span{lo, q})
	}
	return out
}

// asciiKeywords reports whether the keywords are ASCII, which searching by
// keyword occurrences needs: they are found in the ASCII-lowered fragment,
// where gitleaks looks for them in strings.ToLower's, and only for ASCII
// keywords are the two the same (up to the folds windowSafe excludes).
// Rules with other keywords are searched whole.
func asciiKeywords(keywords []string) bool {
	for _, k := range keywords {
		if !isASCII(k) {
			return false
		}
	}
	return true
}

// windowSafe reports whether ASCII lowering finds every keyword occurrence a
// case-insensitive pattern can match: the Kelvin sign and the long s fold to
// ASCII letters, and a fragment holding them is searched whole.
func (f *frag) windowSafe() bool {
	if f.safe == 0 {
		f.safe = 1
		if strings.Contains(f.raw, "\u212a") || strings.Contains(f.raw, "\u017f") {
			f.safe = 2
		}
	}
	return f.safe == 1
}

// occurrences lists the sorted start offsets of the keywords in the
// fragment, matched ASCII case-insensitively. One scan finds the
// occurrences of every keyword of the set, for all rules.
func (f *frag) occurrences(keywords []string) []int {
	if !f.scanned {
		f.scanned = true
		f.eng.trie.each(f.lower(), func(pos int, word int32) bool {
			f.hits = append(f.hits, hit{pos, word})
			return true
		})
	}
	out := f.occBuf[:0] // valid until the next call
	defer func() { f.occBuf = out }()
	for _, h := range f.hits {
		if slices.Contains(keywords, f.eng.words[h.word]) && (len(out) == 0 || out[len(out)-1] != h.pos) {
			out = append(out, h.pos)
		}
	}
	return out
}

// A hit is a keyword occurrence.
type hit struct {
	pos  int
	word int32
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
