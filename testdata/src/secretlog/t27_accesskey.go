package secretlog

import (
	"fmt"
	"log"
)

// A key pair's access key is its ID when the struct holds the secret half
// beside it (S3, MinIO, qiniu: AccessKey + SecretKey): a duplicate-key
// error names the ID. The secret half stays a credential, and so does an
// access key that is the only secret a struct holds.
type t27Credential struct {
	AccessKey string
	SecretKey string
}

type t27Pair struct {
	AccessKey       string
	SecretAccessKey string
}

type t27Service struct {
	AccessKey string // the API's only secret
	Endpoint  string
}

func t27Add(existing map[string]bool, cred *t27Credential, pair t27Pair, svc t27Service) error {
	if existing[cred.AccessKey] {
		return fmt.Errorf("access key %s already exists", cred.AccessKey) // silent: the pair's ID
	}
	log.Printf("rotating %s", pair.AccessKey)                           // silent: the pair's ID
	log.Printf("rotating %s/%s", pair.AccessKey, cred.SecretKey)        // want `credential SecretKey reaches a log line via log.Printf`
	return fmt.Errorf("bad key %s for %s", svc.AccessKey, svc.Endpoint) // want `credential AccessKey reaches an error message via fmt.Errorf`
}
