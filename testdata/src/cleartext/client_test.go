package cleartext

import (
	"net/http"
	"testing"
)

func TestPlain(t *testing.T) {
	c := &testable{endpoint: "http://api.example.com", token: "t"}
	_ = c.get()
	req, _ := http.NewRequest(http.MethodGet, "http://api.example.com/me", nil)
	req.Header.Set("Authorization", "Bearer test")
}
