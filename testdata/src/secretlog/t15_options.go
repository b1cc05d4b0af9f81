package secretlog

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
	"strings"
)

// gosnowflake's parseDSNParams (dsn.go:896): every key=value option is
// decoded into one value, and the arm for "token" stores it as the token.
// The redirect URI, the provider's name and the token file's path that the
// other arms quote are no credential; what the token arm prints is.

type optionsConfig struct {
	Token, RedirectURI, Provider string
}

func (c *optionsConfig) authorize(req *http.Request) {
	req.Header.Set("Authorization", "Snowflake Token=\""+c.Token+"\"")
}

func readTokenFile(tokenFilePath string) (string, error) {
	return "", fmt.Errorf("cannot read %s", tokenFilePath)
}

func parseOptions(cfg *optionsConfig, params string) error {
	for _, kv := range strings.Split(params, "&") {
		param := strings.SplitN(kv, "=", 2)
		if len(param) != 2 {
			continue
		}
		var value string
		value, err := url.QueryUnescape(param[1])
		if err != nil {
			return err
		}
		switch param[0] {
		case "token":
			cfg.Token = value
			if len(value) < 8 {
				log.Printf("token %q is too short", value) // want `credential value reaches a log line via log.Printf`
			}
		case "redirectURI":
			if _, err := url.Parse(value); err != nil {
				log.Printf("bad redirect URI %s", value)
			}
			cfg.RedirectURI = value
		case "provider":
			log.Printf("unknown provider %q", value)
		case "tokenFilePath":
			tok, err := readTokenFile(value)
			if err != nil {
				return err
			}
			cfg.Token = tok
		}
	}
	return nil
}

// The same with an if on the option's name.
func applyOption(req *http.Request, key, value string) {
	if key == "password" {
		req.SetBasicAuth("admin", value)
		log.Printf("password set to %s", value) // want `credential value reaches a log line via log.Printf`
	} else {
		log.Printf("option %s=%s", key, value)
	}
}

// Declared outside the loop, the value one arm uses as a password is what
// the other prints on a later turn.
func retryLogin(req *http.Request, value string, steps []string) {
	for _, step := range steps {
		switch step {
		case "login":
			req.SetBasicAuth("admin", value)
		case "report":
			log.Printf("logged in with %s", value) // want `credential value reaches a log line via log.Printf`
		}
	}
}

// Arms not chosen by a name: the value is the same on both.
func loginOrReport(req *http.Request, value string, first bool) {
	if first {
		req.SetBasicAuth("admin", value)
	} else {
		log.Printf("logged in with %s", value) // want `credential value reaches a log line via log.Printf`
	}
}
