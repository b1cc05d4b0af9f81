package secretlog

import (
	"fmt"
	"log"
	"strings"
)

// gosnowflake's ParseDSN (dsn.go:523, :853): the user and the password are
// cut out of the DSN before the @, the host after it, and the account is
// the host's first label. Host, account and the URLs built from them are
// no credential; the password cut out is.

type acctConfig struct {
	User, Password, Host, Account, Region string
}

func parseAcctDSN(dsn string) (*acctConfig, error) {
	cfg := &acctConfig{}
	posAt := strings.IndexByte(dsn, '@')
	if posAt < 0 {
		return nil, fmt.Errorf("no @ in the DSN")
	}
	cfg.User, cfg.Password = cutUserPassword(posAt, dsn)
	if err := cutAccountHost(cfg, posAt, len(dsn), dsn); err != nil { // want `credential dsn reaches an error message via cutAccountHost`
		return nil, err
	}
	return cfg, nil
}

func cutUserPassword(posAt int, dsn string) (user, password string) {
	var k int
	for k = 0; k < posAt; k++ {
		if dsn[k] == ':' {
			password = dsn[k+1 : posAt]
			break
		}
	}
	if strings.ContainsAny(password, " \t") {
		log.Printf("password %q has blanks", password) // want `credential password reaches a log line via log.Printf`
	}
	user = dsn[:k]
	return
}

func cutAccountHost(cfg *acctConfig, posAt, posSlash int, dsn string) error {
	k := posAt + 1
	for ; k < posSlash; k++ {
		if dsn[k] == ':' {
			break
		}
	}
	cfg.Host = dsn[posAt+1 : k]
	if cfg.Host == "" {
		return fmt.Errorf("no host in %q", dsn) // reported where the DSN is given
	}
	cfg.Account = cfg.Host
	if i := strings.IndexByte(cfg.Account, '.'); i > 0 {
		cfg.Region = cfg.Account[i+1:]
		cfg.Account = cfg.Account[:i]
	}
	return nil
}

func ocspCacheURL(cfg *acctConfig) string {
	return "http://ocsp." + cfg.Host + "/ocsp_response_cache.json"
}

func logAccount(cfg *acctConfig) {
	log.Printf("account %s on %s (%s), OCSP cache %s", cfg.Account, cfg.Host, cfg.Region, ocspCacheURL(cfg))
	log.Printf("as %s", cfg.User)
}
