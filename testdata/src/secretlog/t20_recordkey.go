package secretlog

import (
	crand "crypto/rand"
	"encoding/binary"
	"fmt"
	"log/slog"
	"math/rand"
)

// mochi-mqtt's storage hooks: clientKey(cl) is the key of a client's
// record in the store, the constant "CL" and the client's ID, which
// setKv logs when the write fails. Named like a TLS client key, built of
// a constant and an identifier: its body says what it is.
const clientKeyPrefix = "CL"

type mqttClient struct {
	ID       string
	Username string
	Password string
}

type storeHook struct{ log *slog.Logger }

func clientKey(cl *mqttClient) string { return clientKeyPrefix + "_" + cl.ID }

func sessionKey(cl *mqttClient) string { return fmt.Sprintf("%s:%s", clientKeyPrefix, cl.ID) }

func redisClientKey(cl *mqttClient) string { return cl.ID }

func (h *storeHook) setKv(k string, v []byte) {
	if len(v) == 0 {
		h.log.Error("failed to upsert data", "key", k)
	}
}

func (h *storeHook) onSessionEstablished(cl *mqttClient) {
	h.setKv(clientKey(cl), nil)
	h.setKv(sessionKey(cl), nil)
	h.setKv(redisClientKey(cl), nil)
}

// Still credentials: the same names when the body returns a credential,
// or a value the package cannot see into.
type mqttTLSFiles struct{ pem, keyPEM string }

func clientSecretOf(cl *mqttClient) string { return clientKeyPrefix + "_" + cl.Password }

func (t *mqttTLSFiles) clientKey() string { return t.keyPEM }

func (h *storeHook) onConnect(cl *mqttClient, t *mqttTLSFiles) {
	h.setKv(clientSecretOf(cl), nil) // want `credential clientSecretOf\(\) reaches a log line via h.setKv`
	h.setKv(t.clientKey(), nil)      // want `credential clientKey\(\) reaches a log line via h.setKv`
}

// Not a record's key: text built of a number (a one-time password, a
// random session token), or of an ID that is itself a credential.
type webUser struct{ SessionID string }

func oneTimePassword() string { return fmt.Sprintf("%06d", rand.Intn(1e6)) }

func newSessionToken() string {
	var b [8]byte
	_, _ = crand.Read(b[:])
	return fmt.Sprintf("%x", binary.BigEndian.Uint64(b[:]))
}

func sessionToken(u *webUser) string { return "s_" + u.SessionID }

func (h *storeHook) onLogin(u *webUser) {
	h.setKv(oneTimePassword(), nil) // want `credential oneTimePassword\(\) reaches a log line via h.setKv`
	h.setKv(newSessionToken(), nil) // want `credential newSessionToken\(\) reaches a log line via h.setKv`
	h.setKv(sessionToken(u), nil)   // want `credential sessionToken\(\) reaches a log line via h.setKv`
}
