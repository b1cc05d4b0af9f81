package secretlog

import "log"

// Mailer names its two keys the way mailjet's client does: a credential
// phrase, then which key.
type Mailer struct{ public, private string }

func (m *Mailer) APIKeyPublic() string  { return m.public }
func (m *Mailer) APIKeyPrivate() string { return m.private }

func qualifiedKeyNames(m *Mailer) {
	log.Print("public key: ", m.APIKeyPublic())       // the public key is no secret
	log.Fatal("Wrong secret key:", m.APIKeyPrivate()) // want `credential APIKeyPrivate\(\) reaches a log line via log.Fatal`
}
