package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"golang.org/x/tools/go/analysis"

	"github.com/credlint/credlint/rules"
)

// printList prints the checks and the rules the rule file loaded, so that a
// user can see what their rule file did.
func printList(w io.Writer, checks []*analysis.Analyzer) error {
	set, err := rules.Active()
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "Checks:\n")
	for _, a := range checks {
		fmt.Fprintf(tw, "  %s\t%s\n", a.Name, summary(a))
	}
	rs := set.Rules()
	fmt.Fprintf(tw, "\nRules (%d, from %s):\n", len(rs), set.Name)
	for _, r := range rs {
		desc := r.Description
		if desc == "" {
			desc = "-"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", r.ID, r.Severity, desc)
	}
	return tw.Flush()
}
