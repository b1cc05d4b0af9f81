package secretlog

import (
	"fmt"
	"log"
	"net/url"
)

// A presigned URL's key ID parameters name the signing key: logging the
// URL shows no secret through them.
func logPresigned(base, credential, accessKey, expires string) {
	u := base + "?AWSAccessKeyId=" + url.QueryEscape(accessKey) + "&Expires=" + expires
	log.Printf("GET %s", u)
	log.Printf("GET %s", base+"?X-Amz-Credential="+credential+"&X-Amz-Expires=60")
	_ = fmt.Errorf("presign %s: failed", base+"?OSSAccessKeyId="+accessKey)
}

// The secret key or a password in the query still shows.
func logSecretQuery(base, secretKey, password string) {
	log.Printf("GET %s", base+"?AWSSecretAccessKey="+secretKey) // want `secretKey`
	log.Printf("GET %s", base+"?password="+password)            // want `password`
}

func logPresignedf(base, credential, password string) {
	log.Print(fmt.Sprintf("%s?X-Amz-Credential=%s&X-Amz-Expires=60", base, credential))
	log.Print(fmt.Sprintf("%s?X-Amz-Credential=%s", base, credential, password)) // want `password`
}
