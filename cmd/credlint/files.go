package main

import (
	"os"
	"path/filepath"
	"strings"
)

// A loadGroup is one go/packages query: patterns resolved in dir ("" for
// the working directory).
type loadGroup struct {
	dir      string
	patterns []string
}

// splitFileArgs turns .go file arguments (as pre-commit passes them) into
// queries for the packages that hold them, grouped by the module each file
// is in, since go list resolves directories only inside the module it runs
// in (a repository may hold several). It remembers the files so that only
// their findings are reported. Other arguments are package patterns.
func splitFileArgs(args []string) (groups []loadGroup, onlyFiles map[string]bool) {
	if len(args) == 0 {
		return []loadGroup{{patterns: []string{"./..."}}}, nil
	}
	byDir := make(map[string]int) // group index by module root
	seen := make(map[string]bool)
	add := func(dir, pattern string) {
		i, ok := byDir[dir]
		if !ok {
			i = len(groups)
			byDir[dir] = i
			groups = append(groups, loadGroup{dir: dir})
		}
		if !seen[dir+"\x00"+pattern] {
			seen[dir+"\x00"+pattern] = true
			groups[i].patterns = append(groups[i].patterns, pattern)
		}
	}
	for _, a := range args {
		if !strings.HasSuffix(a, ".go") {
			add("", a)
			continue
		}
		abs, err := filepath.Abs(a)
		if err != nil {
			abs = a
		}
		if onlyFiles == nil {
			onlyFiles = make(map[string]bool)
		}
		onlyFiles[abs] = true
		dir := filepath.Dir(abs)
		root := moduleRoot(dir)
		if root == "" {
			add("", dir)
			continue
		}
		rel, err := filepath.Rel(root, dir)
		if err != nil {
			add("", dir)
			continue
		}
		add(root, "./"+filepath.ToSlash(rel))
	}
	return groups, onlyFiles
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
