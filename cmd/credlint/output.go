package main

import (
	"encoding/json"
	"fmt"
	"io"
)

// jsonFinding is one element of -json output.
type jsonFinding struct {
	Check     string `json:"check"`
	Rule      string `json:"rule,omitempty"`
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Message   string `json:"message"`
	Severity  string `json:"severity"`
}

func printFindings(w io.Writer, findings []finding, asJSON bool) error {
	if asJSON {
		out := struct {
			Findings []jsonFinding `json:"findings"`
		}{Findings: []jsonFinding{}}
		for _, f := range findings {
			out.Findings = append(out.Findings, jsonFinding{
				Check:     f.Check,
				Rule:      f.Diag.Category,
				File:      relPath(f.Pos.Filename),
				Line:      f.Pos.Line,
				Column:    f.Pos.Column,
				EndLine:   f.End.Line,
				EndColumn: f.End.Column,
				Message:   f.Diag.Message,
				Severity:  f.Severity,
			})
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	for _, f := range findings {
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s: %s\n", relPath(f.Pos.Filename), f.Pos.Line, f.Pos.Column, f.Check, f.Diag.Message); err != nil {
			return err
		}
	}
	return nil
}
