package headerlog

import (
	"log"
	"net/http"
	"strings"
)

// A helper of the package that copies every entry of a header into a map
// returns the headers in another shape (benthos v4.60.0
// internal/httpclient/logger.go:160 toSimpleMap, a func variable).
var t25SimpleMap = func(h http.Header) map[string]string {
	out := map[string]string{}
	for k, v := range h {
		out[k] = strings.Join(v, " ")
	}
	return out
}

func t25Flatten(h http.Header) map[string]string {
	out := make(map[string]string, len(h))
	for k, v := range h {
		out[k] = v[0]
	}
	return out
}

// Silent look-alikes: a copy that skips the credential headers, and one
// of the response's headers.
func t25Safe(h http.Header) map[string]string {
	out := map[string]string{}
	for k, v := range h {
		if k == "Authorization" || k == "Cookie" {
			continue
		}
		out[k] = strings.Join(v, " ")
	}
	return out
}

func t25Copies(req *http.Request, resp *http.Response) {
	log.Printf("%v", t25SimpleMap(req.Header)) // want `t25SimpleMap\(req.Header\) \(http.Header\) reaches a log line`
	entry := map[string]any{}
	entry["header"] = t25Flatten(req.Header)
	log.Printf("%v", entry) // want `entry \(http.Header\) reaches a log line`

	log.Printf("%v", t25Safe(req.Header))
	log.Printf("%v", t25SimpleMap(resp.Header))
}
