package secretlog

import (
	"crypto/sha256"
	"log"

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
