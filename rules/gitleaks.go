package rules

import (
	_ "embed"
	"strings"

	// Linked for the module version alone (the package declares two
	// strings): the binary's build info then names the gitleaks release
	// the embedded default file comes from, which -version reports.
	_ "github.com/zricethezav/gitleaks/v8/version"
)

// gitleaksFile is gitleaks' default rule file (its config.DefaultConfig)
// under a header with its license. credlint embeds a copy rather than
// import gitleaks' config package, which links viper and, through it, net
// and its dynamic linking: about 160 packages and 75 package inits that
// every vet process paid before doing anything. TestGitleaksCopy fails
// when the copy and the gitleaks module in go.mod differ.
//
//go:embed gitleaks.toml
var gitleaksFile string

const headerEnd = "# (end of header)\n"

// gitleaksDefault is gitleaks' default rule file, which credlint's default
// file extends.
func gitleaksDefault() string {
	_, body, _ := strings.Cut(gitleaksFile, headerEnd)
	return body
}
