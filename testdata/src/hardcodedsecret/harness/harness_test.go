package harness

import "testing"

func TestStart(t *testing.T) {
	if Start().Host == "" {
		t.Fatal("no host")
	}
}
