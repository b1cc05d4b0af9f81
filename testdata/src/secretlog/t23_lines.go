package secretlog

import (
	"log"
	"os"
)

type t23Token struct {
	AccessToken string `json:"access_token"`
}

// A call over several lines is merged per line only: an ignore comment on
// the first credential's line (and the next) must leave a credential the
// call shows lines below reported.
func t23Lines(token t23Token) {
	apiKey := os.Getenv("API_KEY")
	log.Printf("token %+v, %d, key %s",
		token, //credlint:ignore secretlog a test server's throwaway token
		len(apiKey),
		apiKey, // want `credential apiKey reaches a log line via log.Printf`
	)
}
