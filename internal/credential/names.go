package credential

import (
	"strings"
	"sync"
	"unicode"
)

// NameKind says what a name tells about the value it holds.
type NameKind int

const (
	// Plain names say nothing about credentials.
	Plain NameKind = iota
	// Secret names hold a secret value: token, apiKey, clientSecret, systemID.
	Secret
	// About names hold something about a secret, not the secret itself:
	// tokenURL, tokenType, keyName, secretPath, passwordField, pageToken.
	About
)

// secretWords end a name that holds a secret value.
var secretWords = map[string]bool{
	"token": true, "tokens": true, "secret": true, "secrets": true,
	"password": true, "passwd": true, "passphrase": true, "pw": true, "pwd": true,
	"credential": true, "credentials": true, "creds": true, "cred": true,
	"apikey": true, "apitoken": true, "bearer": true, "authorization": true,
	"clientsecret": true, "privatekey": true, "accesstoken": true,
	"refreshtoken": true, "idtoken": true, "authtoken": true, "jwt": true,
}

// keyQualifiers make a trailing "key" a secret key (apiKey, privateKey);
// any other "key" is a lookup key (cacheKey, tokenKey, keyName).
var keyQualifiers = map[string]bool{
	"api": true, "secret": true, "private": true, "access": true, "signing": true,
	"encryption": true, "master": true, "client": true, "app": true,
	"service": true, "account": true, "license": true, "auth": true,
	"session": true, "hmac": true, "shared": true, "consumer": true,
	"subscription": true, "write": true, "admin": true, "live": true,
}

// idQualifiers make a trailing "id" a credential: Sure Send's system ID is
// sent as a secret header and rate-limits per holder.
var idQualifiers = map[string]bool{"system": true}

// aboutWords, as the last word, make a name describe a secret rather than
// hold one (tokenURL, secretName, passwordHash, apiKeyHeader).
var aboutWords = map[string]bool{
	"url": true, "urls": true, "uri": true, "endpoint": true, "host": true,
	"type": true, "types": true, "kind": true, "name": true, "names": true,
	"path": true, "paths": true, "file": true, "filename": true, "dir": true,
	"field": true, "fields": true, "header": true, "headers": true,
	"param": true, "params": true, "query": true, "env": true, "var": true,
	"len": true, "length": true, "size": true, "count": true, "num": true,
	"id": true, "ids": true, "ref": true, "refs": true, "prefix": true,
	"suffix": true, "format": true, "pattern": true, "regex": true,
	"re": true, "label": true, "mode": true, "policy": true, "provider": true,
	"source": true, "store": true, "manager": true, "service": true,
	"client": true, "config": true, "cfg": true, "expiry": true, "expires": true,
	"expiration": true, "exp": true, "ttl": true, "at": true, "time": true,
	"duration": true, "hash": true, "hashed": true, "digest": true,
	"mask": true, "masked": true, "redacted": true, "valid": true,
	"cache": true, "location": true, "request": true, "response": true,
	"req": true, "resp": true, "err": true, "error": true, "status": true,
	"version": true, "index": true, "idx": true, "scope": true, "scopes": true,
	"flow": true, "key": true, "keys": true, "set": true, "ok": true,
	"fn": true, "func": true, "method": true, "option": true, "options": true,
	"placeholder": true, "hint": true, "rotation": true,
	"usage": true, "stats": true, "info": true, "metadata": true,
	"generator": true, "issuer": true, "parser": true, "validator": true,
	"lifetime": true, "sha": true, "sha256": true, "fingerprint": true,
}

// notSecretQualifiers anywhere before the secret word mean the value is not
// an access credential: pagination cursors and anti-CSRF tokens are meant to
// travel in URLs and forms; lexer tokens are syntax.
var notSecretQualifiers = map[string]bool{
	"page": true, "next": true, "prev": true, "previous": true,
	"continuation": true, "sync": true, "cursor": true, "pagination": true,
	"resume": true, "csrf": true, "xsrf": true, "last": true, "start": true,
	"end": true, "marker": true, "public": true, "num": true, "max": true,
	"min": true, "has": true, "is": true, "no": true, "invalid": true,
	"expected": true, "unexpected": true, "lexer": true, "parse": true,
	// Lexing verbs: readToken(line), scanToken, peekToken read syntax.
	"read": true, "scan": true, "peek": true, "lex": true, "consume": true,
	"expect": true, "skip": true, "unread": true, "split": true,
	// Verbs that judge a secret return what they found, not the secret:
	// validateCookieSecret returns its complaints about the cookie secret.
	"validate": true, "check": true,
	// A hashed, masked or encrypted secret is what is safe to show: names
	// about a credential, not one (hashedPassword, encryptedPassword).
	"hashed": true, "hash": true, "masked": true, "redacted": true,
	"truncated": true, "obfuscated": true, "encrypted": true, "crypted": true,
	"salted": true, "sealed": true, "wrapped": true,
	// Tokens that prove something other than identity: an ACME challenge's
	// token, an e-mail verification or password-reset link's, a request's
	// idempotency key.
	"challenge": true, "verification": true, "verify": true, "idempotency": true,
	"nonce": true, "state": true,
}

