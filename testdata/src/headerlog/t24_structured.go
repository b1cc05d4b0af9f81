package headerlog

import "net/http"

// A logger interface's With(keyvals ...any) returning the logger attaches
// its pairs to every line (benthos v4.60.0 internal/log.Modular), and a
// structured entry, a map, holding the headers prints them (benthos
// internal/httpclient/logger.go:114-137: accessLog["request"] =
// map[string]any{…, "header": …}, then r.logger.With("access_log",
// accessLog)).
type t24Modular interface {
	With(keyValues ...any) t24Modular
	Debug(format string, v ...any)
}

func t24Access(l t24Modular, req *http.Request) {
	l.With("header", req.Header).Debug("request")                               // want `req.Header \(http.Header\) reaches a log line via l.With`
	l.With("access_log", map[string]any{"header": req.Header}).Debug("request") // want `map\[string\]any\{…\} \(http.Header\) reaches a log line via l.With`
	accessLog := map[string]any{"elapsed": 1}
	accessLog["request"] = map[string]any{
		"method": req.Method,
		"header": req.Header,
	}
	l.With("access_log", accessLog).Debug("request") // want `accessLog \(http.Header\) reaches a log line via l.With`
}

// Silent: an entry without the headers, a map of the response's
// headers, and a With that returns something else (a builder).
type t24Builder interface {
	With(keyValues ...any) string
}

func t24AccessSilent(l t24Modular, b t24Builder, req *http.Request, resp *http.Response) {
	entry := map[string]any{}
	entry["request"] = map[string]any{"method": req.Method, "path": req.URL.Path}
	entry["response"] = map[string]any{"header": resp.Header}
	l.With("access_log", entry).Debug("request")
	_ = b.With("header", req.Header)
}
