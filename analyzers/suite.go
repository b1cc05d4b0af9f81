// Package analyzers lists credlint's checks. The names are what users type
// (-hardcodedsecret=false, //credlint:ignore secretlog reason): keep them
// stable.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/credlint/credlint/analyzers/authscheme"
	"github.com/credlint/credlint/analyzers/cleartext"
	"github.com/credlint/credlint/analyzers/hardcodedsecret"
	"github.com/credlint/credlint/analyzers/headerlog"
	"github.com/credlint/credlint/analyzers/ratelimit"
	"github.com/credlint/credlint/analyzers/secretlog"
	"github.com/credlint/credlint/analyzers/secreturl"
)

// All returns every credlint check, in the order they are documented.
func All() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		hardcodedsecret.Analyzer,
		secretlog.Analyzer,
		secreturl.Analyzer,
		authscheme.Analyzer,
		ratelimit.Analyzer,
		headerlog.Analyzer,
		cleartext.Analyzer,
	}
}
