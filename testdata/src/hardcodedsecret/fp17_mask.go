package hardcodedsecret

import "regexp"

// dbos v1.8.0 cmd/dbos/utils.go:53 masks a DSN's password with a
// literal replacement: "password=***" is the mask, not a password.
func fp17MaskPassword(connStr string) string {
	re := regexp.MustCompile(`(?i)password\s*=\s*[^\s]+`)
	return re.ReplaceAllString(connStr, "password=***") // silent: a mask
}

// A short real-looking password in the same place stays reported.
func fp17SetPassword(connStr string) string {
	re := regexp.MustCompile(`(?i)password\s*=\s*[^\s]+`)
	return re.ReplaceAllString(connStr, "postgres://app:Zq7wP2vK@db:5432/app") // want `"Zq…" in the argument of re.ReplaceAllString: password in the userinfo`
}
