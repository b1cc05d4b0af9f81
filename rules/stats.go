package rules

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
)

// With CREDLINT_DEBUG=stats (a comma-separated list), the rules package
// writes one line to stderr when a process loads a rule file and one when it
// compiles its first rule, so that bench/run.sh can count the vet processes
// that pay for rules:
//
//	credlint: stats: rules: loaded N rules in T (pid P)
//	credlint: stats: rules: first rule compiled (pid P)
var debugStats = sync.OnceValue(func() bool {
	return slices.Contains(strings.Split(os.Getenv("CREDLINT_DEBUG"), ","), "stats")
})

func logLoad(n int, d time.Duration) {
	if debugStats() {
		fmt.Fprintf(os.Stderr, "credlint: stats: rules: loaded %d rules in %v (pid %d)\n", n, d.Round(time.Microsecond), os.Getpid())
	}
}

var logFirstCompile = sync.OnceFunc(func() {
	if debugStats() {
		fmt.Fprintf(os.Stderr, "credlint: stats: rules: first rule compiled (pid %d)\n", os.Getpid())
	}
})
