package headerlog

import "net/http"

// Sending a request is not logging it: the senders in the sinks table
// are not log sinks.
func sendsRequest(c *http.Client, req *http.Request, token string) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+token)
	return c.Do(req)
}
