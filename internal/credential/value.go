package credential

import (
	"math"
	"strings"
	"unicode/utf8"
)

// Redact shortens a secret for display so that it never shows a large
// share of it. A real vendor prefix (sk_live_, ghp_, ss_sys_, xoxb-: short
// lowercase segments ending in "_" or "-", then a body of 16 or more
// bytes) is shown whole, then at most 4 characters and at most a quarter of
// the body. Without one, at most a quarter of the value and at most 4
// characters are shown (volume-server-write-key gives "volu…", not
// "volume-serv…"). Messages, JSON and SARIF output carry only this form.
func Redact(s string) string {
	var keep int
	if p := vendorPrefixLen(s); p > 0 && len(s)-p >= 16 {
		keep = p + min(4, (len(s)-p)/4)
	} else {
		keep = min(4, len(s)/4)
	}
	for keep > 0 && !utf8.RuneStart(s[keep]) {
		keep-- // never cut a character in two
	}
	return s[:keep] + "…"
}

// vendorPrefixLen is the length of a leading prefix of short lowercase
// segments (at most 5 letters each) each ending in "_" or "-" (sk_live_,
// as_, ghp_, xoxb-, glpat-), up to 10 bytes. A longer word (volume-,
// seaweedfs-) is part of the secret, not a vendor's mark.
func vendorPrefixLen(s string) int {
	end, seg := 0, 0
	for i := 0; i < len(s) && i < 10; i++ {
		c := s[i]
		switch {
		case (c == '_' || c == '-') && seg > 0:
			end, seg = i+1, 0
		case c >= 'a' && c <= 'z' && seg < 5:
			seg++
		default:
			return end
		}
	}
	return end
}

// placeholderWords mark a value as a stand-in from documentation or tests
// (YOUR_API_TOKEN, your-api-token-here, as_demo_your_api_key_here,
// mock-token-for-testing, sk_live_DUMMYdummy…) when they stand as words:
// bounded by the ends, a non-letter or a change of case, and written in one
// case. Inside a random key the same letters ("…9hEre…", "…aBhereX…" read
// as "bhere") are chance, not a marker.
var placeholderWords = []string{
	"your", "example", "placeholder", "changeme", "change", "replace",
	"dummy", "fake", "mock", "sample", "here", "todo", "redacted",
	"demo", "insert", "foobar",
}

// placeholderMarks mark a stand-in wherever they stand: template and format
// syntax, ellipses, masks, and the counting sequences of made-up keys.
var placeholderMarks = []string{
	"{{", "}}", "${", "<", ">", "%s", "%v", "%d", "...", "…", "****",
	"xxxx", "XXXX", "abc123", "123456", "deadbeef", "cafebabe",
}

// IsPlaceholder reports whether a secret (the part of a literal a rule
// matched) is a documentation or test stand-in rather than a credential:
// it has a placeholder marker, or repeats one character six times in a row
// (000000, aaaaaa), or is a mask (see isMask).
func IsPlaceholder(v string) bool {
	return HasPlaceholderMarker(v) || hasRun(v, 6) || namesStandIn(v) || isMask(v)
}

// isMask reports whether v is mask characters only (*, •): what a
// redactor writes in the value's place (dbos's
// re.ReplaceAllString(connStr, "password=***")).
func isMask(v string) bool {
	return v != "" && strings.Trim(v, "*•") == ""
}

// namesStandIn reports whether v, letters and separators only, reads
// "<stand-in word> … <credential word>": MyPassword, some-secret,
// TestApiKey, DUMMY_TOKEN — what a DSN or example writes where the real
// value goes ("hdb://MyUser:MyPassword@host"). Two or three words, the
// first a stand-in (my, your, some, example, dummy, sample, test, fake),
// the last a credential word. "MyPassw0rd" has a digit: no stand-in.
func namesStandIn(v string) bool {
	if strings.ContainsFunc(v, func(r rune) bool { return !isLetter(byte(r)) && r != '_' && r != '-' || r > 0x7f }) {
		return false
	}
	w := splitWords(v)
	if len(w) < 2 || len(w) > 3 {
		return false
	}
	switch w[0] {
	case "my", "your", "some", "example", "dummy", "sample", "test", "fake":
	default:
		return false
	}
	switch w[len(w)-1] {
	case "password", "passwd", "pass", "secret", "token", "key":
		return true
	}
	return false
}

// IsPlaceholderFormat is IsPlaceholder for a secret that a vendor-format
// rule matched, whose structure may hold runs of "A" (base64 of zero bytes:
// X/Twitter bearer tokens open with 22 of them): those runs do not count.
func IsPlaceholderFormat(v string) bool {
	return HasPlaceholderMarker(v) || hasRunExcept(v, 6, 'A')
}

// HasPlaceholderMarker reports whether v holds a placeholder marker: a
// template or format syntax, a mask, or a placeholder word standing as a
// word or repeated (EXAMPLEEXAMPLE).
func HasPlaceholderMarker(v string) bool {
	for _, m := range placeholderMarks {
		if strings.Contains(v, m) {
			return true
		}
	}
	l := asciiLower(v) // same byte offsets as v, unlike strings.ToLower
	for _, w := range placeholderWords {
		if strings.Count(l, w) > 1 {
			return true
		}
		if i := strings.Index(l, w); i >= 0 && isWord(v, i, i+len(w)) {
			return true
		}
	}
	return false
}

