package main

import (
	"go/ast"
	"go/importer"
	"go/token"
	"go/types"
	"testing"
)

// TestParseDecls: a standard library file parsed without bodies still
// type-checks: imports only the bodies used become blank, an init goes,
// generic functions and methods keep their bodies.
func TestParseDecls(t *testing.T) {
	const src = `package p

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"unsafe"
)

func init() { fmt.Println(rand.N(2)) }

func Copy(w io.Writer, s string) (int, error) { return io.Copy(w, strings.NewReader(s)) }

func Size() uintptr { var x int; return unsafe.Sizeof(x) }

func Map[T any](xs []T, f func(T) T) []T {
	for i := range xs {
		xs[i] = f(xs[i])
	}
	return xs
}

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T { return b.v }
`
	fset := token.NewFileSet()
	f, err := parseDecls(fset, "p.go", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	conf := types.Config{Importer: importer.Default()}
	if _, err := conf.Check("p", fset, []*ast.File{f}, nil); err != nil {
		t.Fatalf("type-checking the declarations: %v", err)
	}
	bodies := make(map[string]bool)
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			bodies[fd.Name.Name] = fd.Body != nil
		}
	}
	want := map[string]bool{"Copy": false, "Size": false, "Map": true, "Get": true}
	for name, body := range want {
		if got, ok := bodies[name]; !ok || got != body {
			t.Errorf("%s: body kept %v (present %v), want %v", name, got, ok, body)
		}
	}
	if _, ok := bodies["init"]; ok {
		t.Error("init kept")
	}

	// With a dot import, the bodies stay: which of its names they use
	// is not known before type-checking.
	const dot = `package q

import . "strings"

func F(s string) bool { return HasPrefix(s, "x") }
`
	f, err = parseDecls(fset, "q.go", []byte(dot))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conf.Check("q", fset, []*ast.File{f}, nil); err != nil {
		t.Fatalf("type-checking a file with a dot import: %v", err)
	}
}
