package secreturl

import (
	"net/http"
	"net/url"
)

// A presigned URL carries its credentials in the query by design: the
// signature makes the URL itself the time-limited grant (SigV4, as in
// minio-go's signer).
func presignV4(req *http.Request, credential, sessionToken, signature string) {
	query := req.URL.Query()
	query.Set("X-Amz-Algorithm", "AWS4-HMAC-SHA256")
	query.Set("X-Amz-Credential", credential)
	query.Set("X-Amz-Security-Token", sessionToken)
	req.URL.RawQuery = query.Encode()
	req.URL.RawQuery += "&X-Amz-Signature=" + signature
}

// Without a signature, the same query leaks the session token.
func unsignedQuery(req *http.Request, sessionToken string) {
	query := url.Values{}
	query.Set("X-Amz-Security-Token", sessionToken) // want `credential sessionToken is put into a URL query`
	req.URL.RawQuery = query.Encode()
}
