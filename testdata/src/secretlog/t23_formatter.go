package secretlog

import (
	"fmt"

	amqp "github.com/rabbitmq/amqp091-go"
)

// A String or Error method's text is what every print of the value shows
// (syncthing v1.30.0 cmd/stdiscosrv/amqp.go:115, :193: a service's String
// quotes the broker URL it dials, and suture logs services by it).

type t23Sender struct {
	broker string
	name   string
	apiKey string
}

func (s *t23Sender) dial() error {
	_, err := amqp.Dial(s.broker) // want `credential broker reaches an error message via amqp.Dial`
	return err
}

func (s *t23Sender) String() string {
	return fmt.Sprintf("sender(%q)", s.broker) // want `credential broker reaches the text of \(\*t23Sender\).String, which every print of the value shows`
}

type t23Failure struct{ apiKey, op string }

func (e t23Failure) Error() string {
	return fmt.Sprintf("%s failed with key %s", e.op, e.apiKey) // want `credential apiKey reaches the text of t23Failure.Error`
}

// Silent look-alikes: a formatter that shows no credential, a credential's
// length, a method named String that takes an argument (no fmt hook), and
// a Sprintf that a formatter builds but does not return.

type t23Named struct{ name, password string }

func (n t23Named) String() string { return fmt.Sprintf("named(%s, %d)", n.name, len(n.password)) }

func (n t23Named) GoString() string {
	s := fmt.Sprintf("%s", n.password)
	_ = s
	return "named"
}

func (s *t23Sender) Describe() string { return fmt.Sprintf("sender(%s)", s.apiKey) }

type t23Other struct{ token string }

func (o t23Other) String(verbose bool) string { return fmt.Sprintf("%s", o.token) }

// Silent: a file's name mixed into a key derivation with the folder key
// locates what the key is for and is none (syncthing lib/protocol's
// FileKey: hkdf.New(sha256.New, append(folderKey[:], filename...), …));
// a String showing the name shows no credential.
type t23File struct{ Name string }

func t23FileKey(filename string, folderKey []byte) []byte {
	return t23Derive(append(folderKey[:len(folderKey):len(folderKey)], filename...))
}

func t23Derive(secret []byte) []byte { return secret[:4] }

func t23Keys(f t23File, folderKey []byte) []byte { return t23FileKey(f.Name, folderKey) }

func (f t23File) String() string { return fmt.Sprintf("File{Name:%q}", f.Name) }
