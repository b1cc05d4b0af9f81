package secreturl

import (
	"log"
	"net/http"
	"net/url"
)

// The key ID parameters of presigned URLs (SigV4's X-Amz-Credential,
// SigV2's AWSAccessKeyId, Aliyun OSS's OSSAccessKeyId, GCS's
// GoogleAccessId) name the key that signed the URL: no secret, even where
// the signature is added elsewhere.
func presignQuery(req *http.Request, credential, accessKey, accessKeyID string) {
	q := req.URL.Query()
	q.Set("X-Amz-Credential", credential)
	q.Set("OSSAccessKeyId", accessKey)
	q.Set("GoogleAccessId", accessKeyID)
	req.URL.RawQuery = q.Encode()
}

func presignText(base, credential, accessKey string) string {
	u := base + "?AWSAccessKeyId=" + accessKey + "&Expires=60"
	u += "&x-oss-credential=" + credential
	log.Printf("presigned %s", u)
	return u
}

// The secret key itself, or a session token, still is one.
func secretInQuery(req *http.Request, secretKey string) {
	q := url.Values{}
	q.Set("AWSSecretAccessKey", secretKey) // want `credential secretKey is put into a URL query`
	req.URL.RawQuery = q.Encode()
}
