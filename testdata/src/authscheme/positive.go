package authscheme

import (
	"fmt"
	"net/http"
	"os"
	"strings"

	"github.com/go-resty/resty/v2"
	"golang.org/x/oauth2"
)

type client struct {
	apiKey   string
	systemID string
}

func lowercase(req *http.Request, token string) {
	req.Header.Set("Authorization", "bearer "+token) // want `malformed Authorization header: scheme written "bearer", not "Bearer"`
}

// A scheme and a key in one literal: the fix edits the scheme's bytes only,
// so a fix printed by go vet -json or an editor never carries the key.
func schemeAndKey(req *http.Request) {
	req.Header.Set("Authorization", "bearer sk_live_Fx4Gt7Hk2Lm9Np3Qr8Sv5Tw1Xz6Yb0Cd") // want `scheme written "bearer"`
}

func upper(req *http.Request, token string) {
	req.Header.Add("Authorization", "BEARER "+token) // want `scheme written "BEARER"`
}

func sprintfLower(req *http.Request, token string) {
	req.Header.Set("authorization", fmt.Sprintf("bearer %s", token)) // want `scheme written "bearer"`
}

func noSpace(req *http.Request, token string) {
	req.Header.Set("Authorization", "Bearer"+token) // want `no space after "Bearer"`
}

func twoSpaces(req *http.Request, token string) {
	req.Header.Set("Authorization", "Bearer  "+token) // want `more than one space after "Bearer"`
}

func leadingSpace(req *http.Request, token string) {
	req.Header.Set("Authorization", " Bearer "+token) // want `space before the scheme`
}

func doubled(req *http.Request, token string) {
	req.Header.Set("Authorization", "Bearer Bearer "+token) // want `"Bearer" twice`
}

func colon(req *http.Request, token string) {
	req.Header.Set("Authorization", "Bearer: "+token) // want `a colon after "Bearer"`
}

func curlPasted(req *http.Request, token string) {
	req.Header.Set("Authorization", "Authorization: Bearer "+token) // want `the value starts with the header name`
}

// A bare token is reported with evidence that the server wants the Bearer
// scheme: an OAuth2 or bearer token by its name, a token endpoint's
// access_token, or the same variable or field sent after "Bearer "
// elsewhere in the package.
func bare(req *http.Request, bearerToken string) {
	req.Header.Set("Authorization", bearerToken) // want `Authorization header without a scheme: bearerToken is sent bare; missing "Bearer" scheme`
}

func bareEnv(req *http.Request) {
	req.Header.Set("Authorization", os.Getenv("GITHUB_ACCESS_TOKEN")) // want `os.Getenv\("GITHUB_ACCESS_TOKEN"\) is sent bare`
}

func (c *client) bearerField(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
}

func (c *client) bareField(req *http.Request) {
	req.Header.Set("Authorization", c.apiKey) // want `apiKey is sent bare`
}

func bareTrimmed(req *http.Request, accessToken string) {
	req.Header.Set("Authorization", strings.TrimSpace(accessToken)) // want `accessToken is sent bare`
}

func bareLocal(req *http.Request) {
	apiToken := os.Getenv("OAUTH_TOKEN")
	req.Header.Set("Authorization", apiToken) // want `os.Getenv\("OAUTH_TOKEN"\) is sent bare`
}

// A token endpoint's answer (RFC 6749 5.1): access_token is a bearer token
// whatever the field is called.
type tokenAnswer struct {
	Token string `json:"access_token"`
}

type oauthClient struct{ token string }

func (c *oauthClient) login(a tokenAnswer) { c.token = a.Token }

func (c *oauthClient) sign(req *http.Request, a tokenAnswer) {
	req.Header.Set("Authorization", a.Token) // want `Token is sent bare`
	req.Header.Set("Authorization", c.token) // want `token is sent bare`
}

// An OAuth2 token's access token, kept in a field named for a plain token.
type oauth2Client struct{ token string }

