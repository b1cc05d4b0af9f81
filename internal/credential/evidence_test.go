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

// TestFlowsInSourceOrder checks what (*Model).Enter relies on: Gather lists,
// per declared function's body, exactly the assignments, declarations and
// ranges a walk of that body visits, in the same order, function literals
// included.
func TestFlowsInSourceOrder(t *testing.T) {
	const src = `package p

var global = func() string { x := "a"; return x }()

func f(m map[string]string) (s string) {
	var a, b = "x", "y"
	s = a + b
	for _, v := range m {
		g := func() string {
			var inner string
			inner = v
			return inner
		}
		s += g()
	}
	if t := s; t != "" {
		s, _ = t, 1
	}
	return s
}

func g() {}
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
	ev := Gather(fset, info, pkg, []*ast.File{file})
	bodies := 0
	for _, d := range file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		bodies++
		var want []ast.Node
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if isFlowNode(n) {
				want = append(want, n)
			}
			return true
		})
		got, ok := ev.flows[fd.Body]
		if !ok || !slices.Equal(got, want) {
			t.Errorf("%s: Gather listed %d nodes (listed: %v), a walk finds %d", fd.Name.Name, len(got), ok, len(want))
		}
	}
	if bodies != 2 || len(ev.flows[file.Decls[1].(*ast.FuncDecl).Body]) != 9 {
		t.Fatalf("fixture changed: %d bodies, f has %d flow nodes", bodies, len(ev.flows[file.Decls[1].(*ast.FuncDecl).Body]))
	}
}
