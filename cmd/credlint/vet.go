package main

import (
	"bytes"
	"flag"
	"os"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/credlint/credlint/internal/suite"
	"github.com/credlint/credlint/rules"
)

// vetMain serves go vet. Flags registered on flag.CommandLine before
// unitchecker.Main are listed by -flags, so go vet accepts and forwards
// `go vet -vettool=credlint -rules=FILE`.
func vetMain() {
	deferGC()
	args := os.Args[1:]
	cfg := unitConfigData(args) // read once: the fast path and the VetxOnly test both look at it
	if vetFast(args, cfg) {
		os.Exit(0)
	}
	flag.Func("rules", "gitleaks-format rule `file` (default: credlint's embedded rules)", rules.SetPath)
	analyzers := suite.All()
	switch {
	case cfg == nil:
		// -flags, -V=full: the suite's names and flags.
	case !selects(args, analyzers) && !debugFull():
		analyzers = flatGraph(analyzers, vetxOnlyConfig(cfg))
	case vetxOnlyConfig(cfg):
		analyzers = factsOnly(analyzers)
	}
	unitchecker.Main(analyzers...)
}

// debugFull reports whether CREDLINT_DEBUG asks for unitchecker's own
// way with every unit ("full"): no fast path (vetfast.go), and the
// suite's graph of analyzers rather than flatGraph's. Tests compare both.
func debugFull() bool {
	return strings.Contains(os.Getenv("CREDLINT_DEBUG"), "full")
}

// unitConfigData returns the bytes of the unit's .cfg file, the last
// argument go vet gives; nil for any other invocation (-flags, -V=full) or
// a file that cannot be read (unitchecker reports it).
func unitConfigData(args []string) []byte {
	if len(args) == 0 || !strings.HasSuffix(args[len(args)-1], ".cfg") {
		return nil
	}
	data, err := os.ReadFile(args[len(args)-1])
	if err != nil {
		return nil
	}
	return data
}

// vetxOnly reports whether the unit go vet asks for is a dependency, run
// only for the facts it exports ("VetxOnly": true in its .cfg file). That
// is most of go vet's processes: every dependency, std included.
func vetxOnly(args []string) bool {
	return vetxOnlyConfig(unitConfigData(args))
}

// vetxOnlyConfig reports whether a unit's .cfg file says "VetxOnly": true.
func vetxOnlyConfig(data []byte) bool {
	// A scan, not a JSON decode of the whole file (unitchecker decodes it
	// again). Were the key ever missed, the unit would be analysed in full:
	// time lost, never a finding.
	_, rest, ok := bytes.Cut(data, []byte(`"VetxOnly"`))
	if !ok {
		return false
	}
	rest = bytes.TrimLeft(rest, " \t\r\n")
	rest, ok = bytes.CutPrefix(rest, []byte(":"))
	return ok && bytes.HasPrefix(bytes.TrimLeft(rest, " \t\r\n"), []byte("true"))
}

// selects reports whether the flags before the unit's .cfg file select or
// deselect checks by name (-NAME, -NAME=false): analysisflags then runs
// only some of them, each with the fact analyzers it needs. A flag naming
// flatGraph's facts hub counts too: the hub must run whenever flatGraph's
// checks do.
func selects(args []string, all []*analysis.Analyzer) bool {
	for _, a := range args {
		name, ok := strings.CutPrefix(a, "-")
		if !ok {
			continue
		}
		name, _, _ = strings.Cut(strings.TrimPrefix(name, "-"), "=")
		if name == factsHubName || slices.ContainsFunc(all, func(c *analysis.Analyzer) bool { return c.Name == name }) {
			return true
		}
	}
	return false
}

// factsOnly returns the analyzers for a VetxOnly unit when flags select
// checks: those that export facts as they are, and each other check
// replaced by a copy that runs nothing but still requires the fact
// analyzers its check needs, so that the selection selects those facts.
// unitchecker already skips analyzers that use no facts in such a unit,
// but a check that requires a fact analyzer counts as using facts, and
// would run its whole analysis on every dependency for diagnostics that
// are discarded. The copies keep their names and flags, so that every
// flag go vet forwards (-<check>, -<check>.<option>) is still accepted.
// Without selection flags, flatGraph serves the unit.
func factsOnly(all []*analysis.Analyzer) []*analysis.Analyzer {
	out := make([]*analysis.Analyzer, len(all))
	for i, a := range all {
		if len(a.FactTypes) > 0 {
			out[i] = a
			continue
		}
		c := *a
		c.Requires = factAnalyzers(a.Requires, nil)
		c.Run = func(*analysis.Pass) (any, error) { return nil, nil }
		c.ResultType = nil
		out[i] = &c
	}
	return out
}

// requiredBy adds to seen (allocating it if nil) the analyzers of roots
// and all they require, transitively.
func requiredBy(roots []*analysis.Analyzer, seen map[*analysis.Analyzer]bool) map[*analysis.Analyzer]bool {
	if seen == nil {
		seen = make(map[*analysis.Analyzer]bool)
	}
	for _, a := range roots {
		if !seen[a] {
			seen[a] = true
			requiredBy(a.Requires, seen)
		}
	}
	return seen
}

// factAnalyzers appends to dst the analyzers of reqs, or required by them,
// that export facts, without descending below those (they keep their own
// Requires).
func factAnalyzers(reqs, dst []*analysis.Analyzer) []*analysis.Analyzer {
	for _, r := range reqs {
		switch {
		case len(r.FactTypes) > 0:
			if !slices.Contains(dst, r) {
				dst = append(dst, r)
			}
		default:
			dst = factAnalyzers(r.Requires, dst)
		}
	}
	return dst
}
