package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/credlint/credlint/analyzers"
	"github.com/credlint/credlint/internal/e2etest"
)

// acmeRules is a user rule file: the demo's key reported under its rule.
const acmeRules = "[[rules]]\nid = \"acme-live-key\"\ndescription = \"ACME live key\"\nregex = '''sk_live_[0-9a-zA-Z]{24,}'''\nkeywords = [\"sk_live_\"]\n"

// nogoConfig is a nogo configuration file (rules_go's nogo `config`
// attribute) for credlint's analyzers: the rule file reaches
// hardcodedsecret through analyzer_flags.
const nogoConfig = `{
  "hardcodedsecret": {
    "analyzer_flags": {"rules": %q}
  }
}`

// nogoMain is the program rules_go's nogo generates: one import per
// analyzer package, each exporting Analyzer; the analyzer_flags of its
// configuration set with Analyzer.Flags.Set before the analysis; then the
// unitchecker protocol. No credlint driver code is involved.
const nogoMain = `package main

import (
	"log"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
%s)

var analyzers = []*analysis.Analyzer{
%s}

// analyzerFlags is the configuration's analyzer_flags, by analyzer.
var analyzerFlags = %#v

func main() {
	for _, a := range analyzers {
		for name, value := range analyzerFlags[a.Name] {
			if err := a.Flags.Set(name, value); err != nil {
				log.Fatalf("%%s: analyzer_flags %%s: %%v", a.Name, name, err)
			}
		}
	}
	unitchecker.Main(analyzers...)
}
`

// TestNogo builds a nogo-style driver over credlint's exported analyzers,
// configured the nogo way, and runs it as go vet's -vettool on the demo:
// every planted mistake is reported, under the rule file the configuration
// names.
func TestNogo(t *testing.T) {
	e2etest.Heavy(t)
	root := e2etest.RepoRoot(t)
	work := t.TempDir()
	rulesFile := filepath.Join(work, "acme.toml")
	e2etest.WriteFile(t, rulesFile, acmeRules)

	// The configuration, read as nogo reads it.
	var cfg map[string]struct {
		AnalyzerFlags map[string]string `json:"analyzer_flags"`
	}
	if err := json.Unmarshal(fmt.Appendf(nil, nogoConfig, rulesFile), &cfg); err != nil {
		t.Fatal(err)
	}
	flags := make(map[string]map[string]string)
	for name, c := range cfg {
		flags[name] = c.AnalyzerFlags
	}
	var imports, list strings.Builder
	for i, a := range analyzers.All() {
		fmt.Fprintf(&imports, "\tanalyzer%c %q\n", 'A'+i, "github.com/credlint/credlint/analyzers/"+a.Name)
		fmt.Fprintf(&list, "\tanalyzer%c.Analyzer,\n", 'A'+i)
	}
	src := filepath.Join(work, "nogo")
	e2etest.WriteFile(t, filepath.Join(src, "main.go"), fmt.Sprintf(nogoMain, imports.String(), list.String(), flags))
	e2etest.WriteFile(t, filepath.Join(src, "go.mod"), "module example.com/nogo\n\ngo 1.26\n\nrequire github.com/credlint/credlint v0.0.0\n\nreplace github.com/credlint/credlint => "+root+"\n")
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	e2etest.WriteFile(t, filepath.Join(src, "go.sum"), string(sum))
	bin := filepath.Join(work, "nogo-bin")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = src
	build.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the nogo-style driver: %v\n%s", err, out)
	}

	demo := e2etest.DemoModule(t, t.TempDir())
	vet := exec.Command("go", "vet", "-vettool="+bin, "./...")
	vet.Dir = demo
	out, err := vet.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "main.go:17:23: hardcoded secret \"sk_live_51Nz…\" in fallbackToken: ACME live key (rule acme-live-key") {
		t.Errorf("go vet with the nogo-style driver: err %v, want the key under acme-live-key:\n%s", err, out)
	}
	if strings.Contains(string(out), demoSecret) {
		t.Error("the output shows the whole secret")
	}
	vet = exec.Command("go", "vet", "-vettool="+bin, "-json", "./...")
	vet.Dir = demo
	out, err = vet.Output()
	if err != nil {
		t.Fatalf("go vet -json: %v", err)
	}
	e2etest.CheckMistakes(t, e2etest.Mistakes(t), parseVetJSON(t, string(out)))
}
