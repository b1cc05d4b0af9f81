package authscheme

import (
	"net/http"
	"testing"
)

// Tests send malformed headers on purpose.
func TestRejectsLowercase(t *testing.T) {
	req, _ := http.NewRequest("GET", "https://api.example.com", nil)
	req.Header.Set("Authorization", "bearer x")
	_ = req
}
