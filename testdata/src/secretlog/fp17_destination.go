package secretlog

import (
	"fmt"
	"log"
	"net/http"
)

// gomatrixserverlib fclient/request.go:158 signs a federation request
// with an Authorization value that names the servers it goes between
// beside the signature: X-Matrix origin=…,key=…,sig=…,destination=…. The
// destination is a public server name, not a part of the credential, and
// dendrite's federationapi/routing/join.go:68 logs request.Destination().
type fp17Fields struct {
	Origin      string
	Destination string
}

type fp17FedRequest struct{ fields fp17Fields }

func (r *fp17FedRequest) Destination() string { return r.fields.Destination }

func (r *fp17FedRequest) sign(req *http.Request, keyID, sig string) {
	req.Header.Add("Authorization", fmt.Sprintf("X-Matrix origin=%q,key=%q,sig=%q,destination=%q",
		r.fields.Origin, keyID, sig, r.fields.Destination))
	log.Printf("signed %s", sig) // want `credential sig reaches a log line via log.Printf`
}

func fp17Join(r *fp17FedRequest) {
	log.Printf("no signing identity for %s", r.Destination()) // silent: a destination locates, it is no credential
}
