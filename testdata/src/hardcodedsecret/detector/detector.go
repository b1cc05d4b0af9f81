// Package detector detects SendGrid keys: its test feeds the detector
// samples of the format and near misses of it, fixtures all.
package detector

import "regexp"

const apiKeyRegex = `SG\.[a-zA-Z0-9_-]{22}\.[a-zA-Z0-9_-]{43}`

var apiKey = regexp.MustCompile(apiKeyRegex)

func Detect(s string) bool { return apiKey.MatchString(s) }
