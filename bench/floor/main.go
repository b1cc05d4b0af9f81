// Command floor is a vet tool that does nothing: one analyzer that requires
// inspect.Analyzer (so the AST inspector is built, as credlint's checks do)
// and reports nothing.
//
// Timing `go vet -vettool=floor` measures the fixed cost every vet tool pays:
// one process per package, parsing and type-checking it (and, for VetxOnly
// dependencies, parsing and type-checking them too). bench/run.sh divides
// credlint's time by this one.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/analysis/unitchecker"
)

var analyzer = &analysis.Analyzer{
	Name:     "floor",
	Doc:      "floor does nothing; it measures the cost of a vet tool that does nothing",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      func(*analysis.Pass) (any, error) { return nil, nil },
}

// variant is set with -ldflags=-X main.variant=NAME to build a floor tool
// whose executable, and so whose vet tool ID and vet cache keys, differ from
// the plain floor's: run.sh warms its GOCACHE with such a copy so that the
// warm cache holds compiled dependencies but no vet results of any tool
// under test.
var variant string

func main() {
	if variant != "" {
		analyzer.Doc += " (" + variant + ")"
	}
	unitchecker.Main(analyzer)
}
