// Package ratelimit defines an Analyzer that reports authenticated API
// calls whose caller never handles 429 Too Many Requests.
//
// # Analyzer ratelimit
//
// ratelimit: report authenticated HTTP calls that never handle 429 and Retry-After
//
// API keys are rate-limited per key (or per registered system): the API
// guides say that past the limit the server answers 429 Too Many Requests
// with a Retry-After header, and that clients must respect it and back off
// exponentially. A client that treats 429 like any other failure drops
// work under load, and one that retries at once makes the limit last
// longer.
//
// The check reports a call that sends a request — (*http.Client).Do, Get,
// Post…, http.Get…, resty's Get/Post/Execute… — when all of these hold:
//
//   - the request carries credentials: its function writes an
//     Authorization or API-key header or calls SetBasicAuth, itself or
//     through a same-package function it calls (newRequest, authenticate);
//     or the client adds them (an oauth2 client given a token source, a
//     transport of the package whose RoundTrip sets the header, a resty
//     client with SetAuthToken);
//   - the response is used (assigned and looked at, not only closed);
//   - neither the function nor the same-package functions it calls (the
//     package's response helpers) mention http.StatusTooManyRequests, 429
//     or the Retry-After header;
//   - the client does not retry: not hashicorp/go-retryablehttp (or its
//     StandardClient), not a resty client with SetRetryCount, not a
//     transport of the package that handles 429, and the call is not inside
//     a function given to a retry helper (cenkalti/backoff, retry-go, or
//     any function named like retry or backoff).
//
// A function of the package that returns the response of such a call is a
// wrapper: it is not reported, its calls are, where the response is used.
// The response also counts as returned when a value built around it is
// (return nil, &APIError{Response: resp}); copying its status into a
// message (fmt.Errorf("status %d", resp.StatusCode)) does not hand it over.
// Calls without credentials (health checks, downloads) and test files are
// not reported. One report per call site; the fix is to check for
// http.StatusTooManyRequests, wait for the Retry-After header's delay and
// retry with exponential backoff — or to use a retrying client.
package ratelimit
