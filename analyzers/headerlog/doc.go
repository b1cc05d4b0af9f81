// Package headerlog defines an Analyzer that reports request headers and
// whole requests written to logs, standard output or error messages.
//
// # Analyzer headerlog
//
// headerlog: report request headers or whole requests that reach a log line or an error message
//
// The API guides show the mistake in JavaScript as
// console.error('API Error:', error.config.headers): the headers of a
// request carry its credentials (Authorization, X-Api-Key, X-System-Id,
// Cookie), so dumping them into a log or an error message leaks the key
// with every failed call.
//
// The check reports, as the argument of a log or error sink (the same
// sinks as secretlog: log, log/slog, fmt.Print* to standard output or
// error or to a writer the package sets to one, testing, zap, logrus, zerolog, klog, glog, hclog, go-logr,
// the printing functions of a logging package by its path (github.com/caarlos0/log's Debugf),
// a logger interface's printing method (a module's own Logger with Printf)
// or its With(keyvals ...any) returning the logger,
// a logger held in a func value (a logf or Info field, tailscale's logger.Logf),
// fmt.Errorf, errors.New, and log wrappers in the same package):
//   - an http.Header value (req.Header);
//   - an *http.Request or http.Request, whose %v prints its headers;
//   - the output of httputil.DumpRequest or DumpRequestOut, directly or
//     through a variable, conversion or fmt.Sprintf, or the lines it is
//     split into (strings.Split(string(dump), "\n"), each logged);
//   - a map holding one of these as a value, in its literal or written by
//     index (accessLog["request"] = map[string]any{"header": req.Header});
//   - a direct read of a credential header: req.Header.Get("Authorization"),
//     Header.Values("Cookie"), Header["X-Api-Key"];
//   - a struct that holds an http.Header or http.Request by value or embeds
//     one;
//   - the values of a range over a request's headers, unless the loop body
//     names a credential header (it skips or masks them) or redacts them;
//     a value used only where the key equals one name (if
//     strings.EqualFold(name, k) { … }, or after if k != name { continue })
//     is that header's alone, reported when the name may be a credential
//     header's: a constant such as "Authorization" or "Cookie"; a variable
//     by the values the package gives it (an unexported function's
//     parameter: its callers' arguments), else by its own name
//     (AuthHeader; ServerIDHeaderName is not one); a name that says
//     nothing (name, headerName) or a value from elsewhere may be any;
//   - the text of a local bytes.Buffer or strings.Builder those values
//     were written to (buf.WriteString(k + ": " + v), fmt.Fprintf(&sb, …)),
//     read back by String or Bytes.
//
// It stays silent on a dump whose credentials a regexp replaced first, on
// a dump of a request whose credential headers were set to a constant or
// a redactor's result (redactSignature(auth)) or deleted before it, on
// the result of a package function that redacts headers (each value it
// returns had its credential header set to a constant or deleted, or is
// its argument, whose credential header it tests first), when the
// redaction covers every credential header the package sets with a value
// (a redaction of Authorization alone leaves X-Amz-Security-Token, and the
// finding names it), on
// headers written back to the client that sent them (an
// http.ResponseWriter), on an http.Header that provably holds no
// credential (a literal of harmless names such as Content-Type, make, nil,
// or an unexported variable or an unexported function's parameter whose
// every value is one of these and into which the package writes no
// credential header, itself or through a function it is passed to), on
// a request the function makes (http.NewRequest) and dumps, logs or hands
// to an unexported log helper before it attaches any credential (only
// reads and harmless headers in between, judged in statement order) or
// that an unexported function attaches the credential to itself after the
// dump, called only by callers that attach none first, on
// response headers (resp.Header: the server's, not the
// caller's credentials), on other headers (Content-Type, X-Request-Id), on
// header names, len(req.Header), values printed with %T or %p (also through
// a printf-style wrapper, by the format its caller passes), structs
// that hold a request by pointer (printed as an address) and types with
// their own String, Error or LogValue method (for a value of T, one
// declared on T: a printer never takes its address).
//
// Log the method, URL path, status and request ID instead. Suppress a
// finding with `//credlint:ignore headerlog <reason>` on the line or the
// line above.
package headerlog
