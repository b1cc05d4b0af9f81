package authscheme

import (
	"fmt"
	"strings"
)

// standardScheme reports whether s is an IANA-registered HTTP
// authentication scheme (plus NTLM and AWS SigV4, which are specified
// elsewhere), in lower case. With -authscheme.strict, any other scheme is
// reported. (Switches, not maps: nothing to build when the process starts.)
func standardScheme(s string) bool {
	switch s {
	case "basic", "bearer", "digest", "dpop", "gnap",
		"hoba", "mutual", "negotiate", "ntlm", "oauth",
		"privatetoken", "scram-sha-1", "scram-sha-256",
		"vapid", "concealed", "aws4-hmac-sha256":
		return true
	}
	return false
}

// tokenScheme reports whether s is a scheme followed by a credential whose
// missing space after the scheme is reported without -strict.
func tokenScheme(s string) bool {
	switch s {
	case "bearer", "basic", "token":
		return true
	}
	return false
}

// A form is what is wrong with how an Authorization value starts.
type form struct {
	scheme   string // the scheme the value should have
	problems []string
	fixed    string // the start rewritten, when fix is true
	fix      bool
}

func (f form) String() string { return strings.Join(f.problems, ", ") }

// schemeWord returns the scheme-like word s starts with.
func schemeWord(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' {
			i++
			continue
		}
		break
	}
	return s[:i]
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' }

// parseScheme splits the start of an Authorization value into leading
// space, scheme word and what follows it. ok is false when the text does
// not start with a scheme: no word followed by a space or colon (the
// credential itself, "sk_" + key), except a known scheme directly followed
// by a non-constant piece ("Bearer" + tok).
func parseScheme(text string, hasRest bool) (leading int, word, after string, ok bool) {
	trimmed := strings.TrimLeft(text, " \t")
	leading = len(text) - len(trimmed)
	word = schemeWord(trimmed)
	after = trimmed[len(word):]
	switch {
	case word == "":
		return 0, "", "", false
	case after != "":
		ok = isSpace(after[0]) || after[0] == ':'
	default:
		ok = hasRest && tokenScheme(strings.ToLower(word))
	}
	return leading, word, after, ok
}

// checkHeader reads the start of an Authorization header value. hasRest
// says a non-constant piece (the token) follows text.
func checkHeader(text string, hasRest, strict bool) (form, bool) {
	leading, word, after, ok := parseScheme(text, hasRest)
	if !ok {
		return form{}, false
	}
	lower := strings.ToLower(word)
	if lower == "authorization" && strings.HasPrefix(after, ":") {
		// "Authorization: Bearer " + tok: a curl line pasted as the value.
		value := strings.TrimLeft(after[1:], " \t")
		f := form{scheme: "Bearer", problems: []string{`the value starts with the header name "Authorization:"`}, fixed: value, fix: true}
		if inner, ok := checkHeader(value, hasRest, strict); ok {
			f.problems = append(f.problems, inner.problems...)
			f.scheme, f.fixed, f.fix = inner.scheme, inner.fixed, inner.fix
		}
		return f, true
	}
	if lower != "bearer" {
		f := form{scheme: word}
		if after == "" && tokenScheme(lower) {
			f.problems = append(f.problems, fmt.Sprintf("no space between %q and the credential", word))
			f.fixed, f.fix = text+" ", true
		}
		if strict && !standardScheme(lower) {
			f.problems = append(f.problems, fmt.Sprintf("non-standard scheme %q (the API guides say \"Bearer <token>\")", word))
			f.fix = false // the server may accept only its own scheme
		}
		return f, len(f.problems) > 0
	}
	f := form{scheme: "Bearer"}
	if leading > 0 {
		f.problems = append(f.problems, "space before the scheme")
	}
	if word != "Bearer" {
		f.problems = append(f.problems, fmt.Sprintf("scheme written %q, not \"Bearer\"", word))
	}
	if strings.HasPrefix(after, ":") {
		f.problems = append(f.problems, `a colon after "Bearer"`)
		after = after[1:]
	}
	rest := strings.TrimLeft(after, " \t")
	switch sp := after[:len(after)-len(rest)]; {
	case sp == "" && (rest != "" || hasRest):
		f.problems = append(f.problems, `no space after "Bearer"`)
	case len(sp) > 1 || sp == "\t":
		f.problems = append(f.problems, `more than one space after "Bearer"`)
	}
	if w := schemeWord(rest); strings.EqualFold(w, "bearer") && (len(rest) == len(w) || isSpace(rest[len(w)]) || rest[len(w)] == ':') {
		f.problems = append(f.problems, `"Bearer" twice`)
		rest = strings.TrimLeft(rest[len(w):], ": \t")
	}
	f.fixed, f.fix = "Bearer "+rest, true
	return f, len(f.problems) > 0
}

// checkToken reads the start of a value given to SetAuthToken, which puts
// the scheme before it: a scheme in the value is there twice.
func checkToken(text string, hasRest bool) (form, bool) {
	_, word, after, ok := parseScheme(text, hasRest)
	lower := strings.ToLower(word)
	if !ok || !standardScheme(lower) && !tokenScheme(lower) {
		return form{}, false
	}
	if lower != "bearer" {
		return form{problems: []string{fmt.Sprintf("the token starts with the scheme %q, but SetAuthToken puts \"Bearer\" before it: pass the token alone and set the scheme with SetAuthScheme(%q)", word, word)}}, true
	}
	rest := strings.TrimLeft(strings.TrimPrefix(after, ":"), " \t")
	return form{problems: []string{`the token starts with "Bearer", but SetAuthToken adds the scheme itself: the header becomes "Bearer Bearer …"`}, fixed: rest, fix: true}, true
}

// checkAuthScheme reads a constant given to SetAuthScheme.
func checkAuthScheme(s string, strict bool) (form, bool) {
	var f form
	trimmed := strings.TrimSpace(s)
	fixed := trimmed
	if trimmed != s {
		f.problems = append(f.problems, "spaces around the scheme (the client adds the space before the token)")
	}
	lower := strings.ToLower(trimmed)
	switch {
	case lower == "bearer":
		if trimmed != "Bearer" {
			f.problems = append(f.problems, fmt.Sprintf("scheme written %q, not \"Bearer\"", trimmed))
			fixed = "Bearer"
		}
	case strict && !standardScheme(lower):
		f.problems = append(f.problems, fmt.Sprintf("non-standard scheme %q (the API guides say \"Bearer <token>\")", trimmed))
		return f, true
	}
	f.fixed, f.fix = fixed, true
	return f, len(f.problems) > 0
}
