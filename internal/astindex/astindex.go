// Package astindex gives credlint's analyzers one AST inspector per file
// of a package, built on first use.
//
// inspect.Analyzer builds its inspector whenever it runs, and it runs for
// every analyzer that requires it. The fact analyzers (internal/httpreq)
// run on every dependency under go vet, std included, and most of them
// stop at a pre-scan before looking at the syntax: requiring
// inspect.Analyzer would make each of those processes index a whole
// package for nothing, and building a second inspector where the checks
// need one doubles the time and memory it takes on a large package.
//
// One inspector per file, not one for the package: inspector.New sizes its
// event table from the files' extent but caps the estimate at a million
// events, so on a package past that size (go-github's, with its tests: over
// two million) it grows the table by repeated copying, allocating 2.5 times
// what it keeps. Sized per file, the estimate holds. The cursors a walk
// yields are the same nodes in the same order; a file's node has the
// (virtual) root as its parent in both layouts.
package astindex

import (
	"go/ast"
	"iter"
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// Analyzer's result is an Index. Require it instead of inspect.Analyzer.
var Analyzer = &analysis.Analyzer{
	Name:       "astindex",
	Doc:        "build one AST inspector per file, on first use",
	Run:        run,
	ResultType: reflect.TypeFor[Index](),
	// As inspect.Analyzer: syntax is there even when types are not, and
	// hardcodedsecret reports keys in a package that does not type-check.
	RunDespiteErrors: true,
}

// Index returns the inspectors of the package's files, in the order of
// pass.Files, building them on the first call; analyzers running in
// parallel share them.
type Index func() []*inspector.Inspector

// Preorder yields, file by file, the cursors of the nodes of the given
// types in depth-first order, as inspector.Cursor.Preorder does on one
// inspector of all the files.
func (x Index) Preorder(types ...ast.Node) iter.Seq[inspector.Cursor] {
	return func(yield func(inspector.Cursor) bool) {
		for _, in := range x() {
			for cur := range in.Root().Preorder(types...) {
				if !yield(cur) {
					return
				}
			}
		}
	}
}

func run(pass *analysis.Pass) (any, error) {
	files := pass.Files
	return Index(sync.OnceValue(func() []*inspector.Inspector {
		out := make([]*inspector.Inspector, len(files))
		for i, f := range files {
			out[i] = inspector.New([]*ast.File{f})
		}
		return out
	})), nil
}

// Of returns the index of the pass's package; the analyzer must list
// Analyzer in its Requires.
func Of(pass *analysis.Pass) Index {
	return pass.ResultOf[Analyzer].(Index)
}
