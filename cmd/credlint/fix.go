package main

import (
	"fmt"
	"go/format"
	"os"
	"slices"
)

// applyFixes applies the first suggested fix of each finding that has one,
// file by file, and returns the findings left without a fix. Overlapping
// edits are an error: nothing is written for that file.
func applyFixes(findings []finding) ([]finding, error) {
	type edit struct {
		start, end int
		text       []byte
	}
	edits := make(map[string][]edit)
	var remaining []finding
	for _, f := range findings {
		if len(f.Diag.SuggestedFixes) == 0 {
			remaining = append(remaining, f)
			continue
		}
		for _, te := range f.Diag.SuggestedFixes[0].TextEdits {
			start := f.fset.Position(te.Pos)
			end := start
			if te.End.IsValid() {
				end = f.fset.Position(te.End)
			}
			edits[start.Filename] = append(edits[start.Filename], edit{start.Offset, end.Offset, te.NewText})
		}
	}
	for name, es := range edits {
		src, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		slices.SortFunc(es, func(a, b edit) int { return a.start - b.start })
		es = slices.CompactFunc(es, func(a, b edit) bool {
			return a.start == b.start && a.end == b.end && string(a.text) == string(b.text)
		})
		var out []byte
		last := 0
		for _, e := range es {
			if e.start < last || e.end > len(src) {
				return nil, fmt.Errorf("%s: overlapping fixes", name)
			}
			out = append(out, src[last:e.start]...)
			out = append(out, e.text...)
			last = e.end
		}
		out = append(out, src[last:]...)
		if formatted, err := format.Source(out); err == nil {
			out = formatted
		}
		info, err := os.Stat(name)
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(name, out, info.Mode().Perm()); err != nil {
			return nil, err
		}
	}
	return remaining, nil
}
