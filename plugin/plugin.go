// Package plugin registers credlint as a golangci-lint v2 module plugin
// named "credlint". Build it into golangci-lint with `golangci-lint custom`
// and .custom-gcl.yml, then enable it in .golangci.yml:
//
//	linters:
//	  enable: [credlint]
//	  settings:
//	    custom:
//	      credlint:
//	        type: module
//	        settings:
//	          rules: credlint-rules.toml
//	          disable: [ratelimit]
//	          checks:
//	            hardcodedsecret:
//	              some-flag: value
//
// Findings are reported under the linter name credlint, so
// `//nolint:credlint` and golangci-lint's exclusions apply as to any
// linter; `//credlint:ignore` directives work too.
package plugin

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/credlint/credlint/internal/suite"
	"github.com/credlint/credlint/rules"
)

func init() {
	register.Plugin("credlint", New)
}

// Settings are the plugin's settings in .golangci.yml. golangci-lint reads
// YAML through viper, which lowercases map keys: names are matched without
// regard to case.
type Settings struct {
	// Rules is a gitleaks-format rule file, relative to the directory
	// golangci-lint runs in; "" means credlint's embedded rules.
	Rules string `json:"rules"`
	// Enable lists the checks to run; empty means all.
	Enable []string `json:"enable"`
	// Disable lists checks not to run.
	Disable []string `json:"disable"`
	// Checks holds each check's options: check name → option → value, the
	// options being the check's flags (credlint -<check>.<option>).
	Checks map[string]map[string]any `json:"checks"`
}

// New decodes the settings and configures the checks. Unknown settings,
// checks and options are errors that name them.
func New(conf any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](conf)
	if err != nil {
		return nil, fmt.Errorf("credlint: %w", err)
	}
	all := suite.All()
	checks, err := suite.Select(all, s.Enable, s.Disable)
	if err != nil {
		return nil, fmt.Errorf("credlint: %w", err)
	}
	if err := suite.SetOptions(all, s.Checks); err != nil {
		return nil, fmt.Errorf("credlint: %w", err)
	}
	if s.Rules != "" {
		if err := rules.SetPath(s.Rules); err != nil {
			return nil, fmt.Errorf("credlint: %w", err)
		}
	}
	if rules.Path() != "" {
		// One clear error at start-up rather than one per package.
		if _, err := rules.Active(); err != nil {
			return nil, fmt.Errorf("credlint: rule file %w", err)
		}
	}
	return &plugin{checks: checks}, nil
}

type plugin struct {
	checks []*analysis.Analyzer
}

func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) { return p.checks, nil }

// GetLoadMode asks for type information: the checks are type-aware.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
