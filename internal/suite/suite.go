// Package suite is the set of analyzers every credlint driver runs (the
// standalone command, go vet, the golangci-lint plugin): the checks of
// package analyzers plus the directive check, selected and configured the
// same way everywhere.
package suite

import (
	"errors"
	"flag"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/credlint/credlint/analyzers"
	"github.com/credlint/credlint/internal/diag"
)

// All returns every check, in documentation order, then the check of
// //credlint:ignore directives.
func All() []*analysis.Analyzer {
	checks := analyzers.All()
	return append(checks, diag.IgnoreAnalyzer(checks))
}

// Select returns the checks of all named by enable (all of them if it is
// empty) and not by disable. Names match without regard to case (viper
// lowercases golangci-lint settings); unknown names are an error.
func Select(all []*analysis.Analyzer, enable, disable []string) ([]*analysis.Analyzer, error) {
	on, err := lookup(all, enable)
	if err != nil {
		return nil, err
	}
	off, err := lookup(all, disable)
	if err != nil {
		return nil, err
	}
	var out []*analysis.Analyzer
	for _, a := range all {
		if (len(on) == 0 || on[a]) && !off[a] {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no checks enabled")
	}
	return out, nil
}

// SplitList splits a comma-separated list of names.
func SplitList(s string) []string {
	var out []string
	for n := range strings.SplitSeq(s, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

func lookup(all []*analysis.Analyzer, names []string) (map[*analysis.Analyzer]bool, error) {
	m := make(map[*analysis.Analyzer]bool)
	var unknown []string
	for _, n := range names {
		if n = strings.TrimSpace(n); n == "" {
			continue
		}
		if a := find(all, n); a != nil {
			m[a] = true
		} else {
			unknown = append(unknown, strconv.Quote(n))
		}
	}
	if len(unknown) > 0 {
		return nil, fmt.Errorf("unknown check %s (checks: %s)", strings.Join(unknown, ", "), Names(all))
	}
	return m, nil
}

func find(all []*analysis.Analyzer, name string) *analysis.Analyzer {
	i := slices.IndexFunc(all, func(a *analysis.Analyzer) bool { return strings.EqualFold(a.Name, name) })
	if i < 0 {
		return nil
	}
	return all[i]
}

// Names lists the checks' names, comma-separated.
func Names(all []*analysis.Analyzer) string {
	names := make([]string, len(all))
	for i, a := range all {
		names[i] = a.Name
	}
	return strings.Join(names, ", ")
}

// SetOptions sets checks' flags: check name → option (flag) name → value.
// Lists become comma-separated values. Unknown checks and options are
// errors that name them.
func SetOptions(all []*analysis.Analyzer, opts map[string]map[string]any) error {
	for _, c := range sortedKeys(opts) {
		a := find(all, c)
		if a == nil {
			return fmt.Errorf("checks: unknown check %q (checks: %s)", c, Names(all))
		}
		for _, n := range sortedKeys(opts[c]) {
			f := lookupFlag(&a.Flags, n)
			if f == nil {
				return fmt.Errorf("checks.%s: unknown option %q (options: %s)", c, n, flagNames(&a.Flags))
			}
			if err := f.Value.Set(flagValue(opts[c][n])); err != nil {
				return fmt.Errorf("checks.%s.%s: %v", c, n, err)
			}
		}
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func lookupFlag(fs *flag.FlagSet, name string) *flag.Flag {
	var found *flag.Flag
	fs.VisitAll(func(f *flag.Flag) {
		if strings.EqualFold(f.Name, name) {
			found = f
		}
	})
	return found
}

func flagNames(fs *flag.FlagSet) string {
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

func flagValue(v any) string {
	if list, ok := v.([]any); ok {
		parts := make([]string, len(list))
		for i, e := range list {
			parts[i] = fmt.Sprint(e)
		}
		return strings.Join(parts, ",")
	}
	return fmt.Sprint(v)
}
