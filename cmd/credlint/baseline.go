package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
)

// baselineVersion is the version of the baseline file format.
const baselineVersion = 1

// A baselineFile records accepted findings by fingerprint. It names check,
// rule and file for the reader's sake; it never holds a line number (code
// moves) or the code (it may hold the secret).
type baselineFile struct {
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Check       string `json:"check"`
	Rule        string `json:"rule,omitempty"`
	File        string `json:"file"`
	// Count is how many findings share the fingerprint (the same line
	// repeated in a file); each one suppresses one finding.
	Count int `json:"count"`
}

func writeBaseline(path string, findings []finding) error {
	index := make(map[string]int) // fingerprint → entry
	out := baselineFile{Version: baselineVersion, Findings: []baselineEntry{}}
	for _, f := range findings {
		if i, ok := index[f.Fingerprint]; ok {
			out.Findings[i].Count++
			continue
		}
		index[f.Fingerprint] = len(out.Findings)
		out.Findings = append(out.Findings, baselineEntry{Fingerprint: f.Fingerprint, Check: f.Check, Rule: f.Diag.Category, File: f.ModFile, Count: 1})
	}
	slices.SortFunc(out.Findings, func(a, b baselineEntry) int {
		return cmpChain(strings.Compare(a.File, b.File), strings.Compare(a.Check, b.Check), strings.Compare(a.Fingerprint, b.Fingerprint))
	})
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// readBaseline returns how many findings each fingerprint accepts.
func readBaseline(path string) (map[string]int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var b baselineFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("%s: not a credlint baseline: %v", path, err)
	}
	if b.Version != baselineVersion {
		return nil, fmt.Errorf("%s: baseline version %d, want %d (rewrite it with -write-baseline)", path, b.Version, baselineVersion)
	}
	accepted := make(map[string]int, len(b.Findings))
	for _, e := range b.Findings {
		accepted[e.Fingerprint] += max(e.Count, 1)
	}
	return accepted, nil
}

// applyBaseline drops the findings the baseline accepts.
func applyBaseline(findings []finding, accepted map[string]int) []finding {
	var out []finding
	for _, f := range findings {
		if accepted[f.Fingerprint] > 0 {
			accepted[f.Fingerprint]--
			continue
		}
		out = append(out, f)
	}
	return out
}

// cmpChain returns the first non-zero comparison.
func cmpChain(cs ...int) int {
	for _, c := range cs {
		if c != 0 {
			return c
		}
	}
	return 0
}
