package secreturl

import "net/http"

// An option to log secrets is about the log: the request a program sends
// under it still puts the token into a URL.
type botOptions struct {
	LogSecrets bool
	Base       string
}

func sendUnderOptIn(c *botOptions, botToken string) {
	if c.LogSecrets {
		http.Get(c.Base + "/send?q=" + botToken) // want `credential botToken is put into a URL query \(parameter "q"\)`
	}
}
