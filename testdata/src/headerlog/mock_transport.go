package headerlog

import (
	"log"
	"net/http"
)

// A mock transport for users' tests logs what it receives: the requests
// its tests build carry fixtures, as in a _test.go file.
type mockTransport struct{}

func (mockTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	log.Printf("mock received %s %v", req.URL, req.Header)
	return &http.Response{StatusCode: http.StatusOK, Request: req}, nil
}
