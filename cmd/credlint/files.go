package main

import (
	"fmt"
	"go/ast"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/credlint/credlint/analyzers/hardcodedsecret"
)

// A loadGroup is one go/packages query: patterns resolved in dir ("" for
// the working directory).
type loadGroup struct {
	dir      string
	patterns []string
	// fromFiles: the patterns stand for .go file arguments, whose packages
	// are loaded only to check those files.
	fromFiles bool
}

// fileArgs is what the .go file arguments ask for.
type fileArgs struct {
	// only holds the files (absolute) whose findings are reported; nil when
	// no file was named. Files of packages named by a pattern join it.
	only map[string]bool
	// trees are the directories of local recursive patterns (./...): go
	// list leaves out a directory whose every Go file the build excludes,
	// so those files are found by walking.
	trees []string
}

// splitFileArgs turns .go file arguments (as pre-commit passes them) into
// queries for the packages that hold them, grouped by the module each file
// is in, since go list resolves directories only inside the module it runs
// in (a repository may hold several). Other arguments are package patterns,
// whose findings are all reported. A named file that does not exist is an
// error: a hook must never pass because of a typo.
func splitFileArgs(args []string) ([]loadGroup, fileArgs, error) {
	var fa fileArgs
	if len(args) == 0 {
		args = []string{"./..."}
	}
	var groups []loadGroup
	byDir := make(map[string]int) // group index by module root
	seen := make(map[string]bool)
	add := func(dir, pattern string, fromFiles bool) {
		key := fmt.Sprint(dir, "\x00", fromFiles)
		i, ok := byDir[key]
		if !ok {
			i = len(groups)
			byDir[key] = i
			groups = append(groups, loadGroup{dir: dir, fromFiles: fromFiles})
		}
		if !seen[key+"\x00"+pattern] {
			seen[key+"\x00"+pattern] = true
			groups[i].patterns = append(groups[i].patterns, pattern)
		}
	}
	for _, a := range args {
		if !strings.HasSuffix(a, ".go") {
			add("", a, false)
			if root, ok := strings.CutSuffix(a, "/..."); ok && (a[0] == '.' || filepath.IsAbs(a)) {
				fa.trees = append(fa.trees, root)
			}
			continue
		}
		abs, err := filepath.Abs(a)
		if err != nil {
			abs = a
		}
		if st, err := os.Stat(abs); err != nil {
			return nil, fa, fmt.Errorf("%s: no such file", a)
		} else if st.IsDir() {
			return nil, fa, fmt.Errorf("%s: a directory, not a .go file", a)
		}
		if fa.only == nil {
			fa.only = make(map[string]bool)
		}
		fa.only[abs] = true
		dir := filepath.Dir(abs)
		root := moduleRoot(dir)
		rel, err := filepath.Rel(root, dir)
		if root == "" || err != nil {
			// In no module, go list cannot load it: see uncovered.
			continue
		}
		add(root, "./"+filepath.ToSlash(rel), true)
	}
	return groups, fa, nil
}

// widen adds the files of packages a pattern named to the files reported:
// `credlint ./pkg/... main.go` reports all of ./pkg/... and main.go.
func (fa fileArgs) widen(ps []*packages.Package) {
	if fa.only == nil {
		return
	}
	for _, p := range ps {
		for _, names := range [][]string{p.CompiledGoFiles, p.GoFiles, p.IgnoredFiles} {
			for _, n := range names {
				fa.only[n] = true
			}
		}
	}
}

// uncovered lists the files asked for that no loaded package holds, not
// even among its IgnoredFiles: named files outside any module, and files
// in a directory whose every Go file the build excludes.
// Test files count only with tests (-test).
func (fa fileArgs) uncovered(pkgs []*packages.Package, tests bool) []string {
	held := make(map[string]bool)
	for _, p := range pkgs {
		for _, names := range [][]string{p.CompiledGoFiles, p.GoFiles, p.IgnoredFiles} {
			for _, n := range names {
				held[n] = true
			}
		}
	}
	var out []string
	for name := range fa.only {
		if !held[name] && strings.HasSuffix(name, ".go") {
			out = append(out, name)
		}
	}
	for _, root := range fa.trees {
		for _, name := range treeFiles(root) {
			if !held[name] && !slices.Contains(out, name) && (tests || !strings.HasSuffix(name, "_test.go")) {
				out = append(out, name)
			}
		}
	}
	slices.Sort(out)
	return out
}

// treeFiles lists the .go files below root that ./... covers: not in
// testdata, vendor, or directories starting with . or _, nor in nested
// modules.
func treeFiles(root string) []string {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil
	}
	var out []string
	filepath.WalkDir(abs, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if path != abs && (name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			if path != abs {
				if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
					return filepath.SkipDir
				}
			}
			return nil
		}
		if strings.HasSuffix(name, ".go") && !strings.HasPrefix(name, ".") && !strings.HasPrefix(name, "_") {
			out = append(out, path)
		}
		return nil
	})
	return out
}

// scanUncovered checks files no package holds by syntax alone, with the
// checks that can: hardcodedsecret. A file that does not parse is an error.
func scanUncovered(files []string, checks []*analysis.Analyzer) ([]finding, []error) {
	if len(files) == 0 || !slices.Contains(checks, hardcodedsecret.Analyzer) {
		return nil, nil
	}
	fset := token.NewFileSet()
	var parsed []*ast.File
	var errs []error
	for _, name := range files {
		f, err := hardcodedsecret.ParseFile(fset, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		parsed = append(parsed, f)
	}
	var out []finding
	a := hardcodedsecret.Analyzer
	err := hardcodedsecret.ScanSyntax(fset, parsed, func(d analysis.Diagnostic) {
		out = append(out, finding{
			Check: a.Name,
			Pos:   fset.Position(d.Pos),
			End:   fset.Position(d.End),
			Diag:  d,
			URL:   a.URL,
			fset:  fset,
		})
	})
	if err != nil {
		errs = append(errs, err)
	}
	return out, errs
}

// moduleRoot returns the nearest directory at or above dir holding a
// go.mod, or "".
func moduleRoot(dir string) string {
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
