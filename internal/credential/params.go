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
		case secretWords[w]:
			secret = true
		}
	}
	if !secret {
		return false
	}
	for _, w := range words {
		if notSecretQualifiers[w] {
			return true
		}
	}
	return false
}
