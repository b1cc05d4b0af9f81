package sgclient

import "testing"

func TestSend(t *testing.T) {
	key := "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" // want `sendgrid-api-token`
	if !Valid(key) {
		t.Fatal(key)
	}
}
