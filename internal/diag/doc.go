package diag

import "strings"

// Doc extracts an analyzer's documentation from the source of its doc.go,
// as x/tools' passes do: the package comment from the line
// "# Analyzer <name>" on, with comment markers removed. The first line after
// the heading is the one-line summary `name: summary`. It panics on a
// doc.go without that heading, which the tests of every check catch.
func Doc(src, name string) string {
	heading := "// # Analyzer " + name + "\n"
	_, rest, ok := strings.Cut(src, heading)
	if !ok {
		panic("doc.go has no " + strings.TrimSpace(heading))
	}
	rest, _, _ = strings.Cut(rest, "\npackage ")
	// One allocation, not a builder growing through a dozen.
	var b strings.Builder
	b.Grow(len(rest) + 1)
	for line := range strings.SplitSeq(rest, "\n") {
		line = strings.TrimPrefix(line, "//")
		line = strings.TrimPrefix(line, " ")
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return strings.TrimSpace(b.String())
}
