package credential

import (
	"go/types"
	"slices"
	"strings"
	"sync"

	"github.com/credlint/credlint/internal/astutil"
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
func secretWords(w string) bool {
	switch w {
	case "token", "tokens", "secret", "secrets",
		"password", "passwd", "passphrase", "pw", "pwd",
		"credential", "credentials", "creds", "cred",
		"apikey", "apitoken", "bearer", "authorization",
		"clientsecret", "privatekey", "accesstoken",
		"refreshtoken", "idtoken", "authtoken", "jwt":
		return true
	}
	return false
}

// keyQualifiers make a trailing "key" a secret key (apiKey, privateKey);
// any other "key" is a lookup key (cacheKey, tokenKey, keyName).
func keyQualifiers(w string) bool {
	switch w {
	case "api", "secret", "private", "access", "signing",
		"encryption", "master", "client", "app",
		"service", "account", "license", "auth",
		"session", "hmac", "shared", "consumer",
		"subscription", "write", "admin", "live":
		return true
	}
	return false
}

// idQualifiers make a trailing "id" a credential: Sure Send's system ID is
// sent as a secret header and rate-limits per holder.
func idQualifiers(w string) bool {
	switch w {
	case "system":
		return true
	}
	return false
}

// aboutWords, as the last word, make a name describe a secret rather than
// hold one (tokenURL, secretName, passwordHash, apiKeyHeader).
func aboutWords(w string) bool {
	switch w {
	case "url", "urls", "uri", "endpoint", "host",
		"type", "types", "kind", "name", "names",
		"path", "paths", "file", "filename", "dir",
		"field", "fields", "header", "headers",
		"param", "params", "query", "env", "var",
		"len", "length", "size", "count", "num",
		"id", "ids", "ref", "refs", "prefix",
		"suffix", "format", "pattern", "regex",
		"re", "label", "mode", "policy", "provider",
		"source", "store", "manager", "service",
		"client", "config", "cfg", "expiry", "expires",
		"expiration", "exp", "ttl", "at", "time",
		"duration", "hash", "hashed", "digest",
		"mask", "masked", "redacted", "valid",
		"cache", "location", "request", "response",
		"req", "resp", "err", "error", "status",
		"version", "index", "idx", "scope", "scopes",
		"flow", "key", "keys", "set", "ok",
		"fn", "func", "method", "option", "options",
		"placeholder", "hint", "rotation",
		"usage", "stats", "info", "metadata",
		"generator", "issuer", "parser", "validator",
		"lifetime", "sha", "sha256", "fingerprint":
		return true
	}
	return false
}

// IsLocatorName reports whether a name says its value says where
// something is or goes, so that a credential built with it is for that
// place and the value no part of the secret: its last word is a URL,
// host, address, path or file name (partnerURL, baseURI, authHost,
// reqPath, serverAddr; filename: syncthing's FileKey derives one key per
// file from the folder key and the file's name), or the server a request
// goes to (Destination: Matrix's X-Matrix value names it beside the
// signature). Not dst or dest: those name the buffer a key is copied or
// derived into.
func IsLocatorName(name string) bool {
	words := splitWords(name)
	if len(words) == 0 {
		return false
	}
	switch words[len(words)-1] {
	case "url", "urls", "uri", "endpoint", "host", "hostname", "domain",
		"addr", "address", "origin", "path", "server", "href", "link",
		"filename", "file", "dir", "destination":
		return true
	}
	return false
}

// notSecretQualifiers anywhere before the secret word mean the value is not
// an access credential: pagination cursors and anti-CSRF tokens are meant to
// travel in URLs and forms; lexer tokens are syntax.
func notSecretQualifiers(w string) bool {
	switch w {
	case "page", "next", "prev", "previous",
		"continuation", "sync", "cursor", "pagination",
		"resume", "csrf", "xsrf", "last", "start",
		"end", "marker", "public", "num", "max",
		"min", "has", "is", "no", "invalid",
		"expected", "unexpected", "lexer", "parse",
		// Lexing verbs: readToken(line), scanToken, peekToken read syntax.
		"read", "scan", "peek", "lex", "consume",
		"expect", "skip", "unread", "split",
		// Verbs that judge a secret return what they found, not the secret:
		// validateCookieSecret returns its complaints about the cookie secret.
		"validate", "check",
		// A hashed, masked or encrypted secret is what is safe to show: names
		// about a credential, not one (hashedPassword, encryptedPassword).
		"hashed", "hash", "masked", "redacted",
		"truncated", "obfuscated", "encrypted", "crypted",
		"salted", "sealed", "wrapped",
		// Tokens that prove something other than identity: an ACME challenge's
		// token, an e-mail verification or password-reset link's, a request's
		// idempotency key.
		"challenge", "verification", "verify", "idempotency",
		"nonce", "state":
		return true
	}
	return false
}

// tokenKinds, just before a trailing "token", say which kind of token
// it is other than an access credential: a lock's (WebDAV's Lock-Token,
// Proxmox's SDN lock-token: an id that releases a lock its holder took,
// after authenticating separately), a lease's or fencing token, a
// cancellation's. Only for "token": a lockPassword is still a password.
func tokenKinds(w string) bool {
	switch w {
	case "lock", "locking", "lease", "fencing", "cancel", "cancellation":
		return true
	}
	return false
}

// strongTokenQualifiers make a trailing "token" a credential on the name
// alone (accessToken, apiToken, botToken); a bare or otherwise qualified
// token (token, challengeToken, deviceToken) is ambiguous: see IsWeakName.
func strongTokenQualifiers(w string) bool {
	switch w {
	case "api", "access", "refresh", "auth", "id",
		"bearer", "session", "oauth", "bot", "personal",
		"service", "app", "client", "admin", "vault",
		"github", "gitlab", "slack", "security",
		"account", "secret", "private", "user", "pat":
		return true
	}
	return false
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
	words := splitWords(name)
	k := classifyWords(words)
	if i := slices.Index(words, "from"); k == Secret && i > 0 && i < len(words)-1 {
		// issuerFromJWT, userFromToken: the words before "from" name the
		// value, the ones after where it was taken from. Only to take a
		// credential's name back: tokenFromString stays what it was.
		if classifyWords(words[:i]) != Secret {
			k = Plain
		}
	}
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
	case secretWords(last) || last == "key" && keyQualifiers(prev) || last == "id" && idQualifiers(prev):
		if acmeKeyAuthorization(words) {
			return Plain
		}
		for _, w := range words[:n-1] {
			if notSecretQualifiers(w) {
				return Plain
			}
		}
		if (last == "token" || last == "tokens") && tokenKinds(prev) {
			return Plain
		}
		return Secret
	case n == 1:
		return Plain
	case aboutWords(last):
		// tokenURL, apiKeyHeader, passwordHash; but cacheKey is just Plain.
		if classifyWords(words[:n-1]) == Secret {
			return About
		}
		for _, w := range words[:n-1] {
			if secretWords(w) {
				return About
			}
		}
	case reprWords(last):
		// apiKeyValue, tokenStr, secretBytes: a secret in some representation.
		return classifyWords(words[:n-1])
	case trailingQualifiers(last):
		// APIKeyPrivate, clientSecretV2: a strong credential phrase, then
		// which one. A weak prefix stays Plain (tokenV2 is a lexer's too);
		// APIKeyPublic is no qualifier here, so stays Plain.
		if prefix := words[:n-1]; classifyWords(prefix) == Secret && !weakWords(prefix) {
			return Secret
		}
	}
	return Plain
}

