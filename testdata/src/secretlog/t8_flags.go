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
)

func loadClientKey() {
	if _, err := os.ReadFile(*tlsClientKey); err != nil {
		fmt.Fprintf(os.Stderr, "failed to load private key from: %s: %v\n", *tlsClientKey, err)
	}
	log.Printf("client secret %s", *clientSecret) // want `credential clientSecret reaches a log line`
}
