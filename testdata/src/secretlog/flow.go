package secretlog

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"regexp"
	"strings"
)

// Values followed through the package: fields, maps, slices, ranges,
// closures, methods, helpers' results, generics.

type conn struct {
	host  string
	extra string
}

func newConn(host string) *conn {
	return &conn{host: host, extra: os.Getenv("SERVICE_API_TOKEN")}
}

func (c *conn) report() {
	log.Printf("conn extra %s", c.extra) // want `credential os.Getenv\("SERVICE_API_TOKEN"\) reaches a log line`
	log.Printf("conn host %s", c.host)
}

func mapsAndSlices(apiKey string) {
	fields := map[string]string{}
	fields["k"] = apiKey
	log.Print(fields) // want `credential apiKey reaches a log line`
	var args []string
	args = append(args, "--key", apiKey)
	log.Println(args) // want `credential apiKey reaches a log line`
	for _, a := range args {
		log.Println(a) // want `credential apiKey reaches a log line`
	}
	safe := map[string]int{"n": len(apiKey)}
	log.Print(safe)
}

func closures(password string) func() {
	return func() {
		log.Printf("closing with %s", password) // want `credential password reaches a log line`
	}
}

// A String or Error method that returns a credential field.
type sealedBox struct{ value string }

func (s sealedBox) String() string { return s.value }

type authError struct{ apiKey string }

func (e *authError) Error() string { return "bad key " + e.apiKey }

type opaque struct{ value string }

func (o opaque) String() string { return "opaque(…)" }

func formatters(password string) {
	b := sealedBox{value: password}
	log.Printf("box %v", b)              // want `credential String\(\) reaches a log line`
	log.Println(&authError{apiKey: "k"}) // want `credential Error\(\) reaches a log line`
	log.Printf("opaque %v", opaque{value: password})
	log.Print(b.String()) // want `credential String\(\) reaches a log line`
}

// Helpers: one that builds an Authorization value returns a credential;
// one that hashes it returns none.
func bearer(t string) string { return "Bearer " + t }

func shortID(t string) string {
	sum := sha256.Sum256([]byte(t))
	return hex.EncodeToString(sum[:4])
}

type settings struct{ apiKey string }

func (s *settings) auth() string { return s.apiKey }

func helpers(s *settings) {
	log.Print(bearer(s.apiKey)) // want `credential apiKey reaches a log line`
	log.Print(shortID(s.apiKey))
	log.Print(s.auth()) // want `credential auth\(\) reaches a log line`
	log.Print(bearer("anonymous"))
}

// Generics: a type parameter, a generic holder.
type optional[T any] struct{ Val T }

func showAll[S ~string](secret S) {
	log.Printf("secret %v", secret) // want `credential secret reaches a log line`
}

func generics(apiKey string) {
	o := optional[string]{Val: apiKey}
	log.Print(o.Val) // want `credential apiKey reaches a log line`
	n := optional[int]{Val: 3}
	log.Print(n.Val)
}

// Sanitizers: hashing, HMAC, encryption, regexp replacement, len.
func encrypt(s string) string { return s[:0] }

var keyRe = regexp.MustCompile(`key=\w+`)

func sanitizers(password string, block cipher.Block) {
	mac := hmac.New(sha256.New, []byte(password))
	log.Printf("mac %x", mac.Sum(nil))
	gcm, _ := cipher.NewGCM(block)
	sealed := gcm.Seal(nil, nil, []byte(password), nil)
	log.Printf("sealed %x", sealed)
	log.Print(encrypt(password))
	log.Print(keyRe.ReplaceAllString("key="+password, "key=***"))
	log.Printf("password is %d long", len(password))
	log.Printf("password set: %t", password != "")
	_, _ = aes.NewCipher(nil)
	x := strings.Repeat("*", len(password))
	log.Print(x)
}

// Sinks beyond logs: the response body, a panic, an encoder to stdout.
type exported struct {
	Name   string
	APIKey string
}

type tagged struct {
	Name   string
	APIKey string `json:"-"`
	apiKey string
}

func responses(w http.ResponseWriter, apiKey string, r *http.Request) {
	http.Error(w, "bad key "+apiKey, http.StatusUnauthorized) // want `credential apiKey reaches an HTTP response via http.Error`
	w.Write([]byte(apiKey))                                   // want `credential apiKey reaches an HTTP response via w.Write`
	fmt.Fprintf(w, "key %s", apiKey)                          // want `credential apiKey reaches an HTTP response via fmt.Fprintf`
	io.WriteString(os.Stdout, apiKey)                         // want `credential apiKey reaches a log line via io.WriteString`
	fmt.Fprintf(w, "you sent %s", r.Header.Get("Authorization"))
	if apiKey != "x" {
		panic("unexpected key " + apiKey) // want `credential apiKey reaches a panic message via panic`
	}
}

func encoders(e exported, t tagged) {
	json.NewEncoder(os.Stdout).Encode(e) // want `e is encoded with its credential field APIKey by json.NewEncoder\(os.Stdout\).Encode`
	enc := json.NewEncoder(os.Stderr)
	enc.Encode(e) // want `e is encoded with its credential field APIKey`
	enc.Encode(t)
	f, _ := os.Create("out.json")
	json.NewEncoder(f).Encode(e)
	b, _ := json.Marshal(e)
	log.Printf("%s", b) // want `credential APIKey reaches a log line`
	c, _ := json.Marshal(t)
	log.Printf("%s", c)
}

// An error helper that prints a request URL carrying a credential.
func fetch(c *http.Client, base string, s *settings) error {
	req, err := http.NewRequest("GET", base+"/v1/me?api_key="+s.apiKey, nil)
	if err != nil {
		return err
	}
	if _, err := c.Do(req); err != nil {
		return fmt.Errorf("GET %s: %w", req.URL, err) // want `credential apiKey reaches an error message`
	}
	plain, _ := http.NewRequest("GET", base+"/v1/me", nil)
	return fmt.Errorf("GET %s failed", plain.URL)
}

// A method value bound to a variable and called later.
func methodValues(s *settings, c *conn) {
	get := s.auth
	log.Print(get()) // want `credential auth\(\) reaches a log line`
	other := c.String
	log.Print(other())
}

func (c *conn) String() string { return c.host }
