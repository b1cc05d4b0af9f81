package credential

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"testing"
)

// TestPassesChain checks that a chain of helpers, each returning the next
// one's result, is summarised the same way on every run, whatever order
// the map of returns is walked in: each helper passes its parameter on.
func TestPassesChain(t *testing.T) {
	const src = `package p

func a(s string) string { return b(s) }
func b(s string) string { return c(s) }
func c(s string) string { return d(s, 1) }
func d(s string, n int) string { return e(n, s) }
func e(n int, s string) string { return "Bearer " + s }
func f(s string) string { return "fixed" }
`
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types: make(map[ast.Expr]types.TypeAndValue),
		Defs:  make(map[*ast.Ident]types.Object),
		Uses:  make(map[*ast.Ident]types.Object),
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{file}, info)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]int{"a": {0}, "b": {0}, "c": {0}, "d": {0}, "e": {1}, "f": nil}
	for run := range 30 {
		ev := Gather(fset, info, pkg, []*ast.File{file})
		for name, w := range want {
			fn := pkg.Scope().Lookup(name).(*types.Func)
			if got := ev.passes[fn]; !slices.Equal(got, w) {
				t.Fatalf("run %d: %s passes %v, want %v", run, name, got, w)
			}
		}
	}
}
