package headerlog

import (
	"fmt"
	"log"
	"net/http"
)

type tracer struct{ on bool }

// debugf is a printf-style wrapper: its format parameter is the format.
func (t *tracer) debugf(format string, args ...any) {
	if t.on {
		log.Printf("[trace] "+format, args...)
	}
}

// tracef hands the formatted text to log.Output, no printf verb at the sink.
func tracef(format string, args ...any) {
	log.Output(2, fmt.Sprintf(format, args...))
}

// %p prints the address of a request or of its header map, %T the type.
func pointerVerbs(t *tracer, req *http.Request) {
	log.Printf("request %p headers %p", req, req.Header)
	t.debugf("request %p", req)
	t.debugf("headers at %p, type %T", req.Header, req.Header)
	tracef("headers at %p", req.Header)
	t.debugf("headers %v", req.Header) // want `req.Header \(http.Header\) reaches a log line via t.debugf`
	tracef("headers %v", req.Header)   // want `req.Header \(http.Header\) reaches a log line via tracef`
}
