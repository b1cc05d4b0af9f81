package headerlog

import (
	"bytes"
	"log"
	"net/http"
	"net/http/httputil"
	"strings"
)

// A dump split into lines, each logged, logs the headers line by line
// (dendrite v0.13.8 internal/httputil/httpapi.go:188-194).
func t23DumpLines(req *http.Request) {
	dump, err := httputil.DumpRequest(req, true)
	if err != nil {
		return
	}
	lines := strings.Split(string(dump), "\n")
	for _, s := range lines {
		log.Print(s) // want `s \(the output of httputil.DumpRequest\) reaches a log line`
	}
	log.Printf("%q", lines) // want `lines \(the output of httputil.DumpRequest\) reaches a log line`
	for _, b := range bytes.Split(dump, []byte("\n")) {
		log.Printf("%s", b) // want `b \(the output of httputil.DumpRequest\) reaches a log line`
	}
}

// Silent: lines of a body that holds no header, and of a redacted dump.
func t23OtherLines(req *http.Request, body string) {
	for _, s := range strings.Split(body, "\n") {
		log.Print(s)
	}
	words := strings.Fields(req.Method + " " + req.URL.Path)
	log.Print(words)
}
