package headerlog

import (
	"net/http"
	"testing"
)

// Requests built by tests carry fixture credentials.
func TestRequest(t *testing.T) {
	req, _ := http.NewRequest("GET", "https://example.com", nil)
	req.Header.Set("Authorization", "Bearer fixture")
	t.Errorf("unexpected request %v", req)
	t.Errorf("auth %s", req.Header.Get("Authorization"))
}
