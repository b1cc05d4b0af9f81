package sinks

import (
	"fmt"
	"os"
	"strings"
	"sync"
)

// statsOn is read once: CREDLINT_DEBUG=stats makes the fact analyzers say,
// per package, whether they walked it or skipped it, so that the cost of
// analysing dependencies under go vet can be counted.
var statsOn = sync.OnceValue(func() bool {
	return strings.Contains(os.Getenv("CREDLINT_DEBUG"), "stats")
})

// Stat prints one line to standard error under CREDLINT_DEBUG=stats, in
// the form of the rules package's lines, which bench/run.sh counts per
// kind: "credlint: stats: <analyzer>/<event>: <package> (pid N)".
func Stat(analyzer, pkg, event string) {
	if statsOn() {
		fmt.Fprintf(os.Stderr, "credlint: stats: %s/%s: %s (pid %d)\n", analyzer, event, pkg, os.Getpid())
	}
}
