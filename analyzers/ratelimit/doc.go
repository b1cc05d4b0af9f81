// Package ratelimit defines an Analyzer that reports API clients that
// never handle 429 Too Many Requests, and 429 handlers that retry badly.
//
// # Analyzer ratelimit
//
// ratelimit: report authenticated HTTP calls that never handle 429 and Retry-After
//
// API keys are rate-limited per key (or per registered system): the API
// guides say that past the limit the server answers 429 Too Many Requests
// with a Retry-After header, and that clients must respect it, back off
// exponentially and cap their attempts. A client that treats 429 like any
// other failure drops work under load, and one that retries at once makes
// the limit last longer.
//
// Sends are (*http.Client).Do, Get, Post…, http.Get…, resty's and
// go-retryablehttp's, and the Do method of an interface shaped like an
// HTTP client, also called through a local variable holding the method
// (f := c.HTTPClient.Do; f(req)). The check reports each client once, at the call that sends its requests
// — the client's do/request helper, or the one call site when there is no
// helper — and says how many API calls reach it: "(3 API calls)", the
// exported functions of the package whose requests go through it, also
// through an interface the client type implements (X, which only hands
// its arguments to XWithContext, is not one more). When other packages
// reach an unexported client type only through an exported interface of
// its package (an SDK's Backend.Call), the message names the interface
// (all such interfaces, in order): their calls are made in packages
// analysed after this one. A client
// is the HTTP client the requests go through: a struct field, an accessor
// method's result (p.Client(), in whichever method), a package variable, the default client (also held in a local), or one local value (a local
// http.Client that copies another's Transport is that client, one made
// over a field's transport is that field's, a sibling field given an
// http.Client over the same Transport is the same client, and a parameter
// is the client every call of its function passes; the clients the
// methods of one type make where they send are that type's one client; a local copy of a client field, httpClient := client.httpClient, is that field's client, and so is a field the package sets only from another client field, &registry{httpClient: c.HTTPClient}).
// When a
// client sends from several places, the finding goes to the send most API
// calls reach. It is reported when:
//
//   - its requests carry credentials, as the package-wide credential model
//     every check asks decides: any header whose name or value is a
//     credential (Authorization, X-Api-Key,
//     a vendor header such as X-LSW-Auth: apiKey or PddToken), basic auth,
//     a credential in the URL, its path (also joined by url.JoinPath) or
//     its query; set by the sending function, a
//     same-package helper it calls, or a caller before the request reaches
//     do() (not when the sending function makes the request itself, as for
//     a presigned upload sent after an authenticated call); or added by the client (an oauth2 client, a RoundTripper that
//     sets them, a resty client with SetAuthToken);
//   - its server rate-limits: a request URL traced to a constant public
//     host (a base URL constant, a default endpoint, what the package's
//     calls pass for a URL parameter, an exported URL method of another
//     package built on such constants; a package constant named like a
//     base URL, or a package variable so named set to such a URL, when
//     the URL cannot be traced; not one named for tests, such as
//     TestServerEndpoint; or an https:// host label of the package's own
//     put in front of a configured domain, fmt.Sprintf("https://%sagents.",
//     region) replacing the project URL's first label). A client whose
//     endpoint comes only from configuration (a self-hosted server) is
//     reported only with -ratelimit.selfhosted;
//   - an API call uses the response and nothing on its way handles 429:
//     no mention of http.StatusTooManyRequests, 429 or Retry-After in the
//     function, the helpers it calls or its callers (also callers through
//     an interface), nor a comparison of the server's answer (err.Code,
//     body; not a setting) with a rate-limit error code sent in the body of
//     a 200 (RequestLimitExceeded, Throttling, TooManyRequests; not a quota
//     code), also in a caller's classifier of the error (isRetryable(err)
//     bool); no retrying client (hashicorp/go-retryablehttp, also behind
//     a decorator returning an *http.Client made from it, resty with
//     SetRetryCount, a RoundTripper that handles 429, a retry helper or a
//     backoff loop around the call, or around the call of a helper that
//     turns the error status into an error, or a caller that puts every
//     failure of that helper into a cooldown that grows before the next
//     attempt: a deadline from a delay doubled on each failure);
//     no pacing (a golang.org/x/time/rate limiter, a ticker, a fixed pause
//     between calls; not in a test, whose pauses pace no user's, nor a
//     token refresh on a timer, which paces the token fetch only); a
//     credential fetch that shares the API calls' helper retries or paces
//     none of them.
//
// Not API calls: token, login, STS and instance-metadata fetches (also a
// function returning a Token or Credential, and a helper only such
// fetches call, an endpoint issuing a kind of credential such as
// /acme/eab-credentials), OIDC discovery, health checks and pings (by URL
// path or function name), a one-off request at start-up (in a
// constructor, in a function a guard lets run once — a compare-and-swap
// or a flag it tests and sets —, or in an unexported function only those
// call, outside loops and function literals: a license check at launch;
// not in an exported Start that nothing guards, which its users call as
// often as they like), a login-time identity fetch (in a package that sends users to authorize —
// oauth2's AuthCodeURL or Exchange, or a redirect_uri of its own —, a
// request with the token its login obtained, read from the session of its
// own type handed in: FetchUser(session) getting the user's profile once
// per login; not a token the client keeps and reads through its receiver,
// nor an *oauth2.Token given to the call), requests
// without credentials, test files and example programs, and a program's
// requests made once per run (in package main, each from main or from
// functions only main calls, however deep, not in a loop, a function
// literal, a recursion or a value such as a handler: a release helper
// asking GitHub for a draft release).
//
// A client with a path that handles 429 (a retry loop in its request
// helper) is reported only for the calls sent around that path whose
// errors lose the status, and the finding says they lack the handling the
// client's other calls have.
//
// An error value that keeps the status as a typed, exported field hands
// 429 to the caller (errors.As, then back off): a client whose every error
// status becomes one (&APIError{StatusCode: resp.StatusCode}, another
// package's constructor whose error type has the field, a same-package
// parseError all of whose errors do, such an error wrapped with %w) is
// not reported, however many API calls it offers, unless the package
// itself repeats its requests (pages followed in a loop): its Retry-After
// is lost, and the caller cannot resume the loop; the error of reading,
// copying or decoding the body, returned
// when that fails, is the read's and does not count against it, nor does
// the error for a missing response (if resp == nil). A test of success
// through a same-package predicate (if isSuccess(resp.StatusCode), with
// isSuccess returning code/100 == 2) is read as the test it returns, and
// a copy of the response that a same-package function makes, with its
// status in a StatusCode field (apiResponse := NewAPIResponse(resp,
// body); apiResponse.Success(); handleError(apiResponse, body)), stands
// for the response. A fallback for an error body that does not decode as
// the API's error document (if err != nil || apiErr.Errors == nil {
// return errors.New(string(body)) }) is the read's too. The status only in an error's text, in an unexported
// field, or an error some status builds from the body alone (a decoded
// JSON error, the 4xx class of a switch on resp.StatusCode/100) does not
// count.
//
// An error that says the status only in its text still lets the caller
// see a 429 (and stop), though not its Retry-After. So does a request
// helper that returns such an error with the response, for callers that
// hand its error on (if err != nil { return err }, or wrapped). A client whose every
// API call is one request per call of the package, with such an error, is
// reported only when the package itself repeats its requests (a loop
// around an API call, its send, or a call that reaches one: batches,
// pages, the parts of a split message, polling, a reconnect loop; not in
// tests, examples or credential fetches, nor a retry loop for server
// errors that a 429 leaves), or when it offers many API
// calls (ten or more: an SDK whose request helper is the one place to read
// Retry-After). An error status whose error does not say the status at all
// (a decoded body, a fixed error value) leaves the caller blind to 429,
// and is reported.
//
// A response returned to the caller, directly or inside a value built
// around it (&APIError{Response: resp}, newResponse(resp)), or its
// headers in a returned value (&StatusError{Header: resp.Header}), is the
// caller's to judge (headers returned bare by an unexported helper,
// callAPI returning data, &res.Header, err, are its callers' in the
// package, which keep them or not); so is a value with a RetryAfter field built for the
// caller (an API's own rate-limit answer from the body), and an error of a
// package type with a method that tests for 429 or a rate-limit code
// (APIError.RateLimited, Error.Throttled).
//
// A helper that returns the response on success but turns every error
// status into an error without it (Retry-After is lost for all callers) is
// reported as such, even when its callers are outside the package.
//
// A 429 branch that retries (a loop that goes on, or a recursive call;
// after `if resp.StatusCode != 429 { break }`, the rest of the loop) is
// reported when it ignores Retry-After, does not back off (no computed
// delay, in the branch or in a same-package helper it calls, such as
// c.backoff(attempt)) or has no cap on the attempts; a retry on a
// rate-limit code from the body, when it does not back off or has no cap.
// A loop with a cap that pauses between attempts, whatever the pause, is
// not reported: it does not make the limit worse; nor is a loop that
// pauses before every next request whatever the answer, long enough to
// pace them (its body does not end by leaving, and every way to its next
// iteration waits a constant of at least a second, a delay that is not a
// constant, a ticker or a rate limiter: a registration renewed forever
// that waits a minute on 429 as on any failure; a same-package helper
// counts when every way through it waits so): it paces itself. A
// shorter pause on the way, the 429 path's in particular, paces nothing:
// a constant (time.Sleep(time.Millisecond)), a random jitter under a
// second (time.Duration(rand.Intn(20)) * time.Millisecond), a parameter
// every call in the package gives such a constant, an unexported,
// untagged field every write sets to one. That loop is reported.
//
// Across packages, analysis facts carry what another package of the module
// provides: a response checker that handles 429, or one that turns every
// error status of the response it is given into a typed status error
// (response.DataResponse(resp) returning a *ConjurError{Code}), a
// constructor of a
// retrying or credentialed client, a RoundTripper type, a URL method of a
// hosted API (EndpointFact). A client of an
// internal package whose HTTP client comes only from a constructor
// parameter is judged where the constructor is called: there, a client
// that does not retry is reported, a retrying one is not, once per
// constructor at its first such call, the others related (one sender,
// one finding, however many constructors of the package hand it a
// client). So is one whose
// endpoint comes only from the constructor's parameters (self-hosted in
// shape inside its package): the first call of each such constructor
// that gives it a hosted API's https:// address is reported. So is, in
// any package, a client whose request URLs come from an exported field
// its package never sets (razorpay's requests.Request.BaseURL, also
// built by the callers of a do(req) helper): the first literal or
// assignment of another package that sets the field to a hosted API's
// address.
//
// Findings have a category for -json and SARIF: missing-429,
// dropped-response, retry-quality; the API calls of a missing-429 finding
// are its related locations.
package ratelimit
