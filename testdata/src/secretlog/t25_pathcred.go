package secretlog

import (
	"crypto/tls"
	"fmt"
	"log"
	"net/http"
	"os"
)

// Class: a value the package opens as a file's name is a path to a
// credential file, not the credential, whatever it is called.

type pathKubeAuthInfo struct {
	ClientKey     string // a path (kubeconfig client-key)
	ClientKeyData []byte // the key
}

// podmanimage openshift-copies.go:411, 413: the field goes to a helper
// whose parameter is opened.
func validateKubeAuth(authInfo *pathKubeAuthInfo) error {
	if len(authInfo.ClientKey) != 0 {
		if err := fileReadable(authInfo.ClientKey); err != nil {
			return fmt.Errorf("unable to read client-key %v: %w", authInfo.ClientKey, err)
		}
	}
	return nil
}

func fileReadable(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	log.Printf("closing %v", name)
	return f.Close()
}

// seaweedfs sftp_service.go:114: a field given to a method whose parameter
// is read as a file.
type pathSFTPOptions struct{ SshPrivateKey string }

type pathSFTPService struct{ options pathSFTPOptions }

func (s *pathSFTPService) build() error {
	if s.options.SshPrivateKey != "" {
		if err := s.addHostKey(s.options.SshPrivateKey); err != nil {
			return err
		}
	}
	return nil
}

func (s *pathSFTPService) addHostKey(keyPath string) error {
	b, err := os.ReadFile(keyPath)
	if err != nil {
		return fmt.Errorf("failed to read host key %s: %v", keyPath, err)
	}
	_ = b
	return nil
}

// Still reported: a key that is opened and also used as the credential
// (sent in a header) …
type pathAPIConfig struct{ APIKey string }

func (c *pathAPIConfig) send(req *http.Request) error {
	if _, err := os.Stat(c.APIKey); err == nil {
		return fmt.Errorf("api key %s looks like a file", c.APIKey) // want `credential APIKey reaches an error message`
	}
	req.Header.Set("X-Api-Key", c.APIKey)
	return nil
}

// … a secret printed in the branch that takes it as the content …
func loadServiceAccount(secret string) ([]byte, error) {
	if secret[0] == '{' {
		if len(secret) < 3 {
			return nil, fmt.Errorf("bad inline credentials %s", secret) // want `credential secret reaches an error message`
		}
		return []byte(secret), nil
	}
	return os.ReadFile(secret)
}

// … and a password never opened.
type pathDBOptions struct{ Password string }

func (o pathDBOptions) check() error {
	return fmt.Errorf("bad password %s", o.Password) // want `credential Password reaches an error message`
}

// A value that is inline JSON in one branch and a file's name in the other
// is the path where the open of it failed (seaweedfs
// gcs_storage_client.go:118) …
func loadGCSCredentials(creds string) ([]byte, error) {
	if creds != "" && creds[0] == '{' {
		return []byte(creds), nil
	}
	data, err := os.ReadFile(creds)
	if err != nil {
		return nil, fmt.Errorf("failed to read credentials file %s: %w", creds, err)
	}
	return data, nil
}

// … but not where the failed open falls back to it as the content.
func loadKeyOrFile(privateKey string) (string, error) {
	data, err := os.ReadFile(privateKey)
	if err != nil {
		log.Printf("using %s as the key itself", privateKey) // want `credential privateKey reaches a log line`
		return privateKey, nil
	}
	return string(data), nil
}

// buf's studioagent: a flag given to a helper whose parameter is the key
// file of tls.LoadX509KeyPair.
type pathTLSFlags struct{ ClientCert, ClientKey string }

func pathClientTLS(flags pathTLSFlags) (*tls.Config, error) {
	cfg, err := pathNewTLSConfig(flags.ClientCert, flags.ClientKey)
	if err != nil {
		return nil, fmt.Errorf("cannot create client TLS config for %s: %w", flags.ClientKey, err)
	}
	return cfg, nil
}

func pathNewTLSConfig(certFile, keyFile string) (*tls.Config, error) {
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, fmt.Errorf("error creating x509 keypair from cert file %s and key file %s", certFile, keyFile)
	}
	return &tls.Config{Certificates: []tls.Certificate{cert}}, nil
}
