package main

import (
	"encoding/json"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
)

// fingerprintKey names credlint's partialFingerprints entry. GitHub code
// scanning matches results across commits by it; the /v1 changes if the
// fingerprint's recipe ever does.
const fingerprintKey = "credlint/v1"

// The SARIF 2.1.0 objects credlint writes: plain structs, only the fields
// it sets, so that a log holds no -1 or empty placeholders (a SARIF library
// would also weigh on the start-up of every go vet process, which links
// this package too).
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	Results     []sarifResult     `json:"results"`
	// Go reports byte columns; SARIF's default unit is UTF-16 code
	// units: say which unit the columns are in.
	ColumnKind string `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	Version         string      `json:"version,omitempty"`
	SemanticVersion string      `json:"semanticVersion,omitempty"`
	InformationURI  string      `json:"informationUri"`
	Rules           []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name"`
	ShortDescription     sarifMessage   `json:"shortDescription"`
	FullDescription      sarifMessage   `json:"fullDescription"`
	Help                 sarifMessage   `json:"help"`
	HelpURI              string         `json:"helpUri,omitempty"`
	DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
	Properties           map[string]any `json:"properties"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

// sarifMessage is SARIF's message and multiformatMessageString.
type sarifMessage struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

// sarifInvocation says whether the run worked: code scanning shows a run
// that failed to load packages as failed instead of as "no alerts".
type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ExitCode                   int                 `json:"exitCode"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          map[string]any    `json:"properties"`
}

type sarifLocation struct {
	// ID and Message are set on related locations only.
	ID               int           `json:"id,omitempty"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifMessage `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// printSARIF writes a SARIF 2.1.0 log with one run: a rule per check (its
// documentation as help text), a result per finding located relative to
// the working directory (%SRCROOT%), which in CI is the checkout, and an
// invocation that carries the errors. It writes a valid log on every
// outcome, so that an upload step never breaks.
func printSARIF(w io.Writer, r *report, checks []*analysis.Analyzer, src *sources) error {
	v := versionInfo()
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:            "credlint",
			Version:         v.Version,
			SemanticVersion: v.semantic(),
			InformationURI:  "https://github.com/credlint/credlint",
			Rules:           []sarifRule{},
		}},
		Invocations: []sarifInvocation{{
			ExecutionSuccessful: r.code != exitError,
			ExitCode:            r.code,
		}},
		Results:    []sarifResult{},
		ColumnKind: "unicodeCodePoints",
	}
	for _, a := range checks {
		markdown := a.Doc
		if a.URL != "" {
			markdown += "\n\n[Documentation](" + a.URL + ")"
		}
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
			ID:                   a.Name,
			Name:                 a.Name,
			ShortDescription:     sarifMessage{Text: summary(a)},
			FullDescription:      sarifMessage{Text: a.Doc},
			Help:                 sarifMessage{Text: a.Doc, Markdown: markdown},
			HelpURI:              a.URL,
			DefaultConfiguration: sarifConfig{Level: "error"},
			Properties: map[string]any{
				"tags": []string{"security", "credentials"},
				// GitHub ranks security alerts by this CVSS-like score.
				"security-severity": "8.0",
			},
		})
	}
	for _, e := range r.errors {
		n := sarifNotification{Level: "error", Message: sarifMessage{Text: e.Message}}
		if e.File != "" {
			n.Locations = []sarifLocation{location(e.File, &sarifRegion{StartLine: max(e.Line, 1), StartColumn: e.Column})}
		}
		run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications, n)
	}
	for _, w := range r.warnings {
		run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications,
			sarifNotification{Level: "warning", Message: sarifMessage{Text: w.Message}})
	}
	occurrences := make(map[string]int)
	for _, f := range r.findings {
		// Identical findings in one file (the same line repeated) get
		// distinct fingerprints by order, as GitHub's own line hashes do.
		occurrences[f.Fingerprint]++
		region := &sarifRegion{
			StartLine:   f.Pos.Line,
			StartColumn: charColumn(src.line(f.Pos.Filename, f.Pos.Line), f.Pos.Column),
		}
		if f.End.IsValid() && f.End.Line >= f.Pos.Line {
			region.EndLine = f.End.Line
			region.EndColumn = charColumn(src.line(f.End.Filename, f.End.Line), f.End.Column)
		}
		props := map[string]any{"severity": f.Severity}
		if f.Diag.Category != "" {
			props["rule"] = f.Diag.Category
		}
		if f.Excerpt != "" {
			props["excerpt"] = f.Excerpt
		}
		if f.Calls > 0 {
			props["calls"] = f.Calls
		}
		var rel []sarifLocation
		for i, x := range f.Related {
			loc := location(x.File, &sarifRegion{StartLine: x.Pos.Line, StartColumn: charColumn(src.line(x.Pos.Filename, x.Pos.Line), x.Pos.Column)})
			loc.ID, loc.Message = i+1, &sarifMessage{Text: x.Message}
			rel = append(rel, loc)
		}
		run.Results = append(run.Results, sarifResult{
			RuleID:              f.Check,
			Level:               sarifLevel(f.Severity),
			Message:             sarifMessage{Text: f.Diag.Message},
			Locations:           []sarifLocation{location(f.File, region)},
			RelatedLocations:    rel,
			PartialFingerprints: map[string]string{fingerprintKey: f.Fingerprint + ":" + strconv.Itoa(occurrences[f.Fingerprint])},
			Properties:          props,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	})
}

// location is a file relative to the checkout; a file outside it keeps
// its absolute path as a file: URI.
func location(file string, region *sarifRegion) sarifLocation {
	art := sarifArtifact{URI: filepath.ToSlash(file), URIBaseID: "%SRCROOT%"}
	if filepath.IsAbs(file) {
		art = sarifArtifact{URI: "file:///" + strings.TrimPrefix(filepath.ToSlash(file), "/")}
	}
	return sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: art, Region: region}}
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
