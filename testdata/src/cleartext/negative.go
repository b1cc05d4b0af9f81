package cleartext

import (
	"crypto/tls"
	"log"
	"net/http"
)

type Config struct {
	BaseURL  string
	Insecure bool
}

func https(token string) *http.Request {
	req, _ := http.NewRequest(http.MethodGet, "https://api.example.com/me", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return req
}

func loopback(token string) []*http.Request {
	var out []*http.Request
	for _, u := range []string{"http://localhost:8080/me", "http://127.0.0.1:9000/me", "http://[::1]:8080/me", "http://api.localhost/me", "http://0.0.0.0:8080/me"} {
		req, _ := http.NewRequest(http.MethodGet, u, nil)
		out = append(out, req)
	}
	req, _ := http.NewRequest(http.MethodGet, "http://localhost:8080/me", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	req2, _ := http.NewRequest(http.MethodGet, "http://127.0.0.1:9000/me", nil)
	req2.Header.Set("Authorization", "Bearer "+token)
	req3, _ := http.NewRequest(http.MethodGet, "http://[::1]:8080/me", nil)
	req3.Header.Set("Authorization", "Bearer "+token)
	return append(out, req, req2, req3)
}

func metadata(imdsToken string) *http.Request {
	req, _ := http.NewRequest(http.MethodGet, "http://169.254.169.254/latest/meta-data/", nil)
	req.Header.Set("X-aws-ec2-metadata-token", imdsToken)
	return req
}

func download() (*http.Response, error) {
	return http.Get("http://downloads.example.com/tool.tar.gz")
}

func downloadRequest(c *http.Client) (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodGet, "http://mirror.example.com/file", nil)
	req.Header.Set("User-Agent", "demo")
	return c.Do(req)
}

func dynamicHost(host, token string) *http.Request {
	req, _ := http.NewRequest(http.MethodGet, "http://"+host+"/me", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return req
}

func configured(cfg Config, token string) *http.Request {
	req, _ := http.NewRequest(http.MethodGet, cfg.BaseURL+"/me", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return req
}

func insecureHealth(url string) (*http.Response, error) {
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	return c.Get(url)
}

func secureWithAuth(req *http.Request, token string) *http.Client {
	req.Header.Set("Authorization", "Bearer "+token)
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: false}}}
}

func optional(cfg Config, req *http.Request, token string) *http.Client {
	req.Header.Set("Authorization", "Bearer "+token)
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: cfg.Insecure}}}
}

// An opt-in guarded by configuration, as vault/api's VAULT_SKIP_VERIFY, is
// the same as InsecureSkipVerify: cfg.Insecure.
func optInAssigned(cfg Config, token string) *Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	if cfg.Insecure {
		tr.TLSClientConfig.InsecureSkipVerify = true
	}
	return &Client{http: &http.Client{Transport: tr}, token: token}
}

func optInLiteral(cfg Config, token string) *Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	if cfg.Insecure {
		tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	}
	return &Client{http: &http.Client{Transport: tr}, token: token}
}

func docsLink(token string) *http.Request {
	log.Println("API docs: http://docs.example.com/api")
	req, _ := http.NewRequest(http.MethodGet, "https://api.example.com/me", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return req
}

func suppressed(token string) *http.Request {
	//credlint:ignore cleartext the device only speaks HTTP on the lab network
	req, _ := http.NewRequest(http.MethodGet, "http://device.lab.example.com/api", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return req
}

func httpsHost(host, token string) *http.Request {
	req, _ := http.NewRequest(http.MethodGet, "https://"+host+"/me", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	return req
}

type testable struct {
	endpoint string
	token    string
}

func (t *testable) get() *http.Request {
	req, _ := http.NewRequest(http.MethodGet, t.endpoint+"/me", nil)
	req.Header.Set("Authorization", "Bearer "+t.token)
	return req
}
