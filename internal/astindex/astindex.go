// Package astindex gives credlint's analyzers one AST inspector per
// package, built on first use.
//
// inspect.Analyzer builds its inspector whenever it runs, and it runs for
// every analyzer that requires it. The fact analyzers (internal/httpreq)
// run on every dependency under go vet, std included, and most of them
// stop at a pre-scan before looking at the syntax: requiring
// inspect.Analyzer would make each of those processes index a whole
// package for nothing, and building a second inspector where the checks
// need one doubles the time and memory it takes on a large package.
package astindex

import (
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// Analyzer's result is an Index. Require it instead of inspect.Analyzer.
var Analyzer = &analysis.Analyzer{
	Name:       "astindex",
	Doc:        "build one AST inspector per package, on first use",
	Run:        run,
	ResultType: reflect.TypeFor[Index](),
	// As inspect.Analyzer: syntax is there even when types are not, and
	// hardcodedsecret reports keys in a package that does not type-check.
	RunDespiteErrors: true,
}

// Index returns the package's inspector, building it on the first call;
// analyzers running in parallel share it.
type Index func() *inspector.Inspector

func run(pass *analysis.Pass) (any, error) {
	files := pass.Files
	return Index(sync.OnceValue(func() *inspector.Inspector { return inspector.New(files) })), nil
}

// Of returns the inspector of the pass's package; the analyzer must list
// Analyzer in its Requires.
func Of(pass *analysis.Pass) *inspector.Inspector {
	return pass.ResultOf[Analyzer].(Index)()
}
