package secretlog

import (
	"fmt"
	"strings"
)

// pgx's URL parser: the user and password are cut out of p[:i], then
// p = p[i+1:] keeps what follows the userinfo, and the database name read
// from it is no credential. Read before the cut, or from a remainder that
// still holds the userinfo, p is.

func unescape(raw string) (string, error) {
	if strings.Contains(raw, "%%") {
		return "", fmt.Errorf("invalid escape in %q", raw)
	}
	return raw, nil
}

func parsePgURL(conn string) (map[string]string, error) {
	settings := map[string]string{}
	p, ok := strings.CutPrefix(conn, "postgres://")
	if !ok {
		return nil, fmt.Errorf("not a postgres URL")
	}
	if i := strings.IndexAny(p, "@/"); i >= 0 && p[i] == '@' {
		user, password, hasPassword := strings.Cut(p[:i], ":")
		p = p[i+1:]
		settings["user"] = user
		if hasPassword {
			settings["password"] = password
		}
	}
	if strings.HasPrefix(p, "/") {
		p = p[1:]
		dbname := p
		val, err := unescape(dbname)
		if err != nil {
			return nil, err
		}
		settings["database"] = val
	}
	return settings, nil
}

func parsePgURLEarly(conn string) (map[string]string, error) {
	settings := map[string]string{}
	p, _ := strings.CutPrefix(conn, "postgres://")
	if i := strings.IndexByte(p, '@'); i >= 0 {
		_, password, _ := strings.Cut(p[:i], ":")
		settings["password"] = password
		if _, err := unescape(p); err != nil { // want `credential p reaches an error message via unescape`
			return nil, err
		}
		p = p[i+1:]
	}
	return settings, nil
}

func parsePgURLKeep(conn string) (map[string]string, error) {
	settings := map[string]string{}
	p, _ := strings.CutPrefix(conn, "postgres://")
	if i := strings.IndexByte(p, '@'); i >= 0 {
		_, password, _ := strings.Cut(p[:i], ":")
		p = p[1:] // still holds the userinfo
		settings["password"] = password
	}
	if _, err := unescape(p); err != nil { // want `credential p reaches an error message via unescape`
		return nil, err
	}
	return settings, nil
}
