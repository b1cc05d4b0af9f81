package secretlog

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
)

// One finding per leak, for the other ways a wrapper leaks by itself: a
// value printed whole with its credential field is reported inside by its
// type, whatever the caller gives, so the caller is not reported again.

type l1Creds struct {
	User     string
	Password string
}

func l1DumpCreds(c *l1Creds) { log.Printf("creds %+v", c) } // want `c is printed whole, with its credential field Password, in a log line via log.Printf`

func l1UseDump(c *l1Creds) { l1DumpCreds(c) }

func l1EncodeCreds(c *l1Creds) { _ = json.NewEncoder(os.Stdout).Encode(c) } // want `c is encoded with its credential field Password`

func l1UseEncode(c *l1Creds) { l1EncodeCreds(c) }

// A helper that puts its parameter into a URL's credential query parameter
// and prints that URL: reported inside, where the URL is built.
func l1KeyError(base, k string) error {
	return fmt.Errorf("GET %s failed", base+"/v1?api_key="+k) // want `URL base \+ "/v1\?api_key=" \+ k carries a credential, k \(as api_key=\)`
}

func l1UseKeyError(base string, c *dbConfig) error { return l1KeyError(base, c.Password) }

// A helper that knows nothing of its value's type stays generic: its
// caller is reported.
func l1DumpAny(v any) { log.Printf("value %+v", v) }

func l1UseDumpAny(c *l1Creds) { l1DumpAny(c) } // want `c is printed whole, with its credential field Password, in a log line via l1DumpAny`

// A credential-named query parameter whose value a call's name says is
// something else (an object key prefix), as secreturl reads it: silent.
func l1PrefixURL(c *http.Client, base string) {
	u := base + "/objects?key=" + l1ObjectPrefix()
	if _, err := c.Get(u); err != nil {
		log.Printf("GET %s: %v", u, err)
	}
}

func l1ObjectPrefix() string { return os.Getenv("OBJECT_PREFIX") }

// A call named after the parameter says nothing else: reported.
type l1Account struct{ id, k string }

func (a l1Account) Key() string { return a.k }

func l1AccountURL(c *http.Client, base string, a l1Account) {
	u := base + "/objects?key=" + a.Key()
	if _, err := c.Get(u); err != nil {
		log.Printf("GET %s: %v", u, err) // want `URL u carries a credential, a.Key\(\) \(as key=\)`
	}
}
