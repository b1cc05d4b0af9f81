package secretlog

import (
	"fmt"
	"log/slog"
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
