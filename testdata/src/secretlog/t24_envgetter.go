package secretlog

import (
	"fmt"
	"strings"
)

// An application's own environment accessor reads a credential variable
// as os.Getenv does (buf v1.75.0 private/bufpkg/bufconnect/
// static_token_provider.go:27, :97: container.Env("BUF_TOKEN") is split
// into token@remote pairs and a malformed one is quoted in the error).

type t24Env interface {
	Env(key string) string
}

type t24Config struct{ vars map[string]string }

func (c *t24Config) Getenv(key string) string { return c.vars[key] }

func t24Tokens(container t24Env) error {
	raw := container.Env("BUF_TOKEN")
	for _, token := range strings.Split(raw, ",") {
		if !strings.Contains(token, "@") {
			return fmt.Errorf("invalid token: %s", token) // want `credential container.Env\("BUF_TOKEN"\) reaches an error message via fmt.Errorf`
		}
	}
	return nil
}

func t24Config2(c *t24Config) error {
	key := c.Getenv("SERVICE_API_KEY")
	return fmt.Errorf("bad key %q", key) // want `credential c.Getenv\("SERVICE_API_KEY"\) reaches an error message`
}

// Silent: a variable that is no credential, and a getter of two arguments
// (a default) or of no string, named so or not.
type t24Other interface {
	Env(key, fallback string) string
	Lookup(key string) string
}

func t24Silent(container t24Env, o t24Other) error {
	home := container.Env("HOME")
	tok := o.Env("BUF_TOKEN", "")
	v := o.Lookup("BUF_TOKEN")
	return fmt.Errorf("home %s, %s, %s", home, tok, v)
}
