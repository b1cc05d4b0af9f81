package secretlog

import (
	"fmt"
	"log"
)

// go-ora's wallet reader copies each entry's Value into the user name,
// the password or the connect string by the entry's key: the user name is
// the account's name, whatever field it was copied from; the entry's
// Value, which holds the password for one key, stays a credential.
type walletEntry struct{ ID, Value string }

type walletCred struct{ dsn, username, password string }

func readWallet(entries []walletEntry) (*walletCred, error) {
	c := &walletCred{}
	for _, e := range entries {
		switch e.ID {
		case "connect_string":
			c.dsn = e.Value
		case "username":
			c.username = e.Value
		case "password":
			c.password = e.Value
		default:
			log.Printf("unknown wallet entry %s=%s", e.ID, e.Value) // want `credential Value reaches a log line via log.Printf`
		}
	}
	return c, nil
}

func connectAs(c *walletCred, server string) error {
	userID, login := c.username, c.username
	if len(c.password) == 0 {
		return fmt.Errorf("no credentials for server %s, username %s", server, userID)
	}
	log.Printf("connecting to %s as %s", server, login)
	log.Printf("password %s", c.password) // want `credential password reaches a log line via log.Printf`
	return nil
}

// An API that takes the key as the Basic user: the user name holds the key.
func keyAsUser(cfg struct{ APIKey string }) {
	username := cfg.APIKey
	log.Printf("user %s", username) // want `credential APIKey reaches a log line via log.Printf`
}
