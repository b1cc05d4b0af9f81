// Package secretlog holds the analysistest cases of the secretlog check:
// one file per family; positives carry a want comment, look-alikes none.
package secretlog

import (
	"errors"
	"fmt"
	"log"
	"net/http"
	"os"
	"strings"
)

type Client struct {
	token    string
	APIKey   string
	systemID string
	baseURL  string
}

type Config struct {
	Endpoint     string
	ClientSecret string
}

// Credential-named variables, fields, parameters and functions.
func named(c *Client, password string, req *http.Request) {
	token := os.Args[1]
	req.SetBasicAuth("me", token)                 // used as a credential: corroborates the name token
	log.Printf("using token %s", token)           // want `credential token reaches a log line via log.Printf`
	log.Println("key:", c.APIKey)                 // want `credential APIKey reaches a log line via log.Println`
	log.Print("system ", c.systemID)              // want `credential systemID reaches a log line via log.Print`
	_ = fmt.Errorf("login as admin/%s", password) // want `credential password reaches an error message via fmt.Errorf`
	log.Println(c.accessToken())                  // want `credential accessToken\(\) reaches a log line`
}

func (c *Client) accessToken() string { return c.token }

// The package sends Client.token as a credential: the name is corroborated.
func (c *Client) authorize(req *http.Request) { req.Header.Set("Authorization", "Bearer "+c.token) }

// Environment and header reads.
func envAndHeader(r *http.Request) {
	tok := os.Getenv("SURESEND_API_TOKEN")
	log.Printf("token=%s", tok) // want `credential os.Getenv\("SURESEND_API_TOKEN"\) reaches a log line`
	auth := r.Header.Get("Authorization")
	log.Printf("auth header: %q", auth) // want `credential Header.Get\("Authorization"\) reaches a log line`
	key, _ := os.LookupEnv("SENT_API_KEY")
	_ = errors.New("bad key " + key) // want `credential os.Getenv\("SENT_API_KEY"\) reaches an error message via errors.New`
}

// Derived values: concatenation, Sprintf, conversions, strings functions.
func derived(c *Client) {
	header := "Bearer " + c.token
	log.Println(header) // want `credential token reaches a log line`
	msg := fmt.Sprintf("calling %s with %s", c.baseURL, c.token)
	log.Print(msg) // want `credential token reaches a log line`
	b := []byte(strings.TrimSpace(c.APIKey))
	log.Printf("%s", b) // want `credential APIKey reaches a log line`
	_, rest, _ := strings.Cut(header, " ")
	log.Print(rest) // want `credential token reaches a log line`
}

// Struct, map and slice literals, and structs printed whole.
type basic struct{ user, pass string }

func structs(c *Client, cfg Config, token string) {
	c.token = token // stored where the package keeps its credential
	creds := basic{user: "me", pass: token}
	log.Printf("creds: %+v", creds) // want `credential token reaches a log line`
	log.Printf("config: %v", cfg)   // want `cfg is printed whole, with its credential field ClientSecret`
	log.Printf("client: %+v", c)    // want `c is printed whole, with its credential field token`
	kv := []any{"token", token}
	log.Println(kv...) // want `credential token reaches a log line`
}
