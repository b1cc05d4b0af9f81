package hostlabel

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// Server is a self-hosted server's client: its URL is the user's, with at
// most the scheme changed (ws → http, or https:// put in front of a bare
// host). No host of the package's own: not reported without -selfhosted.
type Server struct {
	url    string
	apiKey string
	hc     *http.Client
}

func NewServer(addr, apiKey string) *Server {
	u := strings.Replace(addr, "ws", "http", 1)
	if !strings.Contains(u, "://") {
		u = fmt.Sprintf("https://%s", u)
	}
	return &Server{url: u, apiKey: apiKey, hc: &http.Client{}}
}

func (s *Server) ListRooms(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.url+"/rooms", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+s.apiKey)
	resp, err := s.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		var e apiError
		if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
			return err
		}
		return fmt.Errorf("list rooms: %s", e.Message)
	}
	return nil
}
