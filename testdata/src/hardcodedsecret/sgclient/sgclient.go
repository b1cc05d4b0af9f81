// Package sgclient only sends mail: it detects no key format (its one
// pattern fits any key), so a SendGrid key in its test is reported.
package sgclient

import "regexp"

var idPattern = regexp.MustCompile(`^[\w.-]+$`)

func Valid(id string) bool { return idPattern.MatchString(id) }
