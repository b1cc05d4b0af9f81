package sinks

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

// TestURLParts: text built by + or Sprintf splits into constant text and
// operands; other expressions give nothing.
func TestURLParts(t *testing.T) {
	src := `package p
import "fmt"
var base, k string
var n int
var (
	a = base + "/v1?api_key=" + k
	b = fmt.Sprintf("%s/v1?token=%s&n=%d%%", base, k, n)
	c = fmt.Sprintf("%[1]s?key=%[1]s", k)
	d = base
)`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}}
	if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	values := map[string]ast.Expr{}
	ast.Inspect(f, func(n ast.Node) bool {
		if vs, ok := n.(*ast.ValueSpec); ok && len(vs.Values) == 1 {
			values[vs.Names[0].Name] = vs.Values[0]
		}
		return true
	})
	show := func(parts []URLPart) string {
		var b strings.Builder
		for _, p := range parts {
			if p.Lit {
				b.WriteString("[" + p.Text + "]")
			} else {
				b.WriteString("<" + types.ExprString(p.Expr) + ">")
			}
		}
		return b.String()
	}
	for name, want := range map[string]string{
		"a": "<base>[/v1?api_key=]<k>",
		"b": "[]<base>[/v1?token=]<k>[&n=]<n>[%]",
		"c": "",
		"d": "",
	} {
		if got := show(URLParts(info, values[name])); got != want {
			t.Errorf("%s: URLParts = %s, want %s", name, got, want)
		}
	}
}

func TestQueryParam(t *testing.T) {
	for text, want := range map[string]string{
		"https://h/v1?api_key=": "api_key",
		"/v1?a=1&access_token=": "access_token",
		"https://h/v1?q":        "",
		"https://user:":         "",
		"/path=":                "",
	} {
		got, ok := QueryParam(text)
		if got != want || ok != (want != "") {
			t.Errorf("QueryParam(%q) = %q, %v; want %q", text, got, ok, want)
		}
	}
}
