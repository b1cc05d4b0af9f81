package credential

import "strings"

// IsCredentialParam reports whether a URL query parameter of this name
// carries a credential: api_key, apikey, access_token, token, key, secret,
// password, client_secret. Pagination and OAuth flow parameters (page_token,
// grant_type, response_type, token_type) do not.
func IsCredentialParam(name string) bool {
	switch strings.ToLower(name) {
	case "key", "auth", "pass", "pwd", "sig_key":
		return true
	}
	return ClassifyName(name) == Secret
}

// namesID reports whether a value's name says it is an identifier
// (ClientID, appID, KeyID) and not, as systemID is, a credential.
func namesID(name string) bool {
	w := splitWords(name)
	return len(w) > 0 && w[len(w)-1] == "id" && ClassifyName(name) == Plain
}

func endsWithKey(param string) bool {
	w := splitWords(param)
	return len(w) > 0 && w[len(w)-1] == "key"
}

// NamesOtherValue reports whether a value named valueName, put under the
// ambiguous query parameter param ("key": an API key, or a cache, object or
// sort key), says it is something else: q.Set("key", prefix) filters a
// listing by a key prefix; an identifier under a key parameter
// (client_key=ClientID) is the ID half of a key pair. A credential-named
// value, a nondescript one (v, val, value, s), one named after the
// parameter (c.Key, mapsKey) and an unambiguous parameter (api_key) say
// nothing.
func NamesOtherValue(param, valueName string) bool {
	if namesID(valueName) && endsWithKey(param) {
		return true // v.Add("client_key", cfg.ClientID): TikTok's name for the client ID
	}
	switch strings.ToLower(param) {
	case "key", "auth", "sig", "signature", "code":
	default:
		return false
	}
	if len(valueName) <= 2 || ClassifyName(valueName) != Plain || IsWeakName(valueName) ||
		strings.Contains(strings.ToLower(valueName), strings.ToLower(param)) {
		return false
	}
	switch strings.ToLower(valueName) {
	case "val", "value", "str", "param", "arg", "data", "raw", "input", "secret":
		return false
	}
	return true
}

// InURLBySpec reports whether a protocol defines the query parameter of
// this name to carry its value in the URL, and the value is no secret to
// keep out of it: OpenID Connect RP-Initiated Logout sends the ID token the
// user logged in with as id_token_hint to the provider that issued it; a
// presigned URL names the key that signed it (see KeyIDParam).
func InURLBySpec(name string) bool {
	return strings.EqualFold(name, "id_token_hint") || KeyIDParam(name)
}

// KeyIDParam reports whether a query parameter carries the ID of an
// access key, as presigned URLs do: SigV4's X-Amz-Credential (the key ID
// and the signing scope; Google's X-Goog-Credential and Aliyun OSS's
// x-oss-credential alike), SigV2's AWSAccessKeyId, Aliyun's
// OSSAccessKeyId, GCS's GoogleAccessId. The secret key never travels; the
// signature beside the ID is what grants access (see secreturl's
// presigners).
func KeyIDParam(name string) bool {
	w := splitWords(name)
	switch n := len(w); {
	case n == 3 && w[0] == "x" && w[2] == "credential":
		return true
	case n >= 2 && w[n-1] == "id" && (w[n-2] == "key" || w[n-2] == "access" || w[n-2] == "accesskey"):
		return true
	}
	return false
}

// IsCursor reports whether a name holds a pagination or sync token
// (pageToken, nextToken, NextPageToken, continuationToken, syncToken,
// cursor): a token meant to travel in URLs, not a credential.
func IsCursor(name string) bool {
	words := splitWords(name)
	secret := false
	for _, w := range words {
		switch {
		case w == "cursor" || w == "marker" || w == "offset":
			return true
		case secretWords(w):
			secret = true
		}
	}
	if !secret {
		return false
	}
	for _, w := range words {
		if notSecretQualifiers(w) {
			return true
		}
	}
	return false
}
