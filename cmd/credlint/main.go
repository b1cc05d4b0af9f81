// Command credlint finds credentials in the places they leak from in Go
// code: hardcoded keys, secrets in logs, errors and URLs, malformed
// Authorization headers, API clients that ignore 429 responses, credentials
// sent in clear text.
//
// Standalone:
//
//	credlint [flags] [packages or .go files]
//	credlint help [check]
//	credlint version
//
// Given .go files (as pre-commit passes them), it checks their packages and
// reports only in those files. Output is text, -json (docs/json.md) or
// -sarif (SARIF 2.1.0 for code scanning), to standard output or -out FILE;
// a one-line summary goes to standard error. Defaults come from the nearest
// .credlint.toml (docs/config.md); flags override it. -write-baseline FILE
// records the current findings and -baseline FILE reports only new ones;
// -list prints the checks and the loaded rules. docs/README.md lists every
// flag.
//
// As a vet tool (the same binary speaks go vet's protocol):
//
//	go vet -vettool=$(which credlint) ./...
//
// Exit status: 0 no findings, 1 findings, 2 errors (bad flags or
// configuration, a bad rule file or baseline, packages that do not load or
// type-check, nothing to check).
package main

import (
	"os"
	"strings"
)

func main() {
	if isVetInvocation(os.Args[1:]) {
		vetMain()
		return
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// isVetInvocation reports whether go vet is driving the binary: it asks for
// -V=full and -flags, then passes one *.cfg file per package.
func isVetInvocation(args []string) bool {
	for _, a := range args {
		if a == "-flags" || a == "--flags" || strings.HasPrefix(a, "-V") || strings.HasPrefix(a, "--V") {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}
