// Package t16keys checks the shape of the keys it is given and prints a
// key only on the branch that turns it away (pion/srtp v3.0.10's
// createCipher put a master key of the wrong length into its error).
package t16keys

import (
	"fmt"
	"log"
	"regexp"
	"strings"
)

type Context struct{ keyLen int }

// CreateContext hands its key material on to createCipher, which prints
// it only when its length is wrong.
func CreateContext(material, salt []byte, keyLen int) (*Context, error) {
	c := &Context{keyLen: keyLen}
	if err := c.createCipher(material, salt); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *Context) createCipher(material, salt []byte) error {
	if n := len(material); n != c.keyLen {
		return fmt.Errorf("expected(%d) actual(%d)", c.keyLen, material)
	} else if len(salt) != 14 {
		return fmt.Errorf("bad salt %x", salt)
	}
	return nil
}

// NewCipher prints a master key of the wrong length: the leak is here,
// in the package that holds the branch.
func NewCipher(masterKey []byte) error {
	if len(masterKey) != 16 {
		return fmt.Errorf("expected(16) actual(%d)", masterKey) // want `credential masterKey reaches an error message`
	}
	return nil
}

// Sized prints material when its length is not 16.
func Sized(material []byte) error {
	if len(material) != 16 {
		return fmt.Errorf("want 16 bytes, got %x", material)
	}
	return nil
}

// Scheme prints an Authorization value only when it has no space.
func Scheme(h string) (string, error) {
	parts := strings.SplitN(h, " ", 2)
	if len(parts) != 2 {
		return "", fmt.Errorf("malformed authorization value %q", h)
	}
	return parts[0], nil
}

// Live prints a key only when it lacks the live prefix.
func Live(key string) error {
	if !strings.HasPrefix(key, "sk_live_") {
		return fmt.Errorf("not a live key: %s", key)
	}
	return nil
}

// Pair prints a pair only when it has no colon.
func Pair(pair string) (string, string, error) {
	user, pass, ok := strings.Cut(pair, ":")
	if !ok {
		return "", "", fmt.Errorf("no colon in %q", pair)
	}
	return user, pass, nil
}

// Load prints a key only after the right length returned.
func Load(key string) error {
	if len(key) == 32 {
		return nil
	}
	return fmt.Errorf("key %s has the wrong length", key)
}

var hexKey = regexp.MustCompile(`^[0-9a-f]{32}$`)

// Hex prints a key only when it is not hex, on the else branch.
func Hex(key string) error {
	if hexKey.MatchString(key) && len(key) == 32 {
		return nil
	} else {
		return fmt.Errorf("key %s is not hex", key)
	}
}

// Wrap prints whatever it is given.
func Wrap(key string) error {
	return fmt.Errorf("using key %s", key)
}

// Salted prints key when the length of salt, another parameter, is wrong.
func Salted(key, salt string) error {
	if len(salt) != 16 {
		return fmt.Errorf("bad salt for key %s", key)
	}
	return nil
}

// Mixed prints key when it is wrong, and logs it when it is right.
func Mixed(key string) error {
	if len(key) != 32 {
		return fmt.Errorf("bad key %s", key)
	}
	log.Printf("loaded key %s", key)
	return nil
}

// Accepted prints key on the branch that takes it.
func Accepted(key string) error {
	if len(key) == 32 {
		log.Printf("loaded key %s", key)
	}
	return nil
}

// NonEmpty prints key when it is set at all.
func NonEmpty(key string) error {
	if len(key) > 0 {
		return fmt.Errorf("unexpected key %s", key)
	}
	return nil
}

// Either prints key when its length is wrong or when verbose: a right key
// reaches it too.
func Either(key string, verbose bool) error {
	if len(key) != 32 || verbose {
		return fmt.Errorf("key %s", key)
	}
	return nil
}

// TooShort prints a password below a minimum length: a threshold is no
// shape the caller builds its value for.
func TooShort(value string) error {
	if len(value) < 12 {
		return fmt.Errorf("%q is too short", value)
	}
	return nil
}

// Reassigned tests key, then prints another value under its name.
func Reassigned(key string) error {
	if len(key) != 32 {
		key = strings.TrimSpace(key)
		return fmt.Errorf("bad key %s", key)
	}
	return nil
}
