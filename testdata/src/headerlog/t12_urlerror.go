package headerlog

import (
	"log"
	"net/http"
)

// The error of client.Do quotes the request's URL, not its headers: a
// request with an Authorization header whose send error is logged shows
// no header (secretlog judges the URL).
func t12DoError(c *http.Client, req *http.Request, token string) {
	req.Header.Set("Authorization", "Bearer "+token)
	if _, err := c.Do(req); err != nil {
		log.Printf("send: %v", err)
	}
}
