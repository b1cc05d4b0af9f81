// Package authscheme defines an Analyzer that reports Authorization
// headers built in the wrong form.
//
// # Analyzer authscheme
//
// authscheme: report Authorization headers with a malformed or missing Bearer scheme
//
// The API guides agree on one form: `Authorization: Bearer <token>`, with
// "Bearer" capitalised and one space before the token. Servers that
// compare the scheme exactly (as many do, despite RFC 9110) answer any
// other form with 401 Unauthorized, and a request that works against one
// API fails against the next.
//
// The check looks wherever a request header is written: http.Header's Set
// and Add, req.Header["…"] = …, http.Header{…} literals, and resty's
// SetHeader, SetHeaders, SetAuthToken and SetAuthScheme (v2 and v3). For
// the Authorization header (the name in any case) it reads how the value
// starts, through concatenations, fmt.Sprintf formats and local variables
// assigned once, and reports:
//
//   - the scheme in another case: "bearer " + tok;
//   - no space, extra spaces or a colon: "Bearer" + tok, "Bearer  " + tok,
//     " Bearer " + tok, "Bearer: " + tok;
//   - the scheme twice: "Bearer Bearer " + tok, or "Bearer " + auth where
//     auth already starts with "Bearer ", or SetAuthToken("Bearer " + tok)
//     (resty adds the scheme itself);
//   - the header name in the value: "Authorization: Bearer " + tok;
//   - a bare token: Header.Set("Authorization", accessToken) — "missing
//     Bearer scheme". Only a token the server takes after Bearer by the
//     evidence: an OAuth2 or bearer token by its name (accessToken,
//     bearerToken, os.Getenv("GITHUB_ACCESS_TOKEN")), a value read from a
//     token endpoint's `json:"access_token"`, a variable or field the
//     package sends after "Bearer " elsewhere, or a vendor whose API guide
//     requires Bearer (Sure Send, AutoSend, Sendook): a key read from its
//     environment variable (os.Getenv("SURESEND_API_TOKEN")), or any bare
//     token of a package whose only API host is such a vendor's
//     (api.suresend.ai, api.autosend.com). An API key or vendor token
//     without such evidence (apiKey, token, authToken) is left alone: many
//     vendors take it bare or issue it with its own scheme ("Apikey …",
//     "Bot …"). Not authorization, authHeader, credentials or a forwarded
//     Header.Get("Authorization"); nor a variable or field every
//     assignment in the package fills with a scheme and the token
//     (s.IAMToken = fmt.Sprintf("%s %s", tok.TokenType, tok.AccessToken),
//     or "Bearer " + tok);
//   - credential headers written into the header map under a
//     non-canonical name (req.Header["x-system-id"] = …): Header.Get will
//     not find them, and a later Set adds a second copy (not in a function
//     that writes its other headers the same way: a convention).
//
// Each finding has a suggested fix where the text to change is one string
// literal (rewrite the scheme, prepend "Bearer ", use Header.Set); `credlint
// -fix` applies it.
//
// Other schemes are left alone: Basic (SetBasicAuth or "Basic " + base64),
// Digest, and vendor schemes such as GitHub's "token". With
// -authscheme.strict, schemes outside the IANA registry ("Token", "Bot",
// "SSWS") are reported too.
//
// Test files are not checked: tests send malformed headers on purpose to
// see them rejected.
package authscheme
