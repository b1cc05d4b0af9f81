package credential

import (
	"math"
	"strings"
	"unicode/utf8"
)

// Redact shortens a secret for display: the vendor prefix (sk_live_, ghp_,
// ss_sys_) and at most four characters more, then "…". Messages, JSON and
// SARIF output carry only this form.
func Redact(s string) string {
	p := vendorPrefixLen(s)
	keep := p + 4
	// Never show more than a third of what follows the prefix.
	if rest := len(s) - p; rest < 12 {
		keep = p + rest/3
	}
	if keep >= len(s) {
		keep = len(s) / 3
	}
	for keep > 0 && !utf8.RuneStart(s[keep]) {
		keep-- // never cut a character in two
	}
	return s[:keep] + "…"
}

// vendorPrefixLen is the length of a leading lowercase prefix that ends in
// "_" or "-" (sk_live_, as_, ghp_, xoxb-), up to 10 bytes.
func vendorPrefixLen(s string) int {
	end := 0
	for i := 0; i < len(s) && i < 10; i++ {
		c := s[i]
		switch {
		case c == '_' || c == '-':
			end = i + 1
		case c >= 'a' && c <= 'z':
		default:
			return end
		}
	}
	return end
}

// placeholderMarkers in a value mark it as a stand-in from documentation or
// tests, never a real key: YOUR_API_TOKEN, your-api-token-here,
// as_demo_your_api_key_here, mock-token-for-testing, <token>, {{API_KEY}}.
var placeholderMarkers = []string{
	"your", "example", "placeholder", "changeme", "change_me", "replace",
	"dummy", "fake", "mock", "sample", "xxxx", "here", "todo", "redacted",
	"demo", "insert", "foobar", "abc123", "123456",
	"{{", "}}", "${", "<", ">", "%s", "%v", "%d", "...", "…", "****",
}

// IsPlaceholder reports whether a literal value is a documentation or test
// stand-in rather than a credential.
func IsPlaceholder(v string) bool {
	l := strings.ToLower(v)
	for _, m := range placeholderMarkers {
		if strings.Contains(l, m) {
			return true
		}
	}
	return hasRun(l, 6)
}

// hasRun reports whether s repeats one byte n times in a row (000000, aaaaaa).
func hasRun(s string, n int) bool {
	run := 1
	for i := 1; i < len(s); i++ {
		if s[i] == s[i-1] {
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
