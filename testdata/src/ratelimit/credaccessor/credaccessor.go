// Package credaccessor fetches the SDK's own credentials: from an instance
// metadata service through a small request helper, and from a pod identity
// endpoint given in the configuration. Those are credential fetches, not
// rate-limited API calls. The IAM client below is an API client that
// manages credentials: its calls are API calls.
package credaccessor

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"time"
)

// defaultIamEndpoint makes the package a hosted API's client.
const defaultIamEndpoint = "https://iam.cloud.example-saas.io"

// MetadataEndpoint is a variable so that tests can point it elsewhere.
var MetadataEndpoint = "http://169.254.169.254"

type Credential struct{ AK, SK, SecurityToken string }

type simpleResponse struct {
	Status int
	Body   string
}

var client = &http.Client{Timeout: 3 * time.Second}

// execute is the metadata accessor's request helper: only credential
// fetches call it.
func execute(req *http.Request) (*simpleResponse, error) {
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	return &simpleResponse{Status: resp.StatusCode, Body: string(b)}, nil
}

type MetadataAccessor struct{ token string }

func (m *MetadataAccessor) getToken() (*simpleResponse, error) {
	req, _ := http.NewRequest(http.MethodPut, MetadataEndpoint+"/meta-data/latest/api/token", nil)
	return execute(req)
}

// GetCredential returns the SDK's credential: a credential fetch.
func (m *MetadataAccessor) GetCredential() (*Credential, error) {
	if m.token == "" {
		t, err := m.getToken()
		if err != nil {
			return nil, err
		}
		m.token = t.Body
	}
	req, _ := http.NewRequest(http.MethodGet, MetadataEndpoint+"/openstack/latest/securitykey", nil)
	req.Header.Set("X-Metadata-Token", m.token)
	resp, err := execute(req)
	if err != nil {
		return nil, err
	}
	var c Credential
	return &c, json.Unmarshal([]byte(resp.Body), &c)
}

type PodIdentityAccessor struct{ uri, file string }

// GetCredential posts the pod's projected token to the configured
// endpoint and gets the SDK's credential back.
func (p *PodIdentityAccessor) GetCredential() (*Credential, error) {
	token, err := os.ReadFile(p.file)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodPost, p.uri, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", string(token))
	hc := &http.Client{Timeout: 10 * time.Second}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, errors.New(resp.Status)
	}
	var c Credential
	return &c, json.NewDecoder(resp.Body).Decode(&c)
}

// IAM is an API client whose calls manage credentials: API calls all the
// same, not credential fetches.
type IAM struct {
	hc  *http.Client
	key string
}

type CreateCredentialResponse struct{ Credential Credential }

// send is shared by a credential-looking method and an API call: not
// every caller fetches credentials, so its calls are API calls.
func (c *IAM) send(method, path string, out any) error {
	req, _ := http.NewRequest(method, defaultIamEndpoint+path, nil)
	req.Header.Set("X-Api-Key", c.key)
	resp, err := c.hc.Do(req) // want `^authenticated requests sent by c\.hc\.Do \(2 API calls\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New("request failed")
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// CreateCredential creates an access key for a user: an API call.
func (c *IAM) CreateCredential(user string) (*CreateCredentialResponse, error) {
	var out CreateCredentialResponse
	return &out, c.send(http.MethodPost, "/v3/users/"+user+"/credentials", &out)
}

// currentCredential reads the SDK's own credential through the API client.
func (c *IAM) currentCredential() (*Credential, error) {
	var out Credential
	return &out, c.send(http.MethodGet, "/v3/credential", &out)
}

// ListUsers is an API call.
func (c *IAM) ListUsers() ([]string, error) {
	var out []string
	return out, c.send(http.MethodGet, "/v3/users", &out)
}
