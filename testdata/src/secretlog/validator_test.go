package secretlog

import "testing"

var fixtureClientSecret = "test-client-secret"

func TestSwapped(t *testing.T) {
	v := newValidator(fixtureClientSecret, "test-client-id")
	if v.check("x") == nil {
		t.Fatal("want an error")
	}
}
