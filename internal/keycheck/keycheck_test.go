package keycheck

import "testing"

func TestCheck(t *testing.T) {
	body := "Xz9Kq2Lm7Np4Rs1Tv8Wx3Yb6Cd0Ef5"
	valid := WithChecksum("ghp_", body)
	// Flipping one character of the body or of the checksum breaks it.
	flipBody := "ghp_" + "Y" + body[1:] + valid[len(valid)-6:]
	flipSum := valid[:len(valid)-1] + string(rune(valid[len(valid)-1])^1)
	for key, want := range map[string]Verdict{
		valid:                            Valid,
		WithChecksum("npm_", body):       Valid,
		WithChecksum("gho_", body):       Valid,
		flipBody:                         Invalid,
		flipSum:                          Invalid,
		"ghp_" + body + "000000":         Invalid,
		"ghp_" + body:                    Unknown, // too short: another format
		"ghp_" + body + "00000!":         Unknown,
		"sk_live_" + body + "abcdef":     Unknown,
		GrafanaWithChecksum(body + "Ab"): Valid,
		"glsa_" + body + "Ab_00000000":   Invalid,
		"glsa_" + body + "_0a1b2c3d":     Unknown, // 30 characters: another format
		"glsa_" + body + "Ab_zzzzzzzz":   Unknown,
	} {
		if got := Check(key); got != want {
			t.Errorf("Check(%q) = %v, want %v", key, got, want)
		}
	}
}

// TestBase62 pins the alphabet and padding against known CRCs: GitHub's
// checksum is the CRC-32 of the body, 0-9A-Za-z, six digits.
func TestBase62(t *testing.T) {
	for n, want := range map[uint64]string{0: "000000", 61: "00000z", 62: "000010", 0xFFFFFFFF: "4gfFC3"} {
		if got := Base62(n, 6); got != want {
			t.Errorf("Base62(%d) = %q, want %q", n, got, want)
		}
	}
}
