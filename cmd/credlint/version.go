package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/credlint/credlint/rules"
)

// buildVersion is what the binary knows about its own version.
type buildVersion struct {
	Version  string // module version: a release, a pseudo-version Go stamped from a git checkout, or "(devel)"
	Revision string // VCS revision, when the build recorded one
	Gitleaks string // version of the gitleaks module, the rule engine
}

func versionInfo() buildVersion {
	v := buildVersion{Version: "(devel)"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return v
	}
	if bi.Main.Version != "" {
		v.Version = bi.Main.Version
	}
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" {
			v.Revision = s.Value
		}
	}
	for _, d := range bi.Deps {
		if d.Path == "github.com/zricethezav/gitleaks/v8" {
			v.Gitleaks = d.Version
		}
	}
	return v
}

// semantic is the version as SARIF's semanticVersion wants it (no "v"),
// or "" when the build has none.
func (v buildVersion) semantic() string {
	if !strings.HasPrefix(v.Version, "v") {
		return ""
	}
	return strings.TrimPrefix(v.Version, "v")
}

// printVersion prints the module version and the rules in use: which
// file, how many rules, and the gitleaks release its defaults come from.
func printVersion(w io.Writer) error {
	v := versionInfo()
	fmt.Fprintf(w, "credlint %s", v.Version)
	if v.Version == "(devel)" && v.Revision != "" {
		fmt.Fprintf(w, " (%.12s)", v.Revision)
	}
	fmt.Fprintf(w, " %s\n", runtime.Version())
	set, err := rules.Active()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "rules: %s, %d rules", set.Name, len(set.Rules()))
	if v.Gitleaks != "" {
		fmt.Fprintf(w, " (gitleaks %s)", v.Gitleaks)
	}
	fmt.Fprintln(w)
	return nil
}
