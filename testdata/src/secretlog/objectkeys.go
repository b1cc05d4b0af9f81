package secretlog

import (
	"crypto/x509"
	"encoding/json"
	"fmt"
	"log"
)

// baidubce's BOS client: an object key is a file name in a bucket. A POST
// policy names it under "key"; that does not make it a credential, nor the
// request field it is stored in, nor the getter that returns it.

type bosRequest struct {
	BucketName, ObjectKey string
}

func (r *bosRequest) SetObject(obj string) { r.ObjectKey = obj }
func (r *bosRequest) Object() string       { return r.ObjectKey }

type bosCredentials struct {
	SecretAccessKey string
}

func (c *bosCredentials) SecretKey() string { return c.SecretAccessKey }

func validateObjectKey(key string) error {
	if len(key) > 1024 {
		return fmt.Errorf("invalid object key %q", key)
	}
	return nil
}

func postObject(bucket, object string, c *bosCredentials) ([]byte, error) {
	req := &bosRequest{BucketName: bucket}
	req.SetObject(object)
	policy := map[string]any{
		"conditions": []any{
			map[string]string{"bucket": bucket},
			map[string]string{"key": object},
		},
	}
	if err := validateObjectKey(req.Object()); err != nil {
		return nil, err
	}
	if err := validateObjectKey(c.SecretKey()); err != nil { // want `credential SecretKey\(\) reaches an error message via validateObjectKey`
		return nil, err
	}
	return json.Marshal(policy)
}

func signWith(c *bosCredentials) error {
	return fmt.Errorf("bad secret key %s", c.SecretKey()) // want `credential SecretKey\(\) reaches an error message via fmt.Errorf`
}

// OpenFeature's evaluation context: the targeting key identifies the user a
// feature flag is evaluated for, and is flattened under "targetingKey".
type evalContext struct{ targetingKey string }

func (e evalContext) TargetingKey() string { return e.targetingKey }

func flatten(e evalContext) map[string]any {
	flat := map[string]any{}
	flat["targetingKey"] = e.targetingKey
	log.Printf("evaluating for %s", e.TargetingKey())
	return flat
}

// A key stored under a credential's name is one.
type signer struct{ key string }

func (s signer) params() map[string]string {
	p := map[string]string{}
	p["apiKey"] = s.key
	log.Printf("signing with %s", s.key) // want `credential key reaches a log line via log.Printf`
	return p
}

// oauth2-proxy's configuration check: a validator named after the secret it
// checks returns its complaints, not the secret.
func validateCookieSecret(secret string) []string {
	if len(secret) != 32 {
		return []string{fmt.Sprintf("cookie_secret must be 32 bytes, is %d", len(secret))}
	}
	return nil
}

func validateOptions(cookieSecret string) error {
	if msgs := validateCookieSecret(cookieSecret); len(msgs) > 0 {
		return fmt.Errorf("invalid configuration: %s", msgs)
	}
	return fmt.Errorf("invalid configuration: %s", cookieSecret) // want `credential cookieSecret reaches an error message via fmt.Errorf`
}

// go-jose's jose-util: the key a failed load returns is nil; the error
// message that prints it shows no key. Outside the error branch it is one.
func loadPrivateKey(data []byte) (any, error) {
	return x509.ParsePKCS8PrivateKey(data)
}

func decryptWith(data []byte, apiKey string) error {
	priv, err := loadPrivateKey(data)
	if err != nil {
		return fmt.Errorf("unable to read private key %s: %w", priv, err)
	}
	if secret, err := readSecret(apiKey); err != nil {
		return fmt.Errorf("bad secret %q: %w", secret, err)
	}
	secret, err := readSecret(apiKey)
	if err == nil {
		return fmt.Errorf("secret %q is not for this key", secret) // want `credential secret reaches an error message via fmt.Errorf`
	}
	return nil
}

func readSecret(apiKey string) (string, error) { return apiKey, nil }
