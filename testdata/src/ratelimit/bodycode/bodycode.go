// Package bodycode: APIs that answer 200 with a rate-limit code in the body
// (Tencent Cloud's and AWS EC2's RequestLimitExceeded, AWS's Throttling).
// A client that compares the body's code with such a code and backs off
// handles rate limits; a code that means something else, or the words in a
// log message, do not.
package bodycode

import (
	"encoding/json"
	"errors"
	"math/rand"
	"net/http"
	"strings"
	"time"

	"ratelimit/bodycode/apierr"
)

const (
	endpoint          = "https://cvm.cloudapi-example.io"
	codeLimitExceeded = "RequestLimitExceeded"
	maxRetries        = 3
)

type apiError struct {
	Code    string
	Message string
}

func (e *apiError) Error() string { return e.Code + ": " + e.Message }

func readErr(resp *http.Response) error {
	var body struct{ Error *apiError }
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return err
	}
	if body.Error != nil {
		return body.Error
	}
	return nil
}

// Client retries a body code named by a constant, with backoff, capped.
type Client struct {
	hc     *http.Client
	secret string
}

func (c *Client) sendHTTP(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "TC3-HMAC-SHA256 Signature="+c.secret)
	return c.hc.Do(req)
}

func (c *Client) sendWithLimitRetry(req *http.Request) (resp *http.Response, err error) {
	for i := 0; i <= maxRetries; i++ {
		resp, err = c.sendHTTP(req)
		if err != nil {
			return nil, err
		}
		err = readErr(resp)
		var apiErr *apiError
		if errors.As(err, &apiErr) && apiErr.Code == codeLimitExceeded && i < maxRetries {
			time.Sleep(time.Duration(1<<i) * time.Second)
			continue
		}
		return resp, err
	}
	return resp, err
}

func (c *Client) DescribeInstances() error {
	req, _ := http.NewRequest("POST", endpoint+"/DescribeInstances", nil)
	resp, err := c.sendWithLimitRetry(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out map[string]any
	return json.NewDecoder(resp.Body).Decode(&out)
}

func (c *Client) RunInstances() error {
	req, _ := http.NewRequest("POST", endpoint+"/RunInstances", nil)
	resp, err := c.sendWithLimitRetry(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out map[string]any
	return json.NewDecoder(resp.Body).Decode(&out)
}

// SwitchClient switches on the code, with literals (AWS's Throttling).
type SwitchClient struct {
	hc  *http.Client
	key string
}

func (c *SwitchClient) send(req *http.Request) (*http.Response, error) {
	req.Header.Set("X-Api-Key", c.key)
	return c.hc.Do(req)
}

func (c *SwitchClient) do(path string) (*http.Response, error) {
	for attempt := 0; ; attempt++ {
		req, _ := http.NewRequest("GET", endpoint+path, nil)
		resp, err := c.send(req)
		if err != nil {
			return nil, err
		}
		var apiErr *apiError
		if err := readErr(resp); errors.As(err, &apiErr) && attempt < maxRetries {
			switch apiErr.Code {
			case "Throttling", "ThrottlingException":
				time.Sleep(time.Duration(attempt+1) * time.Second)
				continue
			}
			return nil, err
		}
		return resp, nil
	}
}

func (c *SwitchClient) ListQueues() error {
	resp, err := c.do("/queues")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out map[string]any
	return json.NewDecoder(resp.Body).Decode(&out)
}

// retryCodes is a package-level set of codes worth another try.
var retryCodes = map[string]bool{"TooManyRequests": true, "InternalError": true}

// SetClient looks the code up in the package's set of retryable codes.
type SetClient struct {
	hc  *http.Client
	key string
}

func (c *SetClient) send(req *http.Request) (*http.Response, error) {
	req.Header.Set("X-Api-Key", c.key)
	return c.hc.Do(req)
}

func (c *SetClient) do(path string) (*http.Response, error) {
	for attempt := 0; attempt < maxRetries; attempt++ {
		req, _ := http.NewRequest("GET", endpoint+path, nil)
		resp, err := c.send(req)
		if err != nil {
			return nil, err
		}
		var apiErr *apiError
		if err := readErr(resp); errors.As(err, &apiErr) && retryCodes[apiErr.Code] {
			time.Sleep(time.Duration(attempt+1) * time.Second)
			continue
		}
		return resp, nil
	}
	return nil, errors.New("out of attempts")
}

func (c *SetClient) ListTopics() error {
	resp, err := c.do("/topics")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out map[string]any
	return json.NewDecoder(resp.Body).Decode(&out)
}

// QuotaClient retries a quota code: waiting does not lift a quota, and
// nothing here recognises a rate limit.
type QuotaClient struct {
	hc  *http.Client
	key string
}

func (c *QuotaClient) do(path string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", endpoint+path, nil)
	req.Header.Set("X-Api-Key", c.key)
	resp, err := c.hc.Do(req) // want `authenticated request sent by c\.hc\.Do \(1 API call\), and nothing here handles 429 Too Many Requests: on 429 wait as Retry-After says when present, else back off exponentially, with capped attempts; or return the status and headers to the caller in a typed error, or use a retrying client \(hashicorp/go-retryablehttp\)`
	if err != nil {
		return nil, err
	}
	var apiErr *apiError
	if err := readErr(resp); errors.As(err, &apiErr) && (apiErr.Code == "LimitExceeded" || apiErr.Code == "QuotaExceeded") {
		return nil, err
	}
	return resp, nil
}

func (c *QuotaClient) GetUsage() error {
	resp, err := c.do("/usage")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out map[string]any
	return json.NewDecoder(resp.Body).Decode(&out)
}

// LogClient only says "rate limit" in a message: it recognises nothing.
type LogClient struct {
	hc  *http.Client
	key string
	log func(string)
}

func (c *LogClient) do(path string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", endpoint+path, nil)
	req.Header.Set("X-Api-Key", c.key)
	resp, err := c.hc.Do(req) // want `authenticated request sent by c\.hc\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		c.log("request failed; the RequestLimitExceeded code means slow down")
		return nil, err
	}
	c.log("status " + resp.Status + ": on 429 or Throttling, try later")
	return resp, nil
}

func (c *LogClient) GetAccount() error {
	resp, err := c.do("/account")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out map[string]any
	return json.NewDecoder(resp.Body).Decode(&out)
}

// SettingClient compares a rate-limit word with its own setting, not with
// the server's answer: it recognises no rate limit.
type SettingClient struct {
	hc   *http.Client
	key  string
	mode string
}

func (c *SettingClient) do(path string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", endpoint+path, nil)
	req.Header.Set("X-Api-Key", c.key)
	if c.mode == "throttling" {
		req.Header.Set("X-Priority", "low")
	}
	switch c.mode {
	case "TooManyRequests":
		req.Header.Set("X-Priority", "lowest")
	}
	resp, err := c.hc.Do(req) // want `authenticated request sent by c\.hc\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return nil, err
	}
	return resp, nil
}

