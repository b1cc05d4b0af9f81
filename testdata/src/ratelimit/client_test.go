package ratelimit

import (
	"net/http"
	"testing"
)

func TestAuthenticatedCall(t *testing.T) {
	req, _ := http.NewRequest(http.MethodGet, "https://api.example.com/me", nil)
	req.Header.Set("Authorization", "Bearer test-token")
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatal(err)
	}
}
