package main

import (
	"path"
	"path/filepath"
	"strings"
)

// A globList is the value of -exclude: comma-separated globs, the flag
// repeatable.
type globList []string

func (g *globList) String() string { return strings.Join(*g, ",") }

func (g *globList) Set(s string) error {
	for p := range strings.SplitSeq(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			if _, err := path.Match(strings.ReplaceAll(p, "**", "*"), ""); err != nil {
				return err
			}
			*g = append(*g, p)
		}
	}
	return nil
}

// An excludeSet is globs relative to dir: the working directory for
// -exclude, the configuration file's directory for its exclude key.
type excludeSet struct {
	dir   string
	globs []string
}

// isExcluded reports whether any set excludes file (absolute).
func isExcluded(sets []excludeSet, file string) bool {
	for _, s := range sets {
		rel, err := filepath.Rel(s.dir, file)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			continue
		}
		for _, g := range s.globs {
			if matchGlob(g, filepath.ToSlash(rel)) {
				return true
			}
		}
	}
	return false
}

// matchGlob matches a slash-separated relative path against a glob in the
// style of .gitignore: path.Match per segment, "**" for any number of
// segments; a glob without "/" matches at any depth; a glob that matches
// a directory matches everything below it ("vendor", "examples/**",
// "**/*_gen.go", "internal/mocks").
func matchGlob(glob, name string) bool {
	glob = strings.TrimPrefix(strings.TrimSuffix(glob, "/"), "./")
	if !strings.Contains(glob, "/") {
		glob = "**/" + glob
	}
	segs := strings.Split(name, "/")
	pat := strings.Split(glob, "/")
	// A directory match covers the files below it.
	for n := len(segs); n >= 1; n-- {
		if matchSegs(pat, segs[:n]) {
			return true
		}
	}
	return false
}

func matchSegs(pat, segs []string) bool {
	if len(pat) == 0 {
		return len(segs) == 0
	}
	if pat[0] == "**" {
		for i := 0; i <= len(segs); i++ {
			if matchSegs(pat[1:], segs[i:]) {
				return true
			}
		}
		return false
	}
	if len(segs) == 0 {
		return false
	}
	ok, _ := path.Match(pat[0], segs[0])
	return ok && matchSegs(pat[1:], segs[1:])
}
