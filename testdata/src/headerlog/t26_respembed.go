package headerlog

import (
	"fmt"
	"net/http"
)

// An SDK's response type embeds *http.Response (tencentyun's cos.Response):
// resp.Header, promoted, is the server's headers, as on an *http.Response.
// A type embedding *http.Request still carries the request's.
type t26Response struct{ *http.Response }

type t26Request struct{ *http.Request }

func t26Check(resp *t26Response, req *t26Request, want string) error {
	if got := resp.Header.Get("x-content-sha1"); got != want {
		return fmt.Errorf("verification failed, want %s, header: %+v", want, resp.Header) // silent: response headers
	}
	return fmt.Errorf("request headers %v", req.Header) // want `req.Header \(http.Header\) reaches an error message via fmt.Errorf`
}