func (c *SettingClient) GetPlan() error {
	resp, err := c.do("/plan")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out map[string]any
	return json.NewDecoder(resp.Body).Decode(&out)
}

// ContainsClient looks for the code in the error text.
type ContainsClient struct {
	hc  *http.Client
	key string
}

func (c *ContainsClient) send(req *http.Request) (*http.Response, error) {
	req.Header.Set("X-Api-Key", c.key)
	return c.hc.Do(req)
}

func (c *ContainsClient) do(path string) (*http.Response, error) {
	for attempt := 1; attempt <= maxRetries; attempt++ {
		req, _ := http.NewRequest("GET", endpoint+path, nil)
		resp, err := c.send(req)
		if err != nil {
			return nil, err
		}
		if err := readErr(resp); err != nil && strings.Contains(err.Error(), "rate_limited") {
			time.Sleep(time.Duration(attempt*attempt) * time.Second)
			continue
		}
		return resp, nil
	}
	return nil, errors.New("out of attempts")
}

func (c *ContainsClient) ListChannels() error {
	resp, err := c.do("/channels")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out map[string]any
	return json.NewDecoder(resp.Body).Decode(&out)
}

// HastyClient retries the body's rate-limit code at once, forever.
type HastyClient struct {
	hc  *http.Client
	key string
}

func (c *HastyClient) send(req *http.Request) (*http.Response, error) {
	req.Header.Set("X-Api-Key", c.key)
	return c.hc.Do(req)
}

func (c *HastyClient) do(path string) (*http.Response, error) {
	for {
		req, _ := http.NewRequest("GET", endpoint+path, nil)
		resp, err := c.send(req)
		if err != nil {
			return nil, err
		}
		var apiErr *apiError
		if err := readErr(resp); errors.As(err, &apiErr) && apiErr.Code == codeLimitExceeded { // want `the retry on the rate-limit code "RequestLimitExceeded" does not back off, has no cap on the attempts: back off exponentially \(1s, 2s, 4s…\), with capped attempts`
			time.Sleep(time.Second)
			continue
		}
		return resp, nil
	}
}

func (c *HastyClient) ListVolumes() error {
	resp, err := c.do("/volumes")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out map[string]any
	return json.NewDecoder(resp.Body).Decode(&out)
}

// ThrottleError tells its callers when the body said Throttling.
type ThrottleError struct {
	Code string
}

func (e *ThrottleError) Error() string { return e.Code }

// Throttled reports whether the API asked to slow down.
func (e *ThrottleError) Throttled() bool { return e.Code == "Throttling" }

// TypedClient hands the code to its callers in a type that can tell.
type TypedClient struct {
	hc  *http.Client
	key string
}

func (c *TypedClient) do(path string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", endpoint+path, nil)
	req.Header.Set("X-Api-Key", c.key)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	var apiErr *apiError
	if err := readErr(resp); errors.As(err, &apiErr) {
		return nil, &ThrottleError{Code: apiErr.Code}
	}
	return resp, nil
}

