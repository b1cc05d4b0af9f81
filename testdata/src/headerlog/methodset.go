package headerlog

import (
	"log"
	"net/http"
)

// A String method declared on *T prints a *T, not a T: fmt never takes a
// value's address.
type hsCall struct {
	Header http.Header
}

func (c *hsCall) String() string { return "call" }

func methodSetHeaders(req *http.Request) {
	c := hsCall{Header: req.Header}
	log.Printf("call %v", &c)
	log.Printf("call %v", c) // want `c \(a struct holding net/http.Header in field Header\) reaches a log line`
}
