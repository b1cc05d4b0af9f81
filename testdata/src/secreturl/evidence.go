package secreturl

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strconv"
)

// An ACME challenge's token is public: nothing in the package sends it as
// a credential.
type acme struct{ base string }

func (a *acme) poll(domain, token string) string {
	return a.base + "/challenge?domain=" + domain + "&id=" + token
}

// The same name, used as a credential elsewhere in the package.
type vendor struct{ base, token, k string }

func (v *vendor) sign(req *http.Request) { req.Header.Set("X-Auth-Token", v.token) }

func newVendor() *vendor { return &vendor{k: os.Getenv("MAPS_API_KEY")} }

func (v *vendor) secretKey() string { return v.k }

func (v *vendor) list(cursor string) []string {
	return []string{
		v.base + "/items?t=" + v.token,                    // want `credential token is put into a URL query \(parameter "t"\)`
		v.base + "/geo?q=" + v.k,                          // want `credential os.Getenv\("MAPS_API_KEY"\) is put into a URL query`
		fmt.Sprintf("%s/geo?s=%s", v.base, v.secretKey()), // want `credential secretKey\(\) is put into a URL query`
		v.base + "/items?cursor=" + cursor,
	}
}

func (v *vendor) query(id string) string {
	q := url.Values{}
	q.Set("id", id)
	q.Set("sig", v.token) // want `credential token is put into a URL query \(parameter "sig"\)`
	return v.base + "?" + q.Encode()
}

// A flag or a number under a credential-like parameter name.
func (v *vendor) flags(oauthTokens bool, tokenCount int) string {
	q := url.Values{}
	q.Add("oauthTokens", strconv.FormatBool(oauthTokens))
	q.Add("token", strconv.Itoa(tokenCount))
	return v.base + "?" + q.Encode()
}
