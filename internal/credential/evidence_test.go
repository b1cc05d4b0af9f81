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

// typeCheck parses and type-checks src, a package p in one file.
func typeCheck(t *testing.T, src string) (*token.FileSet, *ast.File, *types.Info, *types.Package) {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types:      make(map[ast.Expr]types.TypeAndValue),
		Defs:       make(map[*ast.Ident]types.Object),
		Uses:       make(map[*ast.Ident]types.Object),
		Selections: make(map[*ast.SelectorExpr]*types.Selection),
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{file}, info)
	if err != nil {
		t.Fatal(err)
	}
	return fset, file, info, pkg
}

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
	fset, file, info, pkg := typeCheck(t, src)
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
	fset, file, info, pkg := typeCheck(t, src)
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

// TestAssignmentPairs checks which left-hand side an assignment or
// declaration gives a value to, the same in a statement and a var
// declaration, with and without the package's evidence: of one call with
// several results the first gets it (os.LookupEnv's value), but of
// strings.Cut the second (what follows "Bearer "), and no other name.
func TestAssignmentPairs(t *testing.T) {
	const src = `package p

import (
	"os"
	"strings"
)

func declared() (string, string, string) {
	var scheme, cred, _ = strings.Cut(os.Getenv("API_TOKEN"), " ")
	var tok, _ = os.LookupEnv("API_TOKEN")
	return scheme, cred, tok
}

func assigned() (string, string, string) {
	scheme, cred, _ := strings.Cut(os.Getenv("API_TOKEN"), " ")
	tok, _ := os.LookupEnv("API_TOKEN")
	return scheme, cred, tok
}

func values() (string, string, string) {
	var a, b, c = "x", os.Getenv("API_TOKEN"), "z"
	return a, b, c
}
`
	fset, file, info, pkg := typeCheck(t, src)
	want := map[string][]bool{
		"declared": {false, true, true},
		"assigned": {false, true, true},
		"values":   {false, true, false},
	}
	models := map[string]func() *Model{
		"names":    func() *Model { return NewModel(info) },
		"evidence": func() *Model { return newEvidenceModel(Gather(fset, info, pkg, []*ast.File{file})) },
	}
	for kind, newModel := range models {
		m := newModel()
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			m.Enter(fd.Body)
			ret := fd.Body.List[len(fd.Body.List)-1].(*ast.ReturnStmt)
			for i, r := range ret.Results {
				if _, got := m.Credential(r); got != want[fd.Name.Name][i] {
					t.Errorf("%s model, %s: %s is a credential: %v, want %v", kind, fd.Name.Name, types.ExprString(r), got, want[fd.Name.Name][i])
				}
			}
		}
	}
}
