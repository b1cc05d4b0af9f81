package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// The standalone driver loads the syntax of every dependency, so that the
// checks learn their facts (a log wrapper, an error helper, a credential
// getter in another module) as go vet's units do. The standard library
// needs no facts of its own (its sinks and sources are in the tables of
// internal/sinks), so its files are parsed without function bodies: only
// their declarations are type-checked, and the checks find nothing to
// walk in them.

// goroot returns the source directory of the standard library the go
// command in dir builds with, or "" if it cannot tell.
func goroot(dir string) string {
	cmd := exec.Command("go", "env", "GOROOT")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return ""
	}
	root := strings.TrimSpace(string(out))
	if root == "" {
		return ""
	}
	return filepath.Join(root, "src") + string(filepath.Separator)
}

// parseFunc returns the loader's parser: go/packages' own for every file,
// except the standard library's below std, parsed by parseDecls.
func parseFunc(std string) func(*token.FileSet, string, []byte) (*ast.File, error) {
	return func(fset *token.FileSet, filename string, src []byte) (*ast.File, error) {
		if std != "" && strings.HasPrefix(filename, std) {
			return parseDecls(fset, filename, src)
		}
		return parser.ParseFile(fset, filename, src, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
	}
}

// parseDecls parses a file and drops its function bodies. The imports
// only the bodies used are then blank, or the type checker would refuse
// them as unused (go/packages type-checks dependencies with bodies on).
func parseDecls(fset *token.FileSet, filename string, src []byte) (*ast.File, error) {
	f, err := parser.ParseFile(fset, filename, src, parser.SkipObjectResolution)
	if err != nil {
		return f, err
	}
	decls := f.Decls[:0]
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			switch {
			case fd.Recv == nil && fd.Name.Name == "init":
				continue // an init needs a body, and nothing refers to it
			case !generic(fd):
				fd.Body = nil // a generic function needs its body
			}
		}
		decls = append(decls, d)
	}
	f.Decls = decls
	used := make(map[string]bool)
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	for _, imp := range f.Imports {
		p, err := strconv.Unquote(imp.Path.Value)
		if err != nil || p == "C" {
			continue
		}
		name := stdName(p)
		if imp.Name != nil {
			name = imp.Name.Name
		}
		if name != "_" && name != "." && !used[name] {
			imp.Name = ast.NewIdent("_")
		}
	}
	return f, nil
}

// generic reports whether fd has type parameters, its own or its
// receiver's.
func generic(fd *ast.FuncDecl) bool {
	if fd.Type.TypeParams != nil {
		return true
	}
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return false
	}
	t := fd.Recv.List[0].Type
	if star, ok := t.(*ast.StarExpr); ok {
		t = star.X
	}
	switch t.(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}

var majorRE = regexp.MustCompile(`^v[0-9]+$`)

// stdName is the name of the standard package at import path p: its last
// element, or the one before a major version (math/rand/v2 is rand).
func stdName(p string) string {
	dir, base := path.Split(p)
	if majorRE.MatchString(base) && dir != "" {
		return path.Base(dir)
	}
	return base
}
