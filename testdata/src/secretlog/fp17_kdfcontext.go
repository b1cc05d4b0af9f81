package secretlog

import (
	"crypto/sha256"
	"io"
	"log"

	"golang.org/x/crypto/hkdf"
)

// syncthing v1.30.0 lib/protocol/encryption.go:592 derives a file's key
// from the folder key and the file's name, appended into HKDF's secret:
// the name is the context the key is derived for, not a part of the
// secret, and every FileInfo.Name logged in the module was reported.
type fp17File struct {
	Name string
	Size int64
}

func fp17FileKey(filename string, folderKey *[32]byte) io.Reader {
	return hkdf.New(sha256.New, append(folderKey[:], filename...), nil, nil)
}

func fp17Request(f fp17File, folderKey *[32]byte) {
	fp17FileKey(f.Name, folderKey)
	log.Printf("request for %s", f.Name) // silent: a file name mixed into a key derivation
}

// A value mixed into the secret whose name says nothing of what it is
// stays a part of the key material.
func fp17Material(seed string, folderKey *[32]byte) {
	hkdf.New(sha256.New, append(folderKey[:], seed...), nil, nil)
	log.Printf("seed %s", seed) // want `credential seed reaches a log line via log.Printf`
}