func (c *oauth2Client) refresh(t *oauth2.Token) { c.token = t.AccessToken }

func (c *oauth2Client) sign(req *http.Request, t *oauth2.Token) {
	req.Header.Set("Authorization", t.AccessToken) // want `AccessToken is sent bare`
	req.Header.Set("Authorization", c.token)       // want `token is sent bare`
}

func mapLower(req *http.Request, token string) {
	req.Header["Authorization"] = []string{"bearer " + token} // want `scheme written "bearer"`
}

func literalLower(token string) http.Header {
	return http.Header{"Authorization": {"bearer " + token}} // want `scheme written "bearer"`
}

func localPrefix(req *http.Request, token string) {
	prefix := "bearer "
	req.Header.Set("Authorization", prefix+token) // want `scheme written "bearer"`
}

func twiceAcross(req *http.Request, token string) {
	auth := "Bearer " + token
	req.Header.Set("Authorization", "Bearer "+auth) // want `"Bearer" twice`
}

func constantValue(req *http.Request) {
	req.Header.Set("Authorization", "bearer your-api-token-here") // want `scheme written "bearer"`
}

func basicNoSpace(req *http.Request, encoded string) {
	req.Header.Set("Authorization", "Basic"+encoded) // want `no space between "Basic" and the credential`
}

func (c *client) nonCanonical(req *http.Request) {
	req.Header["x-system-id"] = []string{c.systemID} // want `header "x-system-id" written into the header map under a non-canonical name: Header.Get\("X-System-Id"\) will not find it`
}

func nonCanonicalBoth(req *http.Request, token string) {
	req.Header["authorization"] = []string{"bearer " + token} // want `non-canonical name` `scheme written "bearer"`
}

func nonCanonicalLiteral(apiKey string) http.Header {
	return http.Header{"x-api-key": {apiKey}} // want `header "x-api-key" written into the header map under a non-canonical name`
}

func restyHeader(c *resty.Client, token string) {
	c.SetHeader("Authorization", "bearer "+token) // want `scheme written "bearer"`
}

func restyHeaders(r *resty.Request, token string) {
	r.SetHeaders(map[string]string{"Authorization": "bearer " + token, "Accept": "application/json"}) // want `scheme written "bearer"`
}

func restyToken(r *resty.Request, token string) {
	r.SetAuthToken("Bearer " + token) // want `SetAuthToken adds the scheme itself`
}

func restyScheme(c *resty.Client) {
	c.SetAuthScheme("bearer") // want `malformed auth scheme: scheme written "bearer"`
}

func restySchemeSpace(c *resty.Client) {
	c.SetAuthScheme("Bearer ") // want `spaces around the scheme`
}

// A field the package fills with a bare token, or with a scheme on one
// path only, is still sent bare.
type tokenSession struct{ IAMToken, accessToken string }

func (s *tokenSession) refresh(a struct{ TokenType, AccessToken string }, raw bool) {
	s.accessToken = a.AccessToken
	s.IAMToken = a.TokenType + " " + a.AccessToken
	if raw {
		s.IAMToken = a.AccessToken
	}
}

func (s *tokenSession) sign(req *http.Request) {
	req.Header.Set("Authorization", s.accessToken) // want `accessToken is sent bare`
	req.Header.Set("Authorization", s.IAMToken)    // want `IAMToken is sent bare`
}

// Sure Send's and AutoSend's guides require "Bearer " before their keys:
// the environment variable names the vendor.
func bearerVendorEnv(req *http.Request) {
	req.Header.Set("Authorization", os.Getenv("SURESEND_API_TOKEN")) // want `os.Getenv\("SURESEND_API_TOKEN"\) is sent bare`
	apiKey := os.Getenv("AUTOSEND_API_KEY")
	req.Header.Set("Authorization", apiKey) // want `os.Getenv\("AUTOSEND_API_KEY"\) is sent bare`
}
