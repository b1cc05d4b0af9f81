package headerlog

import (
	"fmt"
	"log"
	"net/http"
	"net/http/httputil"
	"regexp"
	"strings"
)

// Ranging over a request's headers and logging them.
func rangeHeaders(req *http.Request, resp *http.Response, w http.ResponseWriter) {
	for name, values := range req.Header {
		log.Printf("%s: %v", name, values) // want `values \(a value of req.Header\) reaches a log line via log.Printf`
	}
	for _, v := range req.Header {
		log.Println(strings.Join(v, ",")) // want `a value of req.Header`
	}
	for name, values := range req.Header {
		if strings.EqualFold(name, "Authorization") {
			continue
		}
		log.Printf("%s: %v", name, values)
	}
	for name, values := range req.Header {
		log.Printf("%s: %v", name, redactValues(name, values))
	}
	for name, values := range resp.Header {
		log.Printf("%s: %v", name, values)
	}
	for name := range req.Header {
		log.Printf("header %s", name)
	}
	fmt.Fprintf(w, "you sent %v", req.Header)
	if req.ContentLength < 0 {
		panic(fmt.Sprintf("bad request %v", req.Header)) // want `via panic`
	}
}

func redactValues(name string, v []string) []string { return nil }

var authRe = regexp.MustCompile(`(?m)^(Authorization|Cookie): .*$`)

// A dump whose credentials a regexp replaced first.
func maskedDump(req *http.Request) {
	dump, _ := httputil.DumpRequestOut(req, true)
	masked := authRe.ReplaceAll(dump, []byte("$1: ***"))
	log.Printf("request:\n%s", masked)
	log.Print(authRe.ReplaceAllString(string(dump), "$1: ***"))
}
