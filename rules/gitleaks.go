package rules

import gitleaks "github.com/zricethezav/gitleaks/v8/config"

// gitleaksDefault is gitleaks' default rule file, which credlint's default
// file extends. It is the only use of gitleaks' code at run time: credlint
// decodes and matches the rules itself (see docs/rules.md for why and what
// importing the config package still costs every vet process).
func gitleaksDefault() string { return gitleaks.DefaultConfig }
