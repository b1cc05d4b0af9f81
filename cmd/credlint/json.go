package main

import (
	"encoding/json"
	"io"
)

// jsonVersion is the version of the -json schema (docs/json.md). Fields
// are only ever added within a version.
const jsonVersion = 1

// jsonOutput is the document -json prints on every outcome: findings and
// errors are always arrays, empty when there are none.
type jsonOutput struct {
	Version  int           `json:"version"`
	Findings []jsonFinding `json:"findings"`
	Errors   []runError    `json:"errors"`
	// Warnings: what the run could not fully check (a cgo package without
	// cgo); they leave the exit status as it is.
	Warnings []runError `json:"warnings"`
}

// jsonFinding is one element of -json output; docs/json.md documents it.
type jsonFinding struct {
	Check       string `json:"check"`
	Rule        string `json:"rule,omitempty"`
	File        string `json:"file"`
	Line        int    `json:"line"`
	Column      int    `json:"column"`
	EndLine     int    `json:"end_line"`
	EndColumn   int    `json:"end_column"`
	Message     string `json:"message"`
	Excerpt     string `json:"excerpt,omitempty"`
	Severity    string `json:"severity"`
	Fingerprint string `json:"fingerprint"`
	URL         string `json:"url,omitempty"`
	// Calls is, on a ratelimit finding, the number of API calls that
	// reach the reported send.
	Calls   int           `json:"calls,omitempty"`
	Related []jsonRelated `json:"related,omitempty"`
}

// jsonRelated is a further location a finding names.
type jsonRelated struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

func printJSON(w io.Writer, r *report) error {
	out := jsonOutput{Version: jsonVersion, Findings: []jsonFinding{}, Errors: []runError{}, Warnings: []runError{}}
	out.Errors = append(out.Errors, r.errors...)
	out.Warnings = append(out.Warnings, r.warnings...)
	for _, f := range r.findings {
		var rel []jsonRelated
		for _, x := range f.Related {
			rel = append(rel, jsonRelated{File: x.File, Line: x.Pos.Line, Column: x.Pos.Column, Message: x.Message})
		}
		out.Findings = append(out.Findings, jsonFinding{
			Check:       f.Check,
			Rule:        f.Diag.Category,
			File:        f.File,
			Line:        f.Pos.Line,
			Column:      f.Pos.Column,
			EndLine:     f.End.Line,
			EndColumn:   f.End.Column,
			Message:     f.Diag.Message,
			Excerpt:     f.Excerpt,
			Severity:    f.Severity,
			Fingerprint: f.Fingerprint,
			URL:         f.URL,
			Calls:       f.Calls,
			Related:     rel,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
