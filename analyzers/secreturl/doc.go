// Package secreturl defines an Analyzer that reports credentials put into
// URLs.
//
// # Analyzer secreturl
//
// secreturl: report credentials put into a URL's query string or user info
//
// The API guides say it plainly: send the key in the Authorization (or
// X-Api-Key) header, never in URLs or query parameters. A URL is written
// to access logs by every server and proxy on its way, kept in browser
// history, sent on in Referer headers and pasted into bug reports.
//
// The check reports:
//   - a URL built with +, fmt.Sprintf, a strings.Builder (WriteString,
//     fmt.Fprintf) or path.Join whose query carries a credential value
//     (?q= + token) or a credential parameter (api_key=, apikey=, token=,
//     access_token=, key=, secret=, password=, client_secret=) with a
//     value that is not a constant;
//   - url.Values given such a key or a credential value by Set, Add or a
//     literal, then used as a URL's query: u.RawQuery = v.Encode(),
//     url.URL{RawQuery: v.Encode()}, "…?" + v.Encode() or a request URL
//     (http.Get, http.NewRequest) built from it, when the URL's scheme is
//     http, https, ws, wss or not known (a URL of another scheme is a
//     configuration string, never requested). Several credentials in one
//     query make one finding. The same values sent as a form body are
//     fine and not reported;
//   - whether text is a URL is decided by where it goes: text handed to
//     a database driver as its data source name (sql.Open, a driver's
//     Open or OpenConnector), directly or through variables and the
//     package's functions, and never used as a URL, is a connection
//     string the driver parses, not a request; so is text that starts
//     with another scheme (postgres://), or with user info not after
//     "//" (url.QueryEscape(user) + ":" + … + "@" + host, a DSN);
//   - url.UserPassword or url.User with a credential in a URL whose scheme
//     is http or https (or unknown, in a function that makes HTTP
//     requests); database and other DSNs with another scheme are left
//     alone, and so is a url.URL literal, or a url.URL of the function's
//     own whose User is assigned, whose text is only given to net/http's
//     client (http.Get, Head, Post, PostForm, or http.NewRequest whose
//     request is only sent by Client.Do) or to a redacting function
//     (u.Redacted(), redactURL), directly, through local variables, the
//     package's functions or the results of its unexported functions
//     whose every call outside tests is so given: the client sends user
//     info as Basic auth and stars its password out of the errors it
//     returns.
//
// Credentials are what credlint's model knows: strong credential names,
// ambiguous ones (a bare token) only when the package corroborates them
// (reads them from a credential source or uses them as one elsewhere),
// os.Getenv of a credential-named variable, values read from credential
// headers, and values derived from them through the package (fields,
// helpers' results, credential getters of other packages by their
// facts). It stays silent on OAuth token endpoints (token_url,
// /oauth/token), grant_type, response_type=token, pagination parameters
// and cursors (page_token=, next_token=, a pageToken value), lock, lease
// and cancellation tokens (lock-token=), constant
// values, numbers and flags formatted by strconv, and presigned URLs:
// a function that also puts a signature into the URL (X-Amz-Signature,
// X-Goog-Signature, Signature=) builds a URL whose query is meant to carry
// its time-limited credentials, and so does a function that returns a
// URL it signs (an HMAC, a Sign… function or a function of the package
// that signs is given the URL or the request: qiniu's MakePrivateURL),
// except for the key it signs with; and the key ID parameters of presigned
// URLs wherever the signature is added (X-Amz-Credential,
// x-oss-credential, AWSAccessKeyId, OSSAccessKeyId, GoogleAccessId), which
// name the key: the secret never travels. Text shaped as a query that
// stands alone (it starts with name= and has no '?': a form body,
// "IV=%s&CipherKey=%s") is no URL unless it is assigned to a RawQuery.
//
// Suppress a finding with `//credlint:ignore secreturl <reason>` on the
// line or the line above.
package secreturl