// strongTokenQualifiers make a trailing "token" a credential on the name
// alone (accessToken, apiToken, botToken); a bare or otherwise qualified
// token (token, challengeToken, deviceToken) is ambiguous: see IsWeakName.
var strongTokenQualifiers = map[string]bool{
	"api": true, "access": true, "refresh": true, "auth": true, "id": true,
	"bearer": true, "session": true, "oauth": true, "bot": true, "personal": true,
	"service": true, "app": true, "client": true, "admin": true, "vault": true,
	"github": true, "gitlab": true, "slack": true, "security": true,
	"account": true, "secret": true, "private": true, "user": true, "pat": true,
}

// ClassifyName says whether an identifier, field, parameter, environment
// variable or map key names a secret value. It splits camelCase, snake_case,
// kebab-case and acronyms into words and reads the last word, with the words
// before it as qualifiers.
func ClassifyName(name string) NameKind {
	// Memoised: a package asks about the same few hundred names again and
	// again, and splitting one allocates.
	if v, ok := classified.Load(name); ok {
		return v.(NameKind)
	}
	k := classifyWords(splitWords(name))
	classified.Store(name, k)
	return k
}

var classified sync.Map

func classifyWords(words []string) NameKind {
	n := len(words)
	if n == 0 {
		return Plain
	}
	last, prev := words[n-1], ""
	if n > 1 {
		prev = words[n-2]
	}
	switch {
	case secretWords[last] || last == "key" && keyQualifiers[prev] || last == "id" && idQualifiers[prev]:
		for _, w := range words[:n-1] {
			if notSecretQualifiers[w] {
				return Plain
			}
		}
		return Secret
	case n == 1:
		return Plain
	case aboutWords[last]:
		// tokenURL, apiKeyHeader, passwordHash; but cacheKey is just Plain.
		if classifyWords(words[:n-1]) == Secret {
			return About
		}
		for _, w := range words[:n-1] {
			if secretWords[w] {
				return About
			}
		}
	case reprWords[last]:
		// apiKeyValue, tokenStr, secretBytes: a secret in some representation.
		return classifyWords(words[:n-1])
	case trailingQualifiers[last]:
		// APIKeyPrivate, clientSecretV2: a strong credential phrase, then
		// which one. A weak prefix stays Plain (tokenV2 is a lexer's too);
		// APIKeyPublic is no qualifier here, so stays Plain.
		if prefix := words[:n-1]; classifyWords(prefix) == Secret && !weakWords(prefix) {
			return Secret
		}
	}
	return Plain
}

// trailingQualifiers, after a strong credential phrase, say which of
// several credentials the name holds (APIKeyPrivate, accessTokenV2 — the
// digits split off as "v" —, SecretKeyLive), not what it is about.
var trailingQualifiers = map[string]bool{
	"private": true, "v": true, "live": true, "prod": true, "production": true,
	"primary": true, "secondary": true, "current": true,
}

var reprWords = map[string]bool{
	"value": true, "val": true, "str": true, "string": true, "bytes": true,
	"raw": true, "plain": true, "plaintext": true, "b64": true, "base64": true,
	"encoded": true, "data": true, "text": true,
}

// splitWords lowercases name and splits it at case changes, digits and
// punctuation: "XAPIKey" -> x api key, "SURESEND_API_TOKEN" -> suresend api
// token, "x-system-id" -> x system id.
func splitWords(name string) []string {
	var words []string
	runes := []rune(name)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, strings.ToLower(string(runes[start:end])))
		}
		start = -1
	}
	for i, r := range runes {
		if !unicode.IsLetter(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		if unicode.IsUpper(r) {
			prevLower := unicode.IsLower(runes[i-1])
			nextLower := i+1 < len(runes) && unicode.IsLower(runes[i+1])
			if prevLower || (unicode.IsUpper(runes[i-1]) && nextLower) {
				flush(i)
				start = i
			}
		}
	}
	flush(len(runes))
	return joinCompounds(words)
}

