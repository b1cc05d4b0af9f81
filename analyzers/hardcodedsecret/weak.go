package hardcodedsecret

import (
	"slices"
	"strings"
	"unicode"

	"github.com/credlint/credlint/internal/credential"
	"github.com/credlint/credlint/internal/netname"
)

// weakCandidate is the cheap test a literal that fails credential.Plausible
// passes before its binding is looked up: short enough to be a password, one
// word (passwords with spaces are rare; prose is common), or a key=value DSN
// that names a password.
func weakCandidate(v string) bool {
	if len(v) < 4 || len(v) > 512 || strings.ContainsAny(v, "\n\t") {
		return false
	}
	if !strings.Contains(v, " ") {
		return true
	}
	return strings.Contains(v, "assword=") || strings.Contains(v, "ASSWORD=")
}

// userinfoPassword returns the password a URL or DSN carries:
// scheme://user:pass@host (postgres, mysql, redis, amqp, mongodb…),
// user:pass@tcp(host)/db (go-sql-driver/mysql), and key=value DSNs
// (password=… in lib/pq's and ADO's forms), the user name beside it and
// the host it is for ("" if none). ok is false when there is no password.
func userinfoPassword(v string) (user, pw, host string, ok bool) {
	if user, pw, host, ok := kvPassword(v); ok {
		return user, pw, host, true
	}
	rest, isURL := v, false
	if i := strings.Index(v, "://"); i >= 0 {
		if pattern(v[:i]) {
			return "", "", "", false // a regexp or a template, not a URL
		}
		rest, isURL = v[i+3:], true
	} else if !mysqlDSN(v) {
		return "", "", "", false
	}
	at := strings.LastIndex(rest, "@")
	if at < 0 {
		return "", "", "", false
	}
	userinfo := rest[:at]
	if strings.ContainsAny(userinfo, "/?# ") {
		return "", "", "", false // the @ is in a path or query, not after userinfo
	}
	if isURL && patternUserinfo(userinfo) {
		return "", "", "", false
	}
	user, pw, ok = strings.Cut(userinfo, ":")
	if !ok || pw == "" {
		return "", "", "", false
	}
	host = rest[at+1:]
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	if !isURL { // tcp(host:port), unix(/path), or none: the driver's localhost
		switch {
		case strings.HasPrefix(host, "tcp("):
			host = strings.TrimSuffix(strings.TrimPrefix(host, "tcp("), ")")
		case strings.HasPrefix(rest[at+1:], "unix("):
			host = "localhost"
		}
	}
	return user, pw, host, true
}

// defaultAccount reports whether a password equal to its user name is for
// this machine (no host, localhost, a loopback address): a default local
// account (amqp://guest:guest@localhost:5672/, user=postgres
// password=postgres), not a secret. The same pair for another host is
// someone's chosen password.
func defaultAccount(user, pw, host string) bool {
	return strings.EqualFold(pw, user) && (host == "" || netname.Local(host))
}

// mysqlDSN reports whether v has go-sql-driver/mysql's form
// user:pass@proto(addr)/db or user:pass@/db.
func mysqlDSN(v string) bool {
	at := strings.LastIndex(v, "@")
	if at < 0 || !strings.Contains(v[:at], ":") {
		return false
	}
	after := v[at+1:]
	return strings.HasPrefix(after, "/") || strings.HasPrefix(after, "tcp(") || strings.HasPrefix(after, "unix(")
}

// kvPassword finds password=… (or pwd=…) in a key=value DSN, separated by
// spaces or semicolons, and the user=… (uid, username) and host=…
// (server, address) beside it.
func kvPassword(v string) (user, pw, host string, ok bool) {
	for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == ';' }) {
		k, val, found := strings.Cut(f, "=")
		if !found {
			continue
		}
		val = strings.Trim(val, `'"`)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "password", "pwd":
			if !ok {
				pw, ok = val, val != ""
			}
		case "user", "uid", "username":
			user = val
		case "host", "server", "address", "addr", "hostaddr":
			host = val
		}
	}
	return user, pw, host, ok
}

// docValue reports whether l is what documentation writes where a
// password goes. (A switch, not a map: nothing to build when the process
// starts.)
func docValue(l string) bool {
	switch l {
	case "password", "passwd", "pass", "pwd", "secret",
		"pw", "pass123", "changeit", "passphrase",
		"x-oauth-basic": // GitHub's documented password for a token sent as the user
		return true
	}
	return false
}

