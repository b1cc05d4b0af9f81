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
// The check follows credential values through the package to the
// arguments of a log, error, panic or response sink. A name that can only
// mean a secret (password, pw, secret, apiKey, accessToken, refreshToken,
// bearer, privateKey, clientSecret, cred, authToken, systemID) stands
// alone; an ambiguous one (a bare token, key, auth, code, signature,
// nonce) is a credential only when the package corroborates it: the value
// is read from a credential source (os.Getenv of a credential-named
// variable, or a function or method named Getenv, LookupEnv, GetEnv or
// Env that takes its name: buf's container.Env("BUF_TOKEN"), a struct field a config loader fills from one by its env or
// envconfig tag, a credential header, a credential field) or used as one
// somewhere in the package (set into Authorization, X-Api-Key or any
// header named like a credential or valued "Bearer "+x, passed to
// SetBasicAuth, url.UserPassword, oauth2.Token{AccessToken: x}, a
// parameter or field named like a credential, an option such as
// WithAPIKey, or put under a query parameter named for a credential,
// ?token= or &access_token=, by + or fmt.Sprintf). The ACME challenge token a DNS provider's CleanUp receives
// is not a credential; a client's token sent as Bearer is.
//
// Values are followed through assignment, concatenation, fmt.Sprintf,
// conversions, strings and base64 functions, struct, map and slice
// literals, fields of the package's types (field-based), maps and slices
// written by index or append, range, closures and generics; through the
// package's functions by summary (what they return, which arguments reach
// their result; a call that passes nil gets none of what the function
// reads out of that parameter) and String or Error methods returning a
// credential; and,
// through analysis facts, through the log wrappers, error helpers and
// credential getters of other packages. A request built for a URL that
// carries a credential carries it in req.URL. Printing a struct whose
// fields include a credential (%v, %+v, slog.Any, zap.Any) is reported
// too, unless the type has a String, Error or LogValue method that decides
// what shows — in the method set of what is printed: a printer never takes
// a value's address, so a method of *T does not print a T, and fmt prints
// an unexported field's value by its fields whatever its methods; fmt's verbs (fmt, log, testing and the printf-style methods
// of logrus, klog, glog and zap's SugaredLogger) print a pointer nested in
// the struct, *string fields included, as an address, so only what is held
// by value counts there, while structured loggers, which may encode by
// reflection, follow pointers of exported fields (such an encoder leaves
// unexported fields out, so below one only what fmt shows counts). An array or slice literal indexed by a
// constant yields that element alone. An encoder writing to standard output or error (JSON, XML,
// YAML, TOML) is reported for the fields it encodes, and so are
// zap.Reflect, and zap.Any and zerolog's Interface and Any for a value
// without a String, Error or logger marshaler method: they encode it with
// encoding/json, which leaves out json:"-" fields.
//
// Sinks are matched by package path: log and log/slog (functions, *Logger
// methods, slog.String/Any/Group attributes), fmt.Print*, fmt.Fprint* and
// io.WriteString to os.Stdout, os.Stderr, a variable or field the package
// assigns one of them (a trace writer that defaults to os.Stdout) or a
// writer named as a log
// (c.Log, debugLog, logWriter) and Write on such a writer, testing's Log*, Error*,
// Fatal* and Skip*, go.uber.org/zap, github.com/sirupsen/logrus,
// github.com/rs/zerolog, k8s.io/klog/v2, github.com/golang/glog,
// github.com/hashicorp/go-hclog, go-logr, a function or a concrete type's
// method of a logging package by the last element of its path (log,
// logger, logging, logs, xlog, logx: github.com/caarlos0/log, apex/log, a
// module's internal/logger; not changelog) named for a level and shaped
// like a printing function (as below, or one message string: Debug(msg
// string)), or its WithField(key, value), WithFields or With(keyvals...)
// returning the entry, a method of any logger interface
// (Printf, Debugf, Info, Warnln, Infow…: a level name, variadic values of any type
// last, no result or fmt.Printf's (int, error) — a module's own Logger
// interface, whatever implements it), a call through a func value shaped like a printing function (after
// an optional context.Context, a format string then variadic values,
// variadic values, or one string; no result, or fmt.Printf's (int,
// error)) and named as a logger by the last word of the variable,
// parameter or field (logf, Debugf, Info, Errorln, errorLog, logFunc,
// Verbosef; not logIn, nor a callback such as onToken or onError) or of
// its func type (tailscale's logger.Logf), or assigned a log sink (out :=
// log.Printf; not an errorf that returns an error),
// fmt.Errorf, errors.New, text converted to an error type of the package
// (ConfigErrors([]string{msg}), errString(msg)), panic, the fmt.Sprint* text a String,
// GoString or Error method returns (what every print of the value shows),
// and the response body (http.Error, ResponseWriter.Write, fmt.Fprint* to
// a ResponseWriter) outside tests and examples: a test's handler is a
// stub server answering the code under test, and what it serves is its
// fixture. url.Parse and url.ParseRequestURI are sinks for their
// argument where their error is returned or printed (directly, or through
// functions that pass their parameter to nothing else; not for
// u.String() of a url.URL, which parses again): *url.Error quotes
// the whole URL, so a connection string whose password the package uses
// (u.User.Password()) leaks through `if err != nil { return nil, err }`
// (u, err := url.Parse(x) and var u, err = url.Parse(x) alike); its
// reason alone does not (errors.As(err, &urlErr) then urlErr.Err or
// urlErr.Op, after which the error, always a *url.Error, is never seen).
// A client library's connection URL parser returns that error as it is
// (go-redis' ParseURL, ParseClusterURL and ParseFailoverURL, amqp091-go's
// ParseURI and Dial*): it logs in with the URL's user info, so the URL
// given to it holds a password (redis.ParseURL(opts.ConnectionURL), on
// that value of opts alone), and its error is reported like url.Parse's,
// whatever the facts of the library's own package say. A
// *url.URL printed whole (%v, its String, its User) shows its password:
// it is reported when the URL holds one, its password read in the
// package or url.UserPassword set into it, and its user info never set
// to anything else (nor cleared, u.User = nil, before it is printed);
// u.Redacted() is the fix. A URL built with a
// credential, as a query parameter's value by secreturl's patterns
// (?api_key= + k, or a credential-named key set into url.Values that
// the URL encodes: "?" + v.Encode(), u.RawQuery = v.Encode(),
// url.URL{RawQuery: v.Encode()}), as a password in user info written as text
// ("https://" + user + ":" + pass + "@…", secretlog's own pattern), or a
// credential anywhere in its path or query ("/v1/" + apiKey + "/items"),
// carries it wherever it is printed, through variables, url.Parse, url.JoinPath and URL.JoinPath
// (u.JoinPath("webhooks", id, token)), http.NewRequest, req.WithContext, req.URL
// and the package's helpers that return it (a webhook URL built with the
// token in its path): an error helper that prints a request's URL, or a
// URL given to one.
// net/http's client (Client.Do, Get, Head, Post, PostForm, and http.Get
// and its kin) returns a *url.Error that quotes the request URL: where
// that error is logged, wrapped into an error or returned, and the URL
// carries a credential (its user info password aside, which the client
// stars out), it is reported at that use; the cause alone (errors.As to
// *url.Error, then its Err), a comparison or errors.Is keep it in. A
// function that sends the request or URL its caller gives and returns
// that error (return c.Do(req)), in this package or, by its fact,
// another, passes it on, also when it gives an error of its own only
// where the send gave none (if err == nil && status != 200 { err = … }):
// the call is judged in its caller the same way.
//
// A function that passes a parameter on to a sink is a sink too (a log
// wrapper), in this package or, by its fact, another, and so is a method
// of the package's own interface whose implementations there (tests'
// fakes aside) each pass the parameter on or do nothing (a Logger
// interface whose one implementation prints with a *log.Logger, called
// as GetLogger().Info(format, token)); not for a call that
// passes a non-empty constant to a string parameter that must be empty
// for the value to reach the sink (uriDecode(password, "password") quotes
// raw only without a name), also when a wrapper of it passes its own
// name parameter down. Nor, for a call from another package, for a
// parameter the function prints only on the branch that turns the value
// away for its own shape (len(key) != keyLen, a SplitN without the
// separator, a missing prefix): the caller passes what the function
// takes, and the leak is that function's package's, reported there
// (pion/srtp's CreateContext before v3.0.13). A caller in the same
// package is still reported, and so is a value cut at a constant length
// (keyBytes[:16]) for a function that compares the length with one it
// computes (the profile's key length): the caller guessed it.
//
// One finding per leak: a call that shows several credentials is one
// finding that names them all; where one error variable holds the error
// of one of several requests (sent in different branches), its escape is
// one finding naming each; a parse or dial in each of several branches is
// reported at each, none replacing the error of another. A wrapper that
// leaks a parameter by itself is
// reported inside, not again at each call. That is so when every sink
// argument of the wrapper that carries the parameter is a credential by
// the wrapper's own evidence, what its callers pass left out (a name
// that can only mean a secret, or the value used as a credential in the
// package: sentry-go's NewDsn(rawURL) reads the password of the URL whose
// parse error it returns), or goes to a parameter another wrapper leaks by
// itself, or is reported there for another reason (a value printed or
// encoded whole with its credential field, a URL built with it as a
// credential query value). A generic helper (func wrap(s string) error { return
// fmt.Errorf("bad %s", s) }) knows nothing of its parameter: its callers
// that give it a credential are reported. Across packages the answer
// travels as a fact and counts for a function of the same module; a leak
// inside another module's function, never reported itself, is reported
// at the call that feeds it.
//
// It stays silent on values that do not show the secret: a parse whose
// error is dropped, only compared with nil, or replaced by a fixed message
// before it leaves the function; a value provably
// empty or zero where it is printed (inside if v == "", if p == nil or
// if v == zero after var zero T, also for a helper's parameter, so that
// its callers are not reported: ferretdb's must.NotBeZero(v); or inside
// if err != nil after v, err := f()), the other parts of a value a password is cut out
// of (the host sliced out of a DSN) or what is left of a variable after
// the part was cut off it (Cut(p[:i], ":") then p = p[i+1:]),
// len(token), comparisons,
// a value passed through a sanitizer (crypto/..., hash/..., x/crypto's
// bcrypt, scrypt, argon2, HMAC, encryption, functions named encrypt, crypt
// or seal, regexp replacement, names containing redact, mask, hash,
// obfuscate, fingerprint), the scheme half of strings.SplitN(auth, " ",
// 2)[0] or strings.Cut, an argument printed with %T, with %p when it is a
// pointer, map or slice (a printf-style wrapper is judged by the format its
// caller passes), a pointer to a string printed by fmt (its address), fields an
// encoder leaves out (json:"-", unexported); names about secrets
// (tokenURL, tokenType, secretName, encryptedPassword, passwordHash),
// pagination, cursor, CSRF, challenge, verification, lock, lease and
// cancellation tokens, idempotency keys, a function whose every return is
// a record's key, constants and a value named as an ID that is no
// credential itself (clientKey(cl) returning "CL_" + cl.ID; not a number,
// nor a SessionID), or a bare cl.ID, a log line under an option that
// asks to log secrets, the secret last and plural (if cfg.ShowPasswords,
// if o.LogSecrets; not LogTokenRefresh) and the log fields (a map of any)
// written there, public keys (also a value of a type named …Public,
// …PublicKey or …PubKey, or whose doc comment says it is
// one, in any package of the module: mautrix's id.Ed25519) and key IDs;
// a key file's path: a variable, parameter or field the package opens as
// a file's name (os.ReadFile, os.Open, os.Stat, tls.LoadX509KeyPair,
// directly or through a
// parameter of its functions so given) and never uses as content
// ([]byte(v)), returns as it is, assigns bytes or uses as a credential
// (podman's kubeconfig ClientKey beside ClientKeyData), and such a value
// printed where its open failed, in a branch that returns and only passes
// it to calls (the path that could not be read); a parameter of an unexported function
// that the package only calls, each call giving it a constant (ferretdb's
// envtool setupAnyPostgres(ctx, l, "postgres://username:password@…")): it
// holds what the source shows, judged by hardcodedsecret; and a request's own Authorization header
// written back to the client that sent it. Headers and whole requests are
// headerlog's: a direct Header.Get("Authorization") in a log call is
// reported there, not here.
//
// Log that a credential is set, or a redacted form of it, never the value.
// Suppress a finding with `//credlint:ignore secretlog <reason>` on the line
// or the line above.
package secretlog
