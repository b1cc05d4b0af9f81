package ratelimit

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

// APIError hands the whole response to the caller, who can look at 429
// and Retry-After.
type APIError struct {
	Response *http.Response
	Body     []byte
}

func (e *APIError) Error() string { return e.Response.Status }

// Result wraps a response the way resty's Response does.
type Result struct {
	Raw  *http.Response
	Body []byte
}

// errorHoldsResponse returns the response inside an error value built in
// the return statement.
func errorHoldsResponse(c *http.Client, req *http.Request, token string) ([]byte, error) {
	req.Header.Set("Authorization", "Bearer "+token)
	r, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer r.Body.Close()
	body, _ := io.ReadAll(r.Body)
	if r.StatusCode < 200 || r.StatusCode > 299 {
		return nil, &APIError{Response: r, Body: body}
	}
	return body, nil
}

// errorVarHoldsResponse builds the error first, as x/oauth2's
// doTokenRoundTrip does, and returns it later.
func errorVarHoldsResponse(c *http.Client, req *http.Request, token string) ([]byte, error) {
	req.Header.Set("Authorization", "Bearer "+token)
	r, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	body, _ := io.ReadAll(r.Body)
	r.Body.Close()
	failed := r.StatusCode != http.StatusOK
	retrieveError := &APIError{
		Response: r,
		Body:     body,
	}
	if failed {
		return nil, retrieveError
	}
	return body, nil
}

// structHoldsResponse returns a value wrapping the response, as resty's
// client.execute does.
func structHoldsResponse(c *http.Client, req *http.Request, token string) (*Result, error) {
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.Do(req)
	result := &Result{Raw: resp}
	if err != nil {
		return result, err
	}
	result.Body, _ = io.ReadAll(resp.Body)
	return result, nil
}

// fieldHoldsResponse stores the response in a field of a returned value.
func fieldHoldsResponse(c *http.Client, req *http.Request, token string) (Result, error) {
	req.Header.Set("Authorization", "Bearer "+token)
	var out Result
	resp, err := c.Do(req)
	if err != nil {
		return out, err
	}
	out.Raw = resp
	out.Body, _ = io.ReadAll(resp.Body)
	return out, nil
}

// nilTokenSource: oauth2.NewClient with a nil TokenSource is the
// context's plain client, not an authenticated one.
func nilTokenSource(ctx context.Context, tokenURL string, v url.Values) ([]byte, error) {
	hc := oauth2.NewClient(ctx, nil)
	resp, err := hc.PostForm(tokenURL, v)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("token: %s", resp.Status)
	}
	return io.ReadAll(resp.Body)
}

// statusInMessage hands over only a number in a message: the caller cannot
// tell 429 from any other failure, or read Retry-After.
func statusInMessage(c *http.Client, req *http.Request, token string) ([]byte, error) {
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.Do(req) // want `authenticated request sent by c.Do`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, errors.New("request failed")
	}
	return io.ReadAll(resp.Body)
}

// statusInStruct copies fields of the response into a returned value; the
// response itself stays here.
func statusInStruct(c *http.Client, req *http.Request, token string) (*APIStatus, error) {
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.Do(req) // want `authenticated request sent by c.Do`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return &APIStatus{Code: resp.StatusCode, Status: resp.Status}, nil
}

type APIStatus struct {
	Code   int
	Status string
}

// StatusHeaderError is the typed error the message suggests: the status
// and the headers (Retry-After, when the API sends it) reach the caller.
type StatusHeaderError struct {
	Code   int
	Header http.Header
}

func (e *StatusHeaderError) Error() string { return fmt.Sprint(e.Code) }

// typedError hands 429 to the caller in a typed error: silent.
func typedError(c *http.Client, req *http.Request, token string) ([]byte, error) {
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, &StatusHeaderError{Code: resp.StatusCode, Header: resp.Header}
	}
	return io.ReadAll(resp.Body)
}

// wrappedButKept wraps the response in a value that is only logged.
func wrappedButKept(c *http.Client, req *http.Request, token string) error {
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.Do(req) // want `authenticated request sent by c.Do`
	if err != nil {
		return err
	}
	e := &APIError{Response: resp}
	fmt.Println(e.Error())
	return nil
}

// nonNilTokenSource: a real TokenSource makes the client authenticated.
func nonNilTokenSource(ctx context.Context, ts oauth2.TokenSource, u string, v url.Values) (int, error) {
	hc := oauth2.NewClient(ctx, ts)
	resp, err := hc.PostForm(u, v) // want `authenticated request sent by hc.PostForm`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// headersOnlyPrinted builds the typed error but only prints it: the caller
// never sees the headers.
func headersOnlyPrinted(c *http.Client, req *http.Request, token string) (int, error) {
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.Do(req) // want `authenticated request sent by c.Do`
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	fmt.Println(&StatusHeaderError{Code: resp.StatusCode, Header: resp.Header})
	return resp.StatusCode, nil
}