// acmeKeyAuthorization reports whether words name ACME's key authorization
// (RFC 8555 §8.1: the challenge token and the account key's thumbprint),
// the proof a client serves to the CA on purpose (certmagic's
// KeyAuthorization, lego's keyAuth). An authorization by a qualified key
// (apiKeyAuthorization) is still a credential.
func acmeKeyAuthorization(words []string) bool {
	n := len(words)
	if n < 2 || words[n-2] != "key" || words[n-1] != "authorization" && words[n-1] != "auth" {
		return false
	}
	return n == 2 || !keyQualifiers(words[n-3])
}

// trailingQualifiers, after a strong credential phrase, say which of
// several credentials the name holds (APIKeyPrivate, accessTokenV2 — the
// digits split off as "v" —, SecretKeyLive), not what it is about.
func trailingQualifiers(w string) bool {
	switch w {
	case "private", "v", "live", "prod", "production",
		"primary", "secondary", "current":
		return true
	}
	return false
}

func reprWords(w string) bool {
	switch w {
	case "value", "val", "str", "string", "bytes",
		"raw", "plain", "plaintext", "b64", "base64",
		"encoded", "data", "text":
		return true
	}
	return false
}

// splitWords lowercases name and splits it into words (astutil.Words),
// keeping compounds whole: "XAPIKey" -> x api key, "SURESEND_API_TOKEN" ->
// suresend api token, "x-system-id" -> x system id.
func splitWords(name string) []string {
	return joinCompounds(astutil.Words(name))
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
func credentialHeaders(w string) bool {
	switch w {
	case "authorization", "proxy-authorization", "x-api-key",
		"api-key", "apikey", "x-auth-token", "x-access-token",
		"x-system-id", "cookie", "set-cookie",
		"x-amz-security-token", "x-goog-api-key", "x-vault-token",
		"private-token":
		return true
	}
	return false
}

// syntaxOwners are types whose "tokens" are syntax: the token of a parser,
// lexer or scanner is a lexeme, not a credential (go/internal/gccgoimporter's
// parser.TokenString, internal/trace's textReader.readToken).
func syntaxOwners(w string) bool {
	switch w {
	case "parser", "lexer", "lex", "scanner",
		"tokenizer", "tokeniser", "reader", "decoder":
		return true
	}
	return false
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
		if syntaxOwners(w) {
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
	if n := len(words); n > 1 && reprWords(words[n-1]) {
		words = words[:n-1]
	}
	n := len(words)
	if n == 0 || classifyWords(words) != Secret {
		return false
	}
	switch words[n-1] {
	case "token", "tokens":
		return n == 1 || !strongTokenQualifiers(words[n-2])
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
	if credentialHeaders(n) {
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

// accessKeyID reports whether field obj of a struct of type recv is the
// ID half of a key pair: named accessKey (AWS, MinIO, qiniu, seaweedfs)
// in a struct that holds the secret half under a name with the word
// secret (SecretKey, SecretAccessKey). Alone, an access key may be the
// only secret an API takes, and stays one.
func accessKeyID(obj types.Object, recv types.Type) bool {
	v, ok := obj.(*types.Var)
	if !ok || !v.IsField() {
		return false
	}
	words := splitWords(v.Name())
	if n := len(words); n != 2 || words[0] != "access" || words[1] != "key" {
		return false
	}
	if p, ok := types.Unalias(recv).(*types.Pointer); ok {
		recv = p.Elem()
	}
	st, ok := recv.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		if f != v && ClassifyName(f.Name()) == Secret && slices.Contains(splitWords(f.Name()), "secret") {
			return true
		}
	}
	return false
}
