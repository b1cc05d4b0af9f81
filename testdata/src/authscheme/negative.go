package authscheme

import (
	"encoding/base64"
	"fmt"
	"net/http"
	"strings"

	"github.com/go-resty/resty/v2"
)

// Header names, not credentials.
const (
	authHeader     = "Authorization"
	systemIDHeader = "X-System-Id"
)

func correct(req *http.Request, token string) {
	req.Header.Set("Authorization", "Bearer "+token)
}

func correctSprintf(req *http.Request, token string) {
	req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", token))
}

func headerNameConst(req *http.Request, token, systemID string) {
	req.Header.Set(authHeader, "Bearer "+token)
	req.Header.Set(systemIDHeader, systemID)
}

func apiKeyHeader(req *http.Request, apiKey string) {
	req.Header.Set("X-Api-Key", apiKey) // no scheme in an API-key header
}

func basicAuth(req *http.Request, user, password string) {
	req.SetBasicAuth(user, password)
}

func basicManual(req *http.Request, user, password string) {
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(user+":"+password)))
}

func githubToken(req *http.Request, token string) {
	req.Header.Set("Authorization", "token "+token) // GitHub accepts it; -strict only
}

func wholeValue(req *http.Request, auth, authorization string) {
	req.Header.Set("Authorization", auth)
	req.Header.Add("Authorization", authorization)
}

func forwarded(req, in *http.Request) {
	req.Header.Set("Authorization", in.Header.Get("Authorization"))
}

func authHeaderValue() string { return "Bearer x" }

func fromFunc(req *http.Request) {
	req.Header.Set("Authorization", authHeaderValue())
}

func credentials(req *http.Request, credentials string) {
	req.Header.Set("Authorization", credentials)
}

func mapCanonical(req *http.Request, token string) {
	req.Header["Authorization"] = []string{"Bearer " + token}
	req.Header["X-Request-Id"] = []string{"42"}
}

func literalCanonical(apiKey string) http.Header {
	return http.Header{"X-Api-Key": {apiKey}, "Accept": {"application/json"}}
}

func restyCorrect(c *resty.Client, token string) {
	c.SetAuthToken(token)
	c.SetAuthScheme("Bearer")
	c.SetHeader("Authorization", "Bearer "+token)
	c.R().SetHeaders(map[string]string{"authorization": "Bearer " + token}) // resty canonicalises
}

func challenge(w http.ResponseWriter) {
	w.Header().Set("WWW-Authenticate", `bearer realm="api"`)
}

func trimmed(req *http.Request, token string) {
	req.Header.Set("Authorization", "Bearer "+strings.TrimSpace(token))
}

func nonCredentialMap(req *http.Request) {
	req.Header["x-request-id"] = []string{"42"} // not a credential header
}

func dynamicScheme(req *http.Request, tokenType, token string) {
	req.Header.Set("Authorization", tokenType+" "+token)
}

func comparison(h string) bool {
	return strings.HasPrefix(h, "bearer ") || h == "Authorization"
}

func sigV4(req *http.Request, signature string) {
	req.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-1/s3/aws4_request, Signature="+signature)
}

func pagination(req *http.Request, pageToken string) {
	req.Header.Set("Authorization", pageToken) // not a credential
}

func prefixedAlready(req *http.Request, token string) {
	bearer := "Bearer " + token
	req.Header.Set("Authorization", bearer)
}

func suppressed(req *http.Request, token string) {
	//credlint:ignore authscheme the legacy gateway wants lower case
	req.Header.Set("Authorization", "bearer "+token)
}

func digest(req *http.Request, response string) {
	req.Header.Set("Authorization", `Digest username="u", response="`+response+`"`)
}

// Azure's generated clients write every header into the map as it goes on
// the wire, lowercase, a credential one as the others: a convention, not a
// slip.
func lowercaseConvention(req *http.Request, version, encryptionKey string) {
	req.Header["x-ms-version"] = []string{version}
	req.Header["x-ms-encryption-key"] = []string{encryptionKey}
	req.Header["Accept"] = []string{"application/xml"}
}

// A field the package fills with "<scheme> <token>" (softlayer-go's
// IAMToken, from an OAuth2 answer's token_type and access_token) is sent
// whole: it carries its scheme.
type oauthAnswer struct{ TokenType, AccessToken string }

type session struct{ IAMToken, userToken string }

func (s *session) refresh(a oauthAnswer) {
	s.IAMToken = fmt.Sprintf("%s %s", a.TokenType, a.AccessToken)
}

func (s *session) logout() { s.IAMToken = "" }

func (s *session) setUserToken(tok string) { s.userToken = "Bearer " + tok }

func (s *session) sign(req *http.Request) {
	req.Header.Set("Authorization", s.IAMToken)
	req.Header.Set("Authorization", s.userToken)
}

func schemeVar(req *http.Request, a oauthAnswer, retry bool) {
	authToken := a.TokenType + " " + a.AccessToken
	if retry {
		authToken = fmt.Sprintf("%v %v", a.TokenType, a.AccessToken)
	}
	req.Header.Set("Authorization", authToken)
}
