package secreturl

import (
	"fmt"
	"net/url"
)

// Query-shaped text that stands alone is no URL: aliyun-oss-go-sdk's
// crypto Envelope.String ("IV=%s&CipherKey=%s"), or a form body, which is
// where a credential belongs in a POST.
type cryptoEnvelope struct{ IV, Password string }

func (el cryptoEnvelope) String() string {
	return fmt.Sprintf("IV=%s&password=%s", el.IV, el.Password)
}

func tokenForm(clientSecret string) string {
	return "grant_type=client_credentials&client_secret=" + clientSecret
}

// Text that becomes a URL's query, or follows its '?', still counts.
func queryText(u *url.URL, apiKey string) string {
	u.RawQuery = "format=json&api_key=" + apiKey                      // want `credential apiKey is put into a URL query`
	_ = fmt.Sprintf("%s&api_key=%s", u.String(), apiKey)              // want `credential apiKey is put into a URL query`
	return "https://api.example.com/v1?format=json&api_key=" + apiKey // want `credential apiKey is put into a URL query`
}
