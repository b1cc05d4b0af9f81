package secreturl

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/url"
)

// Class: a URL signed over its own text carries the signature in its query
// by design (a presigned or private download URL): the signature grants
// that URL only, until its deadline. Silent, whichever way the signature
// is made.

type signer struct{ accessKey, secretKey string }

// Sign returns "AK:base64(HMAC(data))", as qiniu's auth.Credentials.Sign.
func (s *signer) Sign(data []byte) string {
	h := hmac.New(sha1.New, []byte(s.secretKey))
	h.Write(data)
	return s.accessKey + ":" + base64.URLEncoding.EncodeToString(h.Sum(nil))
}

// qiniu storage/bucket.go MakePrivateURL: a method named Sign signs the URL.
func makePrivateURL(mac *signer, domain, key string, deadline int64) (privateURL string) {
	urlToSign := fmt.Sprintf("%s/%s?e=%d", domain, key, deadline)
	token := mac.Sign([]byte(urlToSign))
	privateURL = fmt.Sprintf("%s&token=%s", urlToSign, token)
	return
}

// qiniu pili/url.go SignPublishURL: an HMAC over the URL's path and query.
func signPublishURL(publishURL, publishKey string) (string, error) {
	u, err := url.Parse(publishURL)
	if err != nil {
		return "", err
	}
	h := hmac.New(sha1.New, []byte(publishKey))
	h.Write([]byte(u.Path + "?" + u.RawQuery))
	token := base64.URLEncoding.EncodeToString(h.Sum(nil))
	return u.String() + "&token=" + token, nil
}

// cos object.go GetPresignedURL: a helper of the package signs the request
// whose URL is returned (newAuthorization → calSignature → HMAC).
func presignedURL(req *http.Request, ak, sk string) *url.URL {
	authorization := newAuthorization(ak, sk, req)
	req.URL.RawQuery = fmt.Sprintf("sign=%s", encodeURIComponent(authorization))
	return req.URL
}

func addAuthorizationHeader(req *http.Request, ak, sk string) {
	auth := newAuthorization(ak, sk, req)
	req.Header.Set("Authorization", auth)
}

func newAuthorization(secretID, secretKey string, req *http.Request) string {
	signature := calSignature(secretKey, req.Method+"\n"+req.URL.Path)
	return "q-ak=" + secretID + "&q-signature=" + signature
}

func encodeURIComponent(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		b = append(b, s[i])
	}
	return string(b)
}

func calSignature(signKey, stringToSign string) string {
	h := hmac.New(sha1.New, []byte(signKey))
	h.Write([]byte(stringToSign))
	return fmt.Sprintf("%x", h.Sum(nil))
}

// Still reported: a signing function that puts the key it signs with into
// the URL (the key, not a signature, travels) …
func signAndLeakKey(publishURL, secretKey string) string {
	u, _ := url.Parse(publishURL)
	h := hmac.New(sha1.New, []byte(secretKey))
	h.Write([]byte(u.Path))
	q := u.Query()
	q.Set("secret", secretKey) // want `credential secretKey is put into a URL query`
	q.Set("sig", base64.URLEncoding.EncodeToString(h.Sum(nil)))
	u.RawQuery = q.Encode()
	return u.String()
}

// … an ordinary request builder …
func listURL(base, apiKey string) string {
	u, _ := url.Parse(base)
	u.RawQuery = "format=json&api_key=" + apiKey // want `credential apiKey is put into a URL query`
	return u.String()
}

// … and a token signed over something other than the URL (a JWT over its
// claims) is a bearer credential, not this URL's signature.
func tokenLink(base string, claims []byte) string {
	mac := &signer{}
	token := mac.Sign(claims)
	return base + "?token=" + token // want `credential token is put into a URL query`
}

// An account's sign-in is no signature: the password in the URL it is
// given stays reported.
type signinClient struct{}

func (signinClient) SignIn(u string) error { return nil }

func signinLink(c signinClient, base, password string) string {
	loginURL := base + "?password=" + password // want `credential password is put into a URL query`
	_ = c.SignIn(loginURL)
	return loginURL
}
