// Package secretlog defines an Analyzer that reports credentials written
// to logs, standard output or error messages.
//
// # Analyzer secretlog
//
// secretlog: report credentials that reach a log line or an error message
//
// Every vendor's API guide says it: never log tokens. Logs are shipped,
// indexed, kept for months and read by people who must not hold the key;
// error messages end up in logs, API responses and bug reports.
//
// The check follows credential values inside each function to the
// arguments of a log or error sink. Credentials are what credlint's model
// knows: variables, fields, parameters and functions named like a secret
// (token, apiKey, clientSecret, systemID), os.Getenv of a credential-named
// variable (SURESEND_API_TOKEN), values read from a credential header
// into a variable, and anything derived from those in the function by
// assignment, concatenation, fmt.Sprintf, string conversion, strings
// functions or a struct, map or slice literal. Printing a struct whose
// fields include a credential (%v, %+v, slog.Any, zap.Any) is reported
// too, unless the type has a String, Error or LogValue method that decides
// what shows.
//
// Sinks are matched by package path: log and log/slog (functions, *Logger
// methods, slog.String/Any/Group attributes), fmt.Print* and fmt.Fprint*
// to os.Stdout or os.Stderr, testing's Log*, Error*, Fatal* and Skip*,
// go.uber.org/zap (Logger, SugaredLogger, zap.String/Any/Reflect fields),
// github.com/sirupsen/logrus (WithField(s), Infof…), github.com/rs/zerolog
// (Str, Interface… and Msg), k8s.io/klog/v2, github.com/golang/glog,
// github.com/hashicorp/go-hclog, go-logr, and the error constructors
// fmt.Errorf and errors.New. A function of the same package that passes a
// parameter on to a sink is a sink too (a log wrapper); wrappers in other
// packages are not followed.
//
// It stays silent on values that do not show the secret: len(token),
// token != "", a value passed through a redacting or hashing function
// (sha256, names containing redact, mask, hash, obfuscate, fingerprint),
// the scheme half of strings.SplitN(auth, " ", 2)[0] or strings.Cut, an
// argument printed with %T or %p; and on names about secrets rather than
// secrets (tokenURL, tokenType, secretName), pagination and cursor tokens
// (pageToken, nextToken, NextPageToken, continuationToken, syncToken) and
// CSRF tokens. Headers and whole requests are headerlog's: a direct
// Header.Get("Authorization") in a log call is reported there, not here.
//
// Log that a credential is set, or a redacted form of it, never the value.
// Suppress a finding with `//credlint:ignore secretlog <reason>` on the line
// or the line above.
package secretlog
