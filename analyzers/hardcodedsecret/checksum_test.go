package hardcodedsecret_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/credlint/credlint/analyzers/hardcodedsecret"
	"github.com/credlint/credlint/internal/keycheck"
)

// TestChecksums: GitHub, npm and Grafana tokens carry a CRC-32 of their
// body. A
// valid one is a minted token, reported in tests too and said so; an
// invalid one in a test is a fixture. A valid one stays reported in a
// detector's test corpus too (the package has a pattern for the format).
// The package is written at run time:
// a token with a valid checksum is not committed, even a made-up one.
func TestChecksums(t *testing.T) {
	body := "Qm4Rt8Vx2Zb6Dn0Hp3Ks7Lw1Yc5Fg9J"[:30]
	valid := keycheck.WithChecksum("ghp_", body)
	validNPM := keycheck.WithChecksum("npm_", strings.ToLower(body))
	invalid := "ghp_" + body + "Ab12Cd"
	grafana := keycheck.GrafanaWithChecksum(body + "Xy")
	grafanaFixture := "glsa_" + body + "Xy_0badc0de"
	if keycheck.Check(valid) != keycheck.Valid || keycheck.Check(invalid) != keycheck.Invalid || keycheck.Check(validNPM) != keycheck.Valid {
		t.Fatal("test tokens are not what they claim")
	}
	dir := t.TempDir()
	pkg := filepath.Join(dir, "src", "checksums")
	write := func(name, src string) {
		if err := os.MkdirAll(pkg, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(pkg, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("keys.go", `package checksums

// The package detects GitHub tokens: its test file below is a corpus of
// samples, and still a minted token in it is reported.
const githubTokenRegex = "ghp_[0-9A-Za-z]{36}"

var liveToken = "`+valid+`" // want `+"`"+`in liveToken: Uncovered a GitHub Personal Access Token, checksum valid: a minted key, not a fixture \(rule github-pat`+"`"+`

// Outside tests an invalid checksum is still a token-shaped literal.
var typoToken = "`+invalid+`" // want `+"`"+`in typoToken: Uncovered a GitHub Personal Access Token \(rule github-pat`+"`"+`

// A documentation example builder's argument is a stand-in, but a valid
// checksum shows a minted token there too.
type spec struct{}

func (s *spec) Example(config string) *spec { return s }

var docs = (&spec{}).
	Example("token: `+valid+`"). // want `+"`"+`checksum valid.*rule github-pat`+"`"+`
	Example("token: `+invalid+`")
`)
	write("keys_test.go", `package checksums

var testToken = "`+valid+`" // want `+"`"+`checksum valid`+"`"+`

var npmToken = "`+validNPM+`" // want `+"`"+`rule npm-access-token`+"`"+`

var grafanaToken = "`+grafana+`" // want `+"`"+`checksum valid.*rule grafana-service-account-token`+"`"+`

// A test's made-up token fails the checksum: a fixture.
var fixtureToken = "`+invalid+`"

var grafanaFixture = "`+grafanaFixture+`"
`)
	analysistest.Run(t, dir, hardcodedsecret.Analyzer, "checksums")
}
