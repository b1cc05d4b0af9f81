package secreturl

import (
	"net/url"
	"os"
	"testing"
)

func TestURL(t *testing.T) {
	token := "fixture"
	_ = "https://example.com/?token=" + token
	q := url.Values{}
	q.Set("api_key", "k"+token)
	u, _ := url.Parse("https://example.com")
	u.RawQuery = q.Encode()
	_ = "https://example.com/?token=" + os.Getenv("EXAMPLE_API_TOKEN") // want `credential os.Getenv\("EXAMPLE_API_TOKEN"\) is put into a URL query`
}
