package secretlog

import (
	"errors"
	"log"
	"net/url"
	"strings"
)

// mailpit's rspamd.SetService: the password is kept from the address, the
// user info cleared, and the rest returned as the base URL.
var rspamdPassword, rspamdBase string

func setRspamd(server string) (string, error) {
	server = strings.TrimSpace(server)
	u, err := url.Parse(server)
	if err != nil {
		return "", errors.New("invalid Rspamd address")
	}
	rspamdPassword = ""
	if u.User != nil {
		if pass, ok := u.User.Password(); ok {
			rspamdPassword = pass
		}
	}
	u.User = nil
	rspamdBase = u.String()
	return rspamdBase, nil
}

// The same, keeping the user name only.
func setRspamdUser(server string) string {
	u, _ := url.Parse(server)
	if pass, ok := u.User.Password(); ok {
		rspamdPassword = pass
	}
	u.User = url.User(u.User.Username())
	return u.String()
}

func enableRspamd(addr string) {
	base, err := setRspamd(addr)
	if err != nil {
		return
	}
	log.Printf("[rspamd] enabled via %s", base)
	log.Printf("[rspamd] enabled via %s", setRspamdUser(addr))
}

// Cleared too late, or on one path only: the text still holds the password.
func setRspamdLate(server string) string {
	u, _ := url.Parse(server)
	if pass, ok := u.User.Password(); ok {
		rspamdPassword = pass
	}
	s := u.String()
	u.User = nil
	return s
}

func setRspamdSometimes(server string, strip bool) string {
	u, _ := url.Parse(server)
	if pass, ok := u.User.Password(); ok {
		rspamdPassword = pass
	}
	if strip {
		u.User = nil
	}
	return u.String()
}

func enableRspamdLeaky(addr string) {
	log.Printf("[rspamd] enabled via %s", setRspamdLate(addr))            // want `credential setRspamdLate\(\) reaches a log line`
	log.Printf("[rspamd] enabled via %s", setRspamdSometimes(addr, true)) // want `credential setRspamdSometimes\(\) reaches a log line`
}
