// Package keycheck tells real keys from made-up ones offline, for vendor
// formats that carry a checksum. A key whose checksum holds was minted by
// the vendor (or by someone who computed the checksum on purpose); one whose
// checksum fails is a fixture or a typo and cannot authenticate.
package keycheck

import (
	"encoding/binary"
	"encoding/hex"
	"hash/crc32"
	"strings"
)

// A Verdict is what the checksum says of a key.
type Verdict int

const (
	// Unknown: the key's format carries no checksum credlint knows.
	Unknown Verdict = iota
	// Valid: the checksum holds.
	Valid
	// Invalid: the format carries a checksum and it does not hold.
	Invalid
)

func (v Verdict) String() string {
	return [...]string{"unknown", "valid", "invalid"}[v]
}

// crcPrefixes are formats of a prefix, 30 base62 characters and the CRC-32
// (IEEE) of those 30 characters in 6 base62 digits, zero-padded: GitHub's
// tokens since 2021 (personal, OAuth, user-to-server, server-to-server,
// refresh) and npm's access tokens. Grafana's service account tokens carry
// a CRC-32 too, in hex (checkGrafana).
var crcPrefixes = []string{"ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"}

const (
	bodyLen = 30
	sumLen  = 6
)

// Check verifies the checksum of key, the secret a rule matched.
func Check(key string) Verdict {
	for _, p := range crcPrefixes {
		if strings.HasPrefix(key, p) {
			return checkCRC(key[len(p):])
		}
	}
	if strings.HasPrefix(key, grafanaPrefix) {
		return checkGrafana(key)
	}
	return Unknown
}

// grafanaPrefix starts Grafana service account tokens:
// glsa_<32 alphanumerics>_<CRC-32 (IEEE) of "glsa_<32>", little-endian, hex>.
const grafanaPrefix = "glsa_"

func checkGrafana(key string) Verdict {
	i := strings.LastIndexByte(key, '_')
	head, sum := key[:i], key[i+1:]
	if len(head) != len(grafanaPrefix)+32 || len(sum) != 8 {
		return Unknown
	}
	for j := len(grafanaPrefix); j < len(head); j++ {
		if base62Digit(head[j]) < 0 {
			return Unknown
		}
	}
	want, err := hex.DecodeString(strings.ToLower(sum))
	if err != nil {
		return Unknown
	}
	if binary.LittleEndian.Uint32(want) == crc32.ChecksumIEEE([]byte(head)) {
		return Valid
	}
	return Invalid
}

// GrafanaWithChecksum completes a 32-character Grafana service account
// token secret with its checksum, for tests.
func GrafanaWithChecksum(secret string) string {
	head := grafanaPrefix + secret
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], crc32.ChecksumIEEE([]byte(head)))
	return head + "_" + hex.EncodeToString(b[:])
}

func checkCRC(rest string) Verdict {
	if len(rest) != bodyLen+sumLen {
		return Unknown
	}
	for i := 0; i < len(rest); i++ {
		if base62Digit(rest[i]) < 0 {
			return Unknown
		}
	}
	body, sum := rest[:bodyLen], rest[bodyLen:]
	if Base62(uint64(crc32.ChecksumIEEE([]byte(body))), sumLen) == sum {
		return Valid
	}
	return Invalid
}

const base62Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// Base62 writes n in base 62 (0-9, A-Z, a-z), left-padded with '0' to width.
func Base62(n uint64, width int) string {
	var buf [16]byte
	i := len(buf)
	for n > 0 || i == len(buf) {
		i--
		buf[i] = base62Alphabet[n%62]
		n /= 62
	}
	s := string(buf[i:])
	if len(s) < width {
		s = strings.Repeat("0", width-len(s)) + s
	}
	return s
}

func base62Digit(c byte) int {
	return strings.IndexByte(base62Alphabet, c)
}

// WithChecksum completes a prefix and 30-character body with its checksum:
// how tests build a valid token without committing one.
func WithChecksum(prefix, body string) string {
	return prefix + body + Base62(uint64(crc32.ChecksumIEEE([]byte(body))), sumLen)
}
