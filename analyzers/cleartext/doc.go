// Package cleartext defines an Analyzer that reports credentials sent over
// plain HTTP or to a server whose certificate is not verified.
//
// # Analyzer cleartext
//
// cleartext: report credentials sent over http:// or with TLS verification off
//
// The API guides require HTTPS for every request: an Authorization or
// API-key header sent over plain HTTP can be read, and replayed, by anyone
// on the path — proxies, Wi-Fi, a compromised router. Turning certificate
// verification off (InsecureSkipVerify) is the same in practice: anyone on
// the path can pose as the server and collect the credentials.
//
// The check reports:
//
//   - a request that carries credentials (as the ratelimit check defines
//     it: an Authorization or API-key header, basic auth, an oauth2 client,
//     a resty client with an auth token) made for an http:// URL that is a
//     constant, or is built from one: a concatenation or fmt.Sprintf that
//     starts with it, url.Parse of it, or a base URL field or variable
//     whose value in the package is one; also resty's
//     SetBaseURL("http://…") on a client with credentials;
//   - `InsecureSkipVerify: true` (in a tls.Config literal or an
//     assignment) in a function that sends credentials or builds a client
//     holding them, or in a function such a function calls; not under
//     `if cfg.Insecure`, nor in an exported option named for it that
//     takes no credential (WithInsecureSkipVerify()): the user's choice.
//
// Loopback hosts (localhost, 127.0.0.0/8, ::1) and link-local addresses
// (169.254.169.254, where cloud metadata services answer only over HTTP)
// are not reported, nor are URLs whose host is not a constant, nor test
// files.
package cleartext
