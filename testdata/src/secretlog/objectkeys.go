package secretlog

import (
	"encoding/json"
	"fmt"
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
