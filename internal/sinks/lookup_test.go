package sinks

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/types/typeutil"
)

// TestLookup checks Lookup's quick rejections (by simple name, then by
// package) against the table: sinks of the standard library are found,
// methods of the analysed package named like a sink are not.
func TestLookup(t *testing.T) {
	const src = `package p

import (
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"os"
)

type T struct{}

func (T) String() string        { return "" }
func (T) Error() string         { return "" }
func (T) Printf(string, ...any) {}

func f(l *slog.Logger, h http.Header, t T) {
	log.Printf("x")
	fmt.Fprintf(os.Stderr, "x")
	l.Info("x")
	h.Set("k", "v")
	_ = t.String()
	_ = t.Error()
	t.Printf("x")
	_ = fmt.Sprint("x")
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Uses: make(map[*ast.Ident]types.Object), Selections: make(map[*ast.SelectorExpr]*types.Selection), Types: make(map[ast.Expr]types.TypeAndValue)}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	if _, err := conf.Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{
		"log.Printf": true, "fmt.Fprintf": true, "(*log/slog.Logger).Info": true, "(net/http.Header).Set": true,
		"(p.T).String": false, "(p.T).Error": false, "(p.T).Printf": false, "fmt.Sprint": false,
	}
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn, ok := typeutil.Callee(info, call).(*types.Func)
		if !ok {
			return true
		}
		_, got := Lookup(fn)
		if w, ok := want[fn.FullName()]; !ok {
			t.Errorf("unexpected call of %s", fn.FullName())
		} else if got != w {
			t.Errorf("Lookup(%s) = %v, want %v", fn.FullName(), got, w)
		}
		delete(want, fn.FullName())
		return true
	})
	for n := range want {
		t.Errorf("no call of %s seen", n)
	}
}

func TestEntryPkg(t *testing.T) {
	for name, want := range map[string]string{
		"log.Printf":                                "log",
		"(*log/slog.Logger).Info":                   "log/slog",
		"(net/http.Header).Set":                     "net/http",
		"(*resty.dev/v3.Request).Get":               "resty.dev/v3",
		"github.com/hashicorp/go-retryablehttp.Get": "github.com/hashicorp/go-retryablehttp",
		"print":            "",
		"(testing.TB).Log": "testing",
	} {
		if got := entryPkg(name); got != want {
			t.Errorf("entryPkg(%q) = %q, want %q", name, got, want)
		}
	}
}
