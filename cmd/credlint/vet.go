package main

import (
	"flag"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/credlint/credlint/internal/suite"
	"github.com/credlint/credlint/rules"
)

// vetMain serves go vet. Flags registered on flag.CommandLine before
// unitchecker.Main are listed by -flags, so go vet accepts and forwards
// `go vet -vettool=credlint -rules=FILE`.
func vetMain() {
	flag.Func("rules", "gitleaks-format rule `file` (default: credlint's embedded rules)", rules.SetPath)
	unitchecker.Main(suite.All()...)
}
