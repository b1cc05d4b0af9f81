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
	flag.Func("rules", "gitleaks-format rule `file` (default: credlint's embedded rules)", rules.SetPath)
	analyzers := suite.All()
	if vetxOnly(os.Args[1:]) {
		analyzers = factsOnly(analyzers)
	}
	unitchecker.Main(analyzers...)
}

// vetxOnly reports whether the unit go vet asks for is a dependency, run
// only for the facts it exports ("VetxOnly": true in its .cfg file). That
// is most of go vet's processes: every dependency, std included.
func vetxOnly(args []string) bool {
	if len(args) == 0 || !strings.HasSuffix(args[len(args)-1], ".cfg") {
		return false
	}
	data, err := os.ReadFile(args[len(args)-1])
	if err != nil {
		return false // unitchecker reports it
	}
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

// factsOnly returns the analyzers for a VetxOnly unit: those that export
// facts as they are, and each other check replaced by a copy that does
// nothing but still requires the fact analyzers it needs. unitchecker
// already skips analyzers that use no facts in such a unit, but a check
// that requires a fact analyzer counts as using facts, and would run its
// whole analysis on every dependency for diagnostics that are discarded.
// The copies keep their names and flags, so that every flag go vet
// forwards (-<check>, -<check>.<option>) is still accepted, and the
// selection flags still select the facts a selected check needs.
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
