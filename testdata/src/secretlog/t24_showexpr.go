package secretlog

import (
	"log"
	"os"
)

// A message names the other arguments of the call that show a
// credential, as written: a key or password written in a literal among
// them is redacted there, never quoted whole.
func t24Shown() {
	tok := os.Getenv("API_TOKEN")
	log.Printf("%v %s", tok, "https://admin:Sup3rS3cretPassw0rd@db.internal/x?t="+tok) // want `credential os.Getenv\("API_TOKEN"\) reaches a log line via log.Printf; log that it is set, or a redacted form, never the value; the same call also shows "https://admin:Sup3…@db.internal/x\?t=" \+ tok \(credential os.Getenv\("API_TOKEN"\)\)$`
}
