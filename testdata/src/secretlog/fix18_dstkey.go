package secretlog

import (
	"crypto/sha256"
	"fmt"
	"log"
	"net/http"

	"golang.org/x/crypto/hkdf"
)

// review17 M2: dst and dest name the buffer key material is copied or
// derived into, not where a request goes (a destination locates, see
// fp17_destination.go): built with another part into a key, the buffer
// is a part of the key, and logging it leaks it.
func fix18DeriveInto(dst []byte, salt string) {
	hkdf.New(sha256.New, append(dst, salt...), nil, nil)
	log.Printf("derived from %x", dst) // want `credential dst reaches a log line via log.Printf`
}

func fix18CopyInto(master []byte, salt string) {
	dst := make([]byte, len(master))
	copy(dst, master)
	hkdf.New(sha256.New, append(dst, salt...), nil, nil)
	log.Printf("key buffer %x", dst) // want `credential dst reaches a log line via log.Printf`
}

func fix18DeriveDest(dest, info []byte) {
	hkdf.New(sha256.New, append(dest, info...), nil, nil)
	log.Printf("derived from %x", dest) // want `credential dest reaches a log line via log.Printf`
}

// review18 M3: dst or dest as text is the host a signed request goes to,
// a locator beside the signature; only a byte buffer of that name holds
// key material.
func fix18SignTo(req *http.Request, origin, dst, keyID, sig string) {
	req.Header.Set("Authorization", fmt.Sprintf("X-Matrix origin=%s,destination=%s,key=%q,sig=%q", origin, dst, keyID, sig))
	log.Printf("sending to %s", dst) // silent: a destination host
}
