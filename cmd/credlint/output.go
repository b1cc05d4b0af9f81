package main

import (
	"fmt"
	"io"
)

// printText prints findings as file:line:col: check: message, the format
// editors and go vet use.
func printText(w io.Writer, findings []finding) error {
	for _, f := range findings {
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s: %s\n", f.File, f.Pos.Line, f.Pos.Column, f.Check, f.Diag.Message); err != nil {
			return err
		}
	}
	return nil
}
