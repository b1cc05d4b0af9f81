package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/credlint/credlint/internal/astutil"
)

// The standalone driver loads the syntax of every dependency, so that the
// checks learn their facts (a log wrapper, an error helper, a credential
// getter in another module) as go vet's units do. The standard library
// needs no facts of its own (its sinks and sources are in the tables of
// internal/sinks), so its files are parsed without function bodies: only
// their declarations are type-checked, and the checks find nothing to
// walk in them. A run whose packages import nothing beyond the standard
// library and each other keeps loading export data, which is cheaper.

// foreignDeps reports whether the packages cfg loads for patterns import,
// directly or not, a package outside both the standard library (below
// std) and the patterns: one whose facts the checks need. Without one
// (a module that imports only the standard library, or all of whose
// packages are given) the dependencies' export data is enough, and
// cheaper. When it cannot tell, it says yes.
func foreignDeps(cfg packages.Config, patterns []string, std string) bool {
	cfg.Mode = packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps
	cfg.Fset, cfg.ParseFile = nil, nil
	roots, err := packages.Load(&cfg, patterns...)
	if err != nil || std == "" {
		return true
	}
	given := make(map[string]bool)
	for _, p := range roots {
		given[p.PkgPath] = true
	}
	foreign := false
	packages.Visit(roots, nil, func(p *packages.Package) {
		if !given[p.PkgPath] && slices.ContainsFunc(p.GoFiles, func(f string) bool { return !strings.HasPrefix(f, std) }) {
			foreign = true
		}
	})
	return foreign
}

// stdTypeErrors reports whether a package of the standard library (below
// std), loaded by parseDecls, has type errors.
func stdTypeErrors(pkgs []*packages.Package, std string) bool {
	if std == "" {
		return false
	}
	bad := false
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if len(p.GoFiles) > 0 && strings.HasPrefix(p.GoFiles[0], std) && slices.ContainsFunc(p.Errors, func(e packages.Error) bool { return e.Kind == packages.TypeError }) {
			bad = true
		}
	})
	return bad
}

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
	for _, imp := range f.Imports {
		if imp.Name != nil && imp.Name.Name == "." {
			// Which of its names the bodies use is not syntax: keep them.
			return f, nil
		}
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
		name := astutil.ImportName(p)
		if imp.Name != nil {
			name = imp.Name.Name
		}
		if name != "_" && !used[name] {
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
