package secretlog

import (
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
)

// A stub metadata server hands the ID token from the environment to the
// client under test: the response is the fixture, not a leak.
func TestStubServesToken(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gcpToken := os.Getenv("GCP_ID_TOKEN")
		w.Write([]byte(gcpToken))
		http.Error(w, os.Getenv("API_TOKEN"), http.StatusUnauthorized)
	}))
	defer srv.Close()
	t.Logf("token %s", os.Getenv("GCP_ID_TOKEN")) // want `credential os.Getenv\("GCP_ID_TOKEN"\) reaches a log line via t.Logf`
}
