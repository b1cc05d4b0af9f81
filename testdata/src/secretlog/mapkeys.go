package secretlog

import (
	"fmt"
	"net/url"
	"strings"
)

// go-mssqldb's msdsn: a DSN (it holds the password) split into a map of
// parameters; the map's other keys are settings, not the password.

func splitDSN(dsn string) map[string]string {
	params := map[string]string{}
	for _, kv := range strings.Split(dsn, ";") {
		k, v, _ := strings.Cut(kv, "=")
		params[strings.ToLower(k)] = v
	}
	if u, err := url.Parse(dsn); err == nil {
		if p, ok := u.User.Password(); ok {
			params["password"] = p
		}
	}
	return params
}

const encryptKey = "encrypt"

func parseDSN(dsn string) error {
	params := splitDSN(dsn)
	if v := params[encryptKey]; v != "strict" {
		return fmt.Errorf("invalid encrypt '%s'", v)
	}
	if pkt := params["packet size"]; pkt == "0" {
		return fmt.Errorf("invalid packet size '%s'", pkt)
	}
	if p := params["pass"]; p != "-" {
		return fmt.Errorf("password %q not allowed", p) // want `credential .* reaches an error message via fmt.Errorf`
	}
	if p := params["password"]; len(p) < 8 {
		return fmt.Errorf("password %q too short", p) // want `credential .* reaches an error message via fmt.Errorf`
	}
	return fmt.Errorf("bad dsn %s", params) // want `credential .* reaches an error message via fmt.Errorf`
}
