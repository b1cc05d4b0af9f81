package secretlog

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
)

// gowebdav's Passport sign-in puts the resource URL it signs in for
// (OrgUrl) into the Authorization value beside the user's password: the
// URL is no credential, and the error of parsing it shows none.
type passport struct{ user, pw string }

func (p *passport) signIn(c *http.Client, partnerURL, challenge string) error {
	req := http.Request{
		Method: "GET",
		Header: http.Header{
			"Authorization": []string{"Passport1.4 sign-in=" + url.QueryEscape(p.user) + ",pwd=" + url.QueryEscape(p.pw) + ",OrgUrl=" + partnerURL + "," + challenge},
		},
	}
	if _, err := c.Do(&req); err != nil {
		return err
	}
	u, err := url.Parse(partnerURL)
	if err != nil {
		return err
	}
	log.Printf("signed in at %s", u.Host)
	return nil
}

// A Digest-style value: the request path beside the response.
func digest(req *http.Request, realm, reqPath, response string) {
	req.Header.Set("Authorization", fmt.Sprintf(`Digest realm=%q, uri=%q, response=%q`, realm, reqPath, response))
	log.Printf("digest auth for %s", reqPath)
	log.Printf("digest response %s", response) // want `credential response reaches a log line via log.Printf`
}

// The credential beside the URL stays one; a value that is nothing but a
// URL-named variable is still used as a credential.
func beside(req *http.Request, callbackURL, secretValue, authHost string) {
	req.Header.Set("Authorization", "HMAC "+callbackURL+":"+secretValue)
	log.Printf("callback %s", callbackURL)
	log.Printf("signed with %s", secretValue) // want `credential secretValue reaches a log line via log.Printf`
	req.Header.Set("X-Auth", authHost)
	log.Printf("auth %s", authHost) // want `credential authHost reaches a log line via log.Printf`
}
