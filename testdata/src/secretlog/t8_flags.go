package secretlog

import (
	"flag"
	"fmt"
	"log"
	"os"
)

// A flag whose usage says it holds a path names where the key is (sarama's
// kafka-producer-performance); a flag that holds the key itself is one.
var (
	tlsClientKey = flag.String("tls-client-key", "", "The path to a file that contains the client private key")
	clientSecret = flag.String("client-secret", "", "The OAuth2 client secret")
	// The words path, file or directory elsewhere in the usage say nothing
	// about the value: these hold the secrets themselves.
	flagAPIKey      = flag.String("api-key", "", "API key; overrides the one in the config file")
	flagKeyPassword = flag.String("key-password", "", "password that decrypts the private key file")
	flagDBPassword  = flag.String("db-password", "", "database password (default: read from the directory service)")
	keyFile         = flag.String("key-file", "", "Location of the PEM-encoded signing key")
	secretPath      = flag.String("secret", "", "path of the file holding the shared secret")
)

func printFlags() {
	log.Printf("api key %s", *flagAPIKey)           // want `credential flagAPIKey reaches a log line`
	log.Printf("key password %s", *flagKeyPassword) // want `credential flagKeyPassword reaches a log line`
	log.Printf("db password %s", *flagDBPassword)   // want `credential flagDBPassword reaches a log line`
	log.Printf("signing key from %s", *keyFile)
	log.Printf("secret from %s", *secretPath)
}

func loadClientKey() {
	if _, err := os.ReadFile(*tlsClientKey); err != nil {
		fmt.Fprintf(os.Stderr, "failed to load private key from: %s: %v\n", *tlsClientKey, err)
	}
	log.Printf("client secret %s", *clientSecret) // want `credential clientSecret reaches a log line`
}
