package secretlog

import (
	"errors"
	"fmt"
	"log"
	"net/url"
)

// go-sql-driver/mysql's ParseDSN: the password is sliced out of the DSN,
// and so are the network, the address and the database name. The DSN
// holds a password; the other parts do not.

type dsnConfig struct {
	User, Passwd, Net, Addr, DBName string
}

func parseMySQLDSN(dsn string) (*dsnConfig, error) {
	cfg := &dsnConfig{}
	i, j, k := 3, 9, 5
	cfg.Passwd = dsn[k+1 : j]
	cfg.User = dsn[:k]
	cfg.Net = dsn[j+1 : k]
	if cfg.Net != "tcp" && cfg.Net != "unix" {
		return nil, errors.New("default addr for network '" + cfg.Net + "' unknown")
	}
	dbname := dsn[i+1 : j]
	var err error
	if cfg.DBName, err = url.PathUnescape(dbname); err != nil {
		return nil, fmt.Errorf("invalid dbname %q: %w", dbname, err)
	}
	log.Printf("user %s on %s", cfg.User, dsn[j:]) // a part again: not the password
	if len(cfg.Passwd) > 64 {
		return nil, fmt.Errorf("dsn %s: password too long", dsn) // want `credential dsn reaches an error message via fmt.Errorf`
	}
	return cfg, nil
}

// The DSN a caller passes holds the password it parses out; the error of
// parseMySQLDSN is reported inside it, once (see l1_oneleak.go).
func openDSN(dsn string) error {
	if _, err := parseMySQLDSN(dsn); err != nil {
		log.Printf("open %s: %v", dsn, err) // want `credential dsn reaches a log line via log.Printf`
		return err
	}
	return nil
}

// The password part itself, through a variable.
func parseUserinfo(userinfo string, cfg *dsnConfig) error {
	k := 4
	pass := userinfo[k+1:]
	cfg.Passwd = pass
	cfg.User = userinfo[:k]
	if cfg.User == "" {
		return fmt.Errorf("no user in %q", cfg.User)
	}
	return fmt.Errorf("bad password %q", pass) // want `credential pass reaches an error message via fmt.Errorf`
}

// A field a part of which is the password: the same.
type dsnConn struct {
	dsn, passwd string
}

func (c *dsnConn) parse() error {
	c.passwd = c.dsn[4:9]
	host := c.dsn[10:]
	if host == "-" {
		return fmt.Errorf("bad host %q", host)
	}
	return fmt.Errorf("cannot parse %s", c.dsn) // want `credential dsn reaches an error message via fmt.Errorf`
}
