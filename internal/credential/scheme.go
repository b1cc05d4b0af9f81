package credential

import (
	"reflect"
	"strings"
)

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

// bearerQualifiers, before a final "token", say the token is an OAuth2 or
// bearer token (accessToken, bearerToken, oauthToken, idToken): a value the
// server reads after "Bearer ".
func bearerQualifiers(w string) bool {
	switch w {
	case "access", "bearer", "oauth", "oidc", "id":
		return true
	}
	return false
}

// IsBearerName reports whether a bare token of this name is one that
// servers take after the Bearer scheme: an OAuth2 access or ID token, a
// bearer token, a JWT (accessToken, BearerToken, oauthToken, idToken, jwt,
// GITHUB_ACCESS_TOKEN). An API key or a token the vendor issues (apiKey,
// token, authToken, DISCORD_TOKEN) says nothing about the scheme: many
// vendors take it bare, or issue it with its own scheme ("Apikey …",
// "Bot …").
func IsBearerName(name string) bool {
	words := splitWords(name)
	if len(words) > 1 && reprWords(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if len(words) == 0 || classifyWords(words) != Secret {
		return false
	}
	for _, w := range words {
		if w == "bearer" || w == "oauth" || w == "jwt" {
			return true
		}
	}
	switch last := words[len(words)-1]; last {
	case "accesstoken", "idtoken":
		return true
	case "token":
		return len(words) > 1 && bearerQualifiers(words[len(words)-2])
	}
	return false
}

// IsBearerTag reports whether a struct field with this tag holds a token
// endpoint's answer read as a bearer token: `json:"access_token"`,
// `json:"id_token"` (RFC 6749 section 5.1, OpenID Connect).
func IsBearerTag(tag string) bool {
	for _, key := range [...]string{"json", "yaml", "mapstructure"} {
		name, _, _ := strings.Cut(reflect.StructTag(tag).Get(key), ",")
		if name == "access_token" || name == "id_token" {
			return true
		}
	}
	return false
}

// bearerVendors are the vendors whose API guides require their key or
// token after the Bearer scheme, by API host and by the prefix of the
// environment variables that hold their keys (SURESEND_API_TOKEN). Only
// vendors whose guide says so: Sure Send ("Authorization: Bearer
// YOUR_API_TOKEN", api.suresend.ai), AutoSend ("Authorization: Bearer
// YOUR_API_KEY", api.autosend.com), Sendook ("your API key as a Bearer
// token"; its guide names no host). Sent's guide wants x-api-key: not here.
var bearerVendors = [...]struct{ host, env string }{
	{"api.suresend.ai", "SURESEND"},
	{"api.autosend.com", "AUTOSEND"},
	{"", "SENDOOK"},
}

// IsBearerVendorEnv reports whether an environment variable of this name
// holds the key of a vendor whose API guide requires Bearer
// (SURESEND_API_TOKEN).
func IsBearerVendorEnv(name string) bool {
	first, _, _ := strings.Cut(strings.ToUpper(name), "_")
	for _, v := range bearerVendors {
		if first == v.env {
			return true
		}
	}
	return false
}

// IsBearerVendorHost reports whether the API at this host (a name, no
// port) requires the Bearer scheme by its vendor's guide.
func IsBearerVendorHost(host string) bool {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	for _, v := range bearerVendors {
		if v.host != "" && host == v.host {
			return true
		}
	}
	return false
}
