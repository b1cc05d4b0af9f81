package secretlog

import (
	"fmt"
	"log"

	"secretlog/internal/logx"
)

// A function named after a credential whose results cannot hold one (an
// error, a bool) is no getter: WriteCredentials' error is an error.
func saveCredentials(path, token string) error {
	if err := logx.WriteCredentials(path, logx.Credentials{AccessToken: token}); err != nil {
		log.Printf("cache %q: %v", path, err)
		return fmt.Errorf("failed to write updated credentials: %w", err)
	}
	log.Print(logx.HasPassword())
	log.Print(storePassword(path))
	c, _ := logx.LoadCredentials(path)
	log.Printf("%+v", c) // want `credential LoadCredentials\(\) reaches a log line`
	return nil
}

// storePassword writes a password file and says how it went.
func storePassword(path string) error { return fmt.Errorf("store %s", path) }
