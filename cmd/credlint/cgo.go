package main

import (
	"fmt"
	"go/build"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

// cgoOff returns the files among ignored (files the build left out) that
// it left out only because cgo is off (CGO_ENABLED=0, or no C compiler in
// PATH): they import "C" or need the cgo build tag, and their build
// constraints hold with cgo on. Files left out for their GOOS, GOARCH or
// another tag are not among them.
func cgoOff(ignored []string, tags string) []string {
	ctx := build.Default
	ctx.CgoEnabled = true
	if tags != "" {
		ctx.BuildTags = strings.Split(tags, ",")
	}
	off := ctx
	off.CgoEnabled = false
	var out []string
	for _, f := range ignored {
		if !strings.HasSuffix(f, ".go") {
			continue
		}
		dir, name := filepath.Split(f)
		if ok, err := ctx.MatchFile(dir, name); err != nil || !ok {
			continue
		}
		if ok, _ := off.MatchFile(dir, name); !ok || importsC(f) {
			out = append(out, f)
		}
	}
	return out
}

func importsC(file string) bool {
	af, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly)
	if err != nil {
		return false
	}
	for _, imp := range af.Imports {
		if imp.Path.Value == `"C"` {
			return true
		}
	}
	return false
}

// cgoMessage says that files need cgo, which is off, and what was checked
// of them: with hardcodedsecret running (secrets), their literals are
// still matched by syntax.
func cgoMessage(files []string, secrets bool) string {
	need := relPath(files[0]) + " needs"
	if len(files) > 1 {
		need = fmt.Sprintf("%s and %s need", relPath(files[0]), plural(len(files)-1, "other file"))
	}
	what := "not checked"
	if secrets {
		what = "checked for hardcoded secrets only"
	}
	return fmt.Sprintf("%s cgo, and cgo is not available (CGO_ENABLED=0 or no C compiler in PATH): %s; install a C compiler (gcc) or set CGO_ENABLED=1", need, what)
}

// cgoWarnings names each checked package, and each directory go list left
// out (uncovered holds their files), with files that cgo being off left
// out of the build: the checks that need types do not see those files.
// A package that does not type-check because of it is an error instead
// (loadErrors). Only files whose findings are reported (reported) count.
func cgoWarnings(pkgs []*packages.Package, uncovered []string, tags string, secrets bool, reported func(file string) bool) []string {
	off := func(files []string) []string {
		return slices.DeleteFunc(cgoOff(files, tags), func(f string) bool { return !reported(f) })
	}
	var out []string
	seen := make(map[string]bool)
	for _, p := range pkgs {
		if len(p.Errors) > 0 || seen[p.PkgPath] {
			continue
		}
		seen[p.PkgPath] = true
		if files := off(p.IgnoredFiles); len(files) > 0 {
			out = append(out, p.PkgPath+": "+cgoMessage(files, secrets))
		}
	}
	byDir := make(map[string][]string)
	var dirs []string
	for _, f := range uncovered {
		d := filepath.Dir(f)
		if moduleRoot(d) == "" {
			continue // outside any module, cgo or not: syntax is all there is
		}
		if byDir[d] == nil {
			dirs = append(dirs, d)
		}
		byDir[d] = append(byDir[d], f)
	}
	for _, d := range dirs {
		if files := off(byDir[d]); len(files) > 0 {
			out = append(out, relPath(d)+": "+cgoMessage(files, secrets))
		}
	}
	return out
}
