package httpreq

import "testing"

func TestRateLimitCode(t *testing.T) {
	for s, want := range map[string]bool{
		"RequestLimitExceeded":     true, // Tencent Cloud, AWS EC2
		"Throttling":               true, // AWS
		"ThrottlingException":      true,
		"TooManyRequestsException": true,
		"TOO_MANY_REQUESTS":        true,
		"rate_limit_exceeded":      true,
		"rateLimitExceeded":        true, // Google
		"RATE_LIMITED":             true,
		"ratelimited":              true,  // Slack
		"SlowDown":                 true,  // S3
		"LimitExceeded":            false, // a quota: waiting does not lift it
		"QuotaExceeded":            false,
		"InvalidParameter":         false,
		"limit":                    false,
		"slow down the build":      false,
	} {
		if got := rateLimitCode(s); got != want {
			t.Errorf("rateLimitCode(%q) = %v, want %v", s, got, want)
		}
	}
}