func (c *TypedClient) ListImages() error {
	resp, err := c.do("/images")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out map[string]any
	return json.NewDecoder(resp.Body).Decode(&out)
}

// PkgCodeClient compares with a code constant of another package, and
// retries on it at once.
type PkgCodeClient struct {
	hc  *http.Client
	key string
}

func (c *PkgCodeClient) send(req *http.Request) (*http.Response, error) {
	req.Header.Set("X-Api-Key", c.key)
	return c.hc.Do(req)
}

func (c *PkgCodeClient) do(path string) (*http.Response, error) {
	for attempt := 0; attempt < maxRetries; attempt++ {
		req, _ := http.NewRequest("GET", endpoint+path, nil)
		resp, err := c.send(req)
		if err != nil {
			return nil, err
		}
		var apiErr *apiError
		if err := readErr(resp); errors.As(err, &apiErr) && apiErr.Code == apierr.CodeThrottled { // want `the retry on the rate-limit code "Throttled" does not back off: back off exponentially`
			continue
		}
		return resp, nil
	}
	return nil, errors.New("out of attempts")
}

func (c *PkgCodeClient) ListSnapshots() error {
	resp, err := c.do("/snapshots")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out map[string]any
	return json.NewDecoder(resp.Body).Decode(&out)
}

// retryableErrorCodes: the codes a classifier finds in the error the
// sender returns (softlayer-go's hasRetryableCode over its
// retryableErrorCodes); the sender's caller retries on them with a
// jittered, growing wait, by a recursive call.
var retryableErrorCodes = []string{"SoftLayer_Exception_WebService_RateLimitExceeded"}

type slError struct {
	StatusCode int
	Exception  string
}

func (e slError) Error() string { return e.Exception }

func hasRetryableCode(err error) bool {
	for _, code := range retryableErrorCodes {
		if slErr, ok := err.(slError); ok {
			if slErr.Exception == code {
				return true
			}
		}
	}
	return false
}

func isRetryable(err error) bool {
	var ne interface{ Timeout() bool }
	return errors.As(err, &ne) && ne.Timeout() || hasRetryableCode(err)
}

// SLClient's sender turns an error status into an slError; tryRequest,
// its caller, asks the classifier and retries.
type SLClient struct {
	hc    *http.Client
	token string
}

func (c *SLClient) makeRequest(path string) ([]byte, int, error) {
	req, _ := http.NewRequest("GET", endpoint+path, nil)
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, 520, err
	}
	defer resp.Body.Close()
	var e slError
	if resp.StatusCode >= 400 {
		_ = json.NewDecoder(resp.Body).Decode(&e)
		e.StatusCode = resp.StatusCode
		return nil, resp.StatusCode, e
	}
	var out []byte
	return out, resp.StatusCode, json.NewDecoder(resp.Body).Decode(&out)
}

func (c *SLClient) tryRequest(retries int, wait time.Duration, path string) ([]byte, int, error) {
	body, code, err := c.makeRequest(path)
	if err != nil {
		if !isRetryable(err) {
			return body, code, err
		}
		if retries--; retries > 0 {
			time.Sleep(wait + time.Duration(rand.Int63n(int64(wait)))/2)
			return c.tryRequest(retries, wait*2, path)
		}
	}
	return body, code, err
}

func (c *SLClient) GetAccount() ([]byte, error) {
	b, _, err := c.tryRequest(3, time.Second, "/account")
	return b, err
}

// quotaErrorCodes are quota codes: waiting does not lift them, so the same
// classifier and retry recognise no rate limit.
var quotaErrorCodes = []string{"LimitExceeded", "QuotaExceeded"}

func hasQuotaCode(err error) bool {
	for _, code := range quotaErrorCodes {
		if slErr, ok := err.(slError); ok && slErr.Exception == code {
			return true
		}
	}
	return false
}

// QuotaSLClient is SLClient retrying on quota codes.
type QuotaSLClient struct {
	hc    *http.Client
	token string
}

func (c *QuotaSLClient) makeRequest(path string) ([]byte, error) {
	req, _ := http.NewRequest("GET", endpoint+path, nil)
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req) // want `authenticated request sent by c\.hc\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var e slError
	if resp.StatusCode >= 400 {
		_ = json.NewDecoder(resp.Body).Decode(&e)
		return nil, e
	}
	var out []byte
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

func (c *QuotaSLClient) tryRequest(retries int, wait time.Duration, path string) ([]byte, error) {
	body, err := c.makeRequest(path)
	if err != nil && hasQuotaCode(err) && retries > 1 {
		time.Sleep(wait)
		return c.tryRequest(retries-1, wait*2, path)
	}
	return body, err
}

func (c *QuotaSLClient) GetUsage() ([]byte, error) { return c.tryRequest(3, time.Second, "/usage") }