// joinCompounds keeps compound names whole where the parts mean less than
// the whole: "api" "key" stays two words, but "o" "auth" is "oauth".
func joinCompounds(words []string) []string {
	out := make([]string, 0, len(words)+1)
	for i := 0; i < len(words); i++ {
		if words[i] == "xapi" { // XAPIKey
			out = append(out, "x", "api")
			continue
		}
		if words[i] == "o" && i+1 < len(words) && words[i+1] == "auth" {
			out = append(out, "oauth")
			i++
			continue
		}
		out = append(out, words[i])
	}
	return out
}

// credentialHeaders are request headers whose value is a credential.
var credentialHeaders = map[string]bool{
	"authorization": true, "proxy-authorization": true, "x-api-key": true,
	"api-key": true, "apikey": true, "x-auth-token": true, "x-access-token": true,
	"x-system-id": true, "cookie": true, "set-cookie": true,
	"x-amz-security-token": true, "x-goog-api-key": true, "x-vault-token": true,
	"private-token": true,
}

// syntaxOwners are types whose "tokens" are syntax: the token of a parser,
// lexer or scanner is a lexeme, not a credential (go/internal/gccgoimporter's
// parser.TokenString, internal/trace's textReader.readToken).
var syntaxOwners = map[string]bool{
	"parser": true, "lexer": true, "lex": true, "scanner": true,
	"tokenizer": true, "tokeniser": true, "reader": true, "decoder": true,
}

// OwnedBySyntax reports whether the fields and methods of a type of this
// name are about syntax rather than credentials.
func OwnedBySyntax(typeName string) bool {
	// Asked of every function's package and receiver type: memoised as
	// IsStrongName is.
	if v, ok := syntaxOwned.Load(typeName); ok {
		return v.(bool)
	}
	v := false
	for _, w := range splitWords(typeName) {
		if syntaxOwners[w] {
			v = true
			break
		}
	}
	syntaxOwned.Store(typeName, v)
	return v
}

var syntaxOwned sync.Map

// IsWeakName reports whether a name that ClassifyName calls Secret is
// ambiguous on its own: a bare or unqualified "token" (token, tokens,
// tokenValue, challengeToken's kin that are not listed as not-secret). The
// flow model counts a value of such a name as a credential only with
// corroboration found in its package: it is read from a credential source
// or used as one (set into a credential header, passed to SetBasicAuth…).
// Strong names (password, apiKey, accessToken, clientSecret, systemID)
// stand alone.
func IsWeakName(name string) bool { return weakWords(splitWords(name)) }

func weakWords(words []string) bool {
	if n := len(words); n > 1 && reprWords[words[n-1]] {
		words = words[:n-1]
	}
	n := len(words)
	if n == 0 || classifyWords(words) != Secret {
		return false
	}
	switch words[n-1] {
	case "token", "tokens":
		return n == 1 || !strongTokenQualifiers[words[n-2]]
	case "auth":
		return true
	}
	return false
}

// IsStrongName reports whether a name alone says the value is a credential:
// ClassifyName calls it Secret and it is not weak (IsWeakName).
func IsStrongName(name string) bool {
	if v, ok := strongNames.Load(name); ok {
		return v.(bool)
	}
	v := ClassifyName(name) == Secret && !IsWeakName(name)
	strongNames.Store(name, v)
	return v
}

// strongNames remembers IsStrongName: the evidence walk asks it of every
// field key and parameter name at every call and literal, and a package
// repeats few names many times.
var strongNames sync.Map

// IsCredentialHeader reports whether a header of this name (any case)
// carries a credential value.
func IsCredentialHeader(name string) bool {
	n := strings.ToLower(strings.TrimSpace(name))
	if credentialHeaders[n] {
		return true
	}
	return strings.HasPrefix(n, "x-") && ClassifyName(n) == Secret
}

// IsCredentialEnv reports whether an environment variable of this name
// holds a credential (SURESEND_API_TOKEN, SENT_API_KEY), not a reference to
// one (GITHUB_TOKEN_URL, VAULT_SECRET_PATH).
func IsCredentialEnv(name string) bool { return ClassifyName(name) == Secret }

// IsFixtureName reports whether a name says its value is a stand-in for
// documentation or tests (DemoToken, exampleAPIKey, testPassword,
// fakeSecret, mockToken, sampleKey, dummyPassword). Such a value gets the
// test-file policy: a vendor-format key still reports, a value that only
// a context rule or a password name makes a secret does not.
func IsFixtureName(name string) bool {
	for _, w := range splitWords(name) {
		switch w {
		case "demo", "example", "sample", "dummy", "fake", "mock", "test", "testing", "fixture":
			return true
		}
	}
	return false
}
