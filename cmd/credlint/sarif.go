package main

import (
	"io"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"unicode/utf8"

	"github.com/owenrumney/go-sarif/v3/pkg/report"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"golang.org/x/tools/go/analysis"
)

// fingerprintKey names credlint's partialFingerprints entry. GitHub code
// scanning matches results across commits by it; the /v1 changes if the
// fingerprint's recipe ever does.
const fingerprintKey = "credlint/v1"

// printSARIF writes a SARIF 2.1.0 log with one run: a rule per check (its
// documentation as help text), and a result per finding located relative to
// the working directory (%SRCROOT%), which in CI is the checkout.
func printSARIF(w io.Writer, findings []finding, checks []*analysis.Analyzer, src *sources) error {
	run := sarif.NewRunWithInformationURI("credlint", "https://github.com/credlint/credlint")
	if v := version(); v != "" {
		run.Tool.Driver.WithSemanticVersion(v)
	}
	// Go reports byte columns; SARIF's default unit is UTF-16 code units,
	// so say which unit the columns are in.
	run.WithColumnKind("unicodeCodePoints")
	for _, a := range checks {
		short, full := summary(a), a.Doc
		markdown := full
		if a.URL != "" {
			markdown += "\n\n[Documentation](" + a.URL + ")"
		}
		r := run.AddRule(a.Name).
			WithName(a.Name).
			WithShortDescription(sarif.NewMultiformatMessageString().WithText(short)).
			WithFullDescription(sarif.NewMultiformatMessageString().WithText(full)).
			WithHelp(sarif.NewMultiformatMessageString().WithText(full).WithMarkdown(markdown)).
			WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel("error")).
			WithProperties(sarif.NewPropertyBag().
				WithTags([]string{"security", "credentials"}).
				// GitHub ranks security alerts by this CVSS-like score.
				Add("security-severity", "8.0"))
		if a.URL != "" {
			r.WithHelpURI(a.URL)
		}
	}
	occurrences := make(map[string]int)
	for _, f := range findings {
		// Identical findings in one file (the same line repeated) get
		// distinct fingerprints by order, as GitHub's own line hashes do.
		occurrences[f.Fingerprint]++
		fp := f.Fingerprint + ":" + strconv.Itoa(occurrences[f.Fingerprint])

		region := sarif.NewRegion().
			WithStartLine(f.Pos.Line).
			WithStartColumn(charColumn(src.line(f.Pos.Filename, f.Pos.Line), f.Pos.Column))
		if f.End.IsValid() && f.End.Line >= f.Pos.Line {
			region.WithEndLine(f.End.Line).
				WithEndColumn(charColumn(src.line(f.End.Filename, f.End.Line), f.End.Column))
		}
		props := sarif.NewPropertyBag().Add("severity", f.Severity)
		if f.Diag.Category != "" {
			props.Add("rule", f.Diag.Category)
		}
		if f.Excerpt != "" {
			props.Add("excerpt", f.Excerpt)
		}
		run.CreateResultForRule(f.Check).
			WithLevel(sarifLevel(f.Severity)).
			WithMessage(sarif.NewTextMessage(f.Diag.Message)).
			WithPartialFingerprints(map[string]string{fingerprintKey: fp}).
			WithProperties(props).
			AddLocation(sarif.NewLocationWithPhysicalLocation(
				sarif.NewPhysicalLocation().
					WithArtifactLocation(sarif.NewSimpleArtifactLocation(filepath.ToSlash(f.File)).WithURIBaseID("%SRCROOT%")).
					WithRegion(region)))
	}
	log := report.NewV210Report()
	log.AddRun(run)
	if err := log.PrettyWrite(w); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func sarifLevel(severity string) string {
	switch severity {
	case "low":
		return "note"
	case "medium":
		return "warning"
	}
	return "error"
}

// charColumn converts a 1-based byte column on line to a 1-based character
// column; without the line it returns col unchanged.
func charColumn(line string, col int) int {
	if col < 1 || col-1 > len(line) {
		return max(col, 1)
	}
	return utf8.RuneCountInString(line[:col-1]) + 1
}

// version is the module version credlint was built at, if known.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return ""
}
