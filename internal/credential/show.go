package credential

import (
	"go/ast"
	"go/types"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// ShowExpr is e as source text, for messages: types.ExprString, with the
// string literals in it redacted where they may hold a secret (see
// RedactText). A message that names an argument ("the same call also
// shows \"https://admin:…@db\" + tok") must not print a key written in it.
func ShowExpr(e ast.Expr) string {
	s := types.ExprString(e)
	if !strings.ContainsAny(s, "\"`") {
		return s // most: names, selectors, calls without literals
	}
	var b strings.Builder
	for {
		i := strings.IndexAny(s, "\"`")
		if i < 0 {
			break
		}
		q, err := strconv.QuotedPrefix(s[i:])
		if err != nil {
			break
		}
		b.WriteString(s[:i])
		s = s[i+len(q):]
		if v, err := strconv.Unquote(q); err == nil {
			if r := RedactText(v); r != v {
				q = strconv.Quote(r)
			}
		}
		b.WriteString(q)
	}
	b.WriteString(s)
	return b.String()
}

// Compiled on first use: most vet processes print no message.
var (
	// userinfoPassword is the password of a URL's or DSN's user info.
	userinfoPassword = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(//[^/@:\s]*:)([^/@\s]+)@`) })
	// tokenRun is a run of key characters long enough to be a key.
	tokenRun = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[A-Za-z0-9_\-+]{16,}`) })
)

// RedactText redacts what in free text may be a secret: the password of a
// user info (scheme://user:password@), and runs of 16 or more key
// characters that mix letters and digits (sk_live_51Nz…, a UUID's parts
// are shorter). Paths, hosts and words stay as written.
func RedactText(s string) string {
	s = userinfoPassword().ReplaceAllStringFunc(s, func(m string) string {
		sub := userinfoPassword().FindStringSubmatch(m)
		return sub[1] + Redact(sub[2]) + "@"
	})
	return tokenRun().ReplaceAllStringFunc(s, func(m string) string {
		if !strings.ContainsAny(m, "0123456789") || !strings.ContainsFunc(m, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) {
			return m
		}
		return Redact(m)
	})
}
