// Package apierr holds the API's error codes, for bodycode.
package apierr

// CodeThrottled is the code the API sends in the body when a caller goes
// over its rate limit.
const CodeThrottled = "Throttled"
