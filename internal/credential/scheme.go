package credential

// bareWords, as the last word of a credential's name, say it holds the
// token alone, which an Authorization header needs a scheme before; a name
// ending in authorization, auth, header, credentials or password may hold
// the whole header value or a Basic pair.
func bareWords(w string) bool {
	switch w {
	case "token", "apitoken", "accesstoken", "authtoken",
		"idtoken", "jwt", "apikey", "key", "secret",
		"clientsecret":
		return true
	}
	return false
}

// IsBareToken reports whether a credential of this name (variable, field,
// function or environment variable) holds a bare token: apiToken,
// accessToken, SURESEND_API_TOKEN, cfg.APIKey(); not authorization,
// authHeader, credentials or password.
func IsBareToken(name string) bool {
	words := splitWords(name)
	if len(words) > 1 && reprWords(words[len(words)-1]) {
		words = words[:len(words)-1] // tokenValue, apiKeyStr
	}
	if len(words) == 0 || classifyWords(words) != Secret {
		return false
	}
	return bareWords(words[len(words)-1])
}

// IsSchemeName reports whether a value of this name holds an
// Authorization scheme: tokenType (OAuth2's token_type, "Bearer"),
// authScheme, scheme.
func IsSchemeName(name string) bool {
	words := splitWords(name)
	if len(words) == 0 {
		return false
	}
	switch words[len(words)-1] {
	case "scheme":
		return true
	case "type":
		return len(words) > 1 && (words[len(words)-2] == "token" || words[len(words)-2] == "auth")
	}
	return false
}
