package secretlog

import "net/http"

// Request header setters and senders share the sinks table with the
// loggers, but a credential put on a request is not logged. The send's
// error, returned, quotes the URL: the token in its query goes with it.
func sendsRequest(c *http.Client, token string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, "https://api.example.com/me?t="+token, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.SetBasicAuth("user", token)
	return c.Do(req) // want `the error of c.Do quotes the request URL, which carries a credential, token \(as t=\), and is returned`
}