// isDocValue reports whether a password-like value is a stand-in, not a
// password: a placeholder (<password>, ${DB_PASSWORD}, changeme, xxxx),
// the word "password" or "secret" itself, an environment variable's name
// (DB_PASSWORD), or a template or format verb.
func isDocValue(v string) bool {
	l := strings.ToLower(v)
	if docValue(l) || credential.IsPlaceholder(v) || strings.HasPrefix(v, "$") || strings.HasPrefix(v, "%") || strings.HasPrefix(v, ":") {
		return true
	}
	return isEnvName(v) || describesPassword(v)
}

// plainWord reports whether v is lower-case letters only (bar, guest):
// a word as documentation writes one, not a generated password.
func plainWord(v string) bool {
	return v != "" && strings.Trim(v, "abcdefghijklmnopqrstuvwxyz") == ""
}

// describesPassword reports whether v is lower-case words joined by _, -
// or ., one of them a docValue word: a value that says what it stands for
// (super_secret, alices_password, my-password), as examples and mock
// servers write them, or a dotted identifier that names a kind of login
// (dendrite's LoginTypePassword = "m.login.password", Matrix's name). A word with a digit or a capital (s3cret,
// Winter_Password) or a passphrase without such a word is no description.
func describesPassword(v string) bool {
	words := strings.FieldsFunc(v, func(r rune) bool { return r == '_' || r == '-' || r == '.' })
	if len(words) < 2 || len(strings.Join(words, "")) != len(v)-len(words)+1 {
		return false // an empty word: a separator at an end or doubled
	}
	doc := false
	for _, w := range words {
		if strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			return false
		}
		doc = doc || docValue(w)
	}
	return doc
}

// namesItself reports whether v spells the name it is bound to, ignoring
// case and separators: an enum's string table (encodeUserPassword:
// "encodeUserPassword"), a field's label (Password: "password"), or, for
// a value of two words or more, the name's last words (an identifier's
// constant, ExtensionHMACCreateSecret = "hmacCreateSecret"): a label, not
// a key.
func namesItself(v, name string) bool {
	if name == "" {
		return false
	}
	if normName(v) == normName(name) {
		return true
	}
	if strings.ContainsFunc(v, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '_' }) {
		return false // a digit or a symbol: no name is spelt so
	}
	vw, nw := credential.SplitWords(v), credential.SplitWords(name)
	return len(vw) >= 2 && len(vw) < len(nw) && slices.Equal(vw, nw[len(nw)-len(vw):])
}

// extendsName reports whether v is the name it is bound to followed by
// digits only: a rename table's entry ("encryptionKey":
// "encryptionKey1024" in a code generator), an identifier, not a key.
func extendsName(v, name string) bool {
	if name == "" {
		return false
	}
	rest, ok := strings.CutPrefix(normName(v), normName(name))
	return ok && strings.Trim(rest, "0123456789") == ""
}

// normName lowers s and drops the separators names are written with.
func normName(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '-' || r == ' ' || r == '.' {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// isEnvName reports whether v reads as an environment variable's name:
// upper case, digits and underscores, with at least one underscore.
func isEnvName(v string) bool {
	if !strings.Contains(v, "_") {
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// pattern reports whether the text before "://" ends in no URL scheme
// (RFC 3986: a letter, then letters, digits, '+', '-', '.'; prose may come
// before it): a secret scanner's `[a-z]+://[^:\s]*:[^@:\s]+@…` is a
// regexp, not a URL.
func pattern(before string) bool {
	j := len(before)
	for j > 0 {
		c := before[j-1]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.' {
			j--
			continue
		}
		break
	}
	scheme := before[j:]
	return scheme == "" || !('a' <= scheme[0] && scheme[0] <= 'z' || 'A' <= scheme[0] && scheme[0] <= 'Z')
}

// patternUserinfo reports whether user info holds what only a regexp or a
// template writes there: a character class, an escape, a template action.
// Characters net/url rejects but drivers take (MongoDB's own parser, a
// non-ASCII password) do not count.
func patternUserinfo(s string) bool {
	return strings.ContainsAny(s, "[]\\") || strings.Contains(s, "{{")
}