// isWord reports whether v[i:j] is written in one case (demo, DEMO, Demo)
// and bounded on both sides by an end, a character that is neither letter
// nor digit, or a change of case between letters. A digit bounds only words
// of five letters or more (AKIAIOSFODNN7EXAMPLE): "…9here2…" in a random
// key is chance.
func isWord(v string, i, j int) bool {
	w := v[i:j]
	lower, upper := strings.ToLower(w), strings.ToUpper(w)
	title := upper[:1] + lower[1:]
	if w != lower && w != upper && w != title {
		return false
	}
	digits := len(w) >= 5
	if i > 0 && !boundary(v[i-1], v[i], digits) && !(w == title && w != upper && isUpper(v[i-1])) {
		return false
	}
	return j == len(v) || boundary(v[j-1], v[j], digits)
}

// boundary reports whether a word can end between a and b; digits says
// whether a digit next to a letter is one.
func boundary(a, b byte, digits bool) bool {
	switch {
	case isDigit(a) || isDigit(b):
		return !isAlnum(a) || !isAlnum(b) || digits && isLetter(a) != isLetter(b)
	case isLetter(a) && isLetter(b):
		return isUpper(a) != isUpper(b)
	}
	return true
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if isUpper(c) {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isAlnum(c byte) bool  { return isLetter(c) || isDigit(c) }
func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }

// hasRun reports whether s repeats one byte n times in a row (000000, aaaaaa).
func hasRun(s string, n int) bool { return hasRunExcept(s, n, 0) }

// hasRunExcept is hasRun, not counting runs of except.
func hasRunExcept(s string, n int, except byte) bool {
	run := 1
	for i := 1; i < len(s); i++ {
		if s[i] == s[i-1] && s[i] != except {
			if run++; run >= n {
				return true
			}
		} else {
			run = 1
		}
	}
	return false
}

// Plausible is the cheap shape test a literal passes before any rule runs:
// it holds a run of at least 12 key characters (letters, digits, _-+/=.~)
// with at least two digits and two letters, or an unbroken alphanumeric run
// of 16 or more with a digit (AKIA…), or a run of 20 or more whose letters
// are at least a third upper case (random, not CamelCase), or a PEM header. Prose, identifiers, header names, URL paths ("/v1/charges/%s")
// and format strings fail it, so most packages never compile the rules.
func Plausible(v string) bool {
	if len(v) < 12 {
		return false
	}
	if strings.Contains(v, "-----BEGIN") {
		return true
	}
	var runLen, lower, upper, digits, seps int
	for i := 0; i <= len(v); i++ {
		var c byte
		if i < len(v) {
			c = v[i]
		}
		switch {
		case c >= 'a' && c <= 'z':
			lower++
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= '0' && c <= '9':
			digits++
		case c == '_' || c == '-' || c == '+' || c == '/' || c == '=' || c == '.' || c == '~':
			seps++
		default:
			if runLen >= 12 && (digits >= 2 && lower+upper >= 2 ||
				runLen >= 16 && digits >= 1 && lower+upper > 0 && seps == 0 ||
				runLen >= 20 && lower > 0 && upper*2 >= lower) {
				return true
			}
			runLen, lower, upper, digits, seps = 0, 0, 0, 0, 0
			continue
		}
		runLen++
	}
	return false
}

// Entropy is the Shannon entropy of s in bits per byte.
func Entropy(s string) float64 {
	if s == "" {
		return 0
	}
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	h, n := 0.0, float64(len(s))
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log2(p)
		}
	}
	return h
}

// IsConstantName reports whether v is a name written in constant case —
// words of capital letters and numbers joined by dashes or underscores,
// at least one of each (SCRAM-SHA-256-PLUS, AES_256_GCM) — which a
// context rule's keyword nearby ("AUTH type: …") does not make a secret.
// A random key in capitals mixes letters and digits within its groups
// (K7F2Q-9XM4P), so it stays one.
func IsConstantName(v string) bool {
	words, numbers := 0, 0
	for _, seg := range strings.FieldsFunc(v, func(r rune) bool { return r == '-' || r == '_' }) {
		switch {
		case strings.Trim(seg, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "":
			words++
		case strings.Trim(seg, "0123456789") == "":
			numbers++
		default:
			return false
		}
	}
	return words > 0 && numbers > 0 && strings.Trim(v, "-_") == v && !strings.Contains(v, "--") && !strings.Contains(v, "__")
}

// NoCredentialPrefix reports whether no credential starts with s, so text
// known to start with it is a message, not a secret ("error:", "ERR ",
// "invalid request: "): s holds a character no key alphabet has (a colon,
// a space between words, other punctuation), none of its words is a
// credential word ("password:"), and it does not open an Authorization
// value ("Bearer "), a URL that may carry a userinfo ("https://") or a
// PEM block. A vendor prefix (sk_live_, ghp_, xoxb-) has none of those
// characters.
func NoCredentialPrefix(s string) bool {
	t := strings.TrimRight(s, " ")
	if t == "" || Plausible(s) || strings.Contains(s, "//") || strings.Contains(s, "@") || strings.Contains(s, "-----") {
		return false
	}
	if !strings.ContainsFunc(t, func(r rune) bool { return !isKeyChar(r) }) {
		return false // a vendor prefix or a scheme name
	}
	for _, w := range splitWords(t) {
		if secretWords(w) || w == "key" || w == "auth" || w == "pass" {
			return false
		}
	}
	return true
}

// isKeyChar reports whether r occurs in keys and tokens: letters, digits
// and the separators of base64, base64url, JWTs and vendor formats.
func isKeyChar(r rune) bool {
	return r < utf8.RuneSelf && (isAlnum(byte(r)) || strings.ContainsRune("_-+/=.~", r))
}
