package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/credlint/credlint/internal/e2etest"
	"github.com/credlint/credlint/internal/suite"
)

// TestFlatGraphShape: flatGraph lists every check once, with its name and
// flags, requiring nothing, and one hub that holds every fact type of the
// suite's graph; in a VetxOnly unit only the hub uses facts, so
// unitchecker runs it alone.
func TestFlatGraphShape(t *testing.T) {
	all := suite.All()
	flat := flatGraph(all, false)
	if len(flat) != len(all)+1 {
		t.Fatalf("flatGraph lists %d analyzers, want the %d checks and the hub", len(flat), len(all))
	}
	if err := analysis.Validate(flat); err != nil {
		t.Fatal(err)
	}
	for i, a := range all {
		c := flat[i]
		if c.Name != a.Name || len(c.Requires) > 0 || len(c.FactTypes) > 0 || c == a {
			t.Errorf("check %s: flatGraph lists %s requiring %v with facts %v, want a copy requiring nothing", a.Name, c.Name, c.Requires, c.FactTypes)
		}
		if got, want := flagNames(&c.Flags), flagNames(&a.Flags); got != want {
			t.Errorf("check %s: flags %s, want %s", a.Name, got, want)
		}
	}
	hub := flat[len(all)]
	var want []string
	for a := range requiredBy(all, nil) {
		for _, f := range a.FactTypes {
			want = append(want, reflect.TypeOf(f).String())
		}
	}
	var got []string
	for _, f := range hub.FactTypes {
		got = append(got, reflect.TypeOf(f).String())
	}
	slices.Sort(want)
	slices.Sort(got)
	if hub.Name != factsHubName || !slices.Equal(got, want) {
		t.Errorf("hub %s holds %v, want %s holding %v", hub.Name, got, factsHubName, want)
	}
	var inVetxOnly []string
	for _, a := range flat {
		if len(a.FactTypes) > 0 || len(a.Requires) > 0 {
			inVetxOnly = append(inVetxOnly, a.Name)
		}
	}
	if !slices.Equal(inVetxOnly, []string{factsHubName}) {
		t.Errorf("a VetxOnly unit runs %v, want the hub alone", inVetxOnly)
	}
}

func flagNames(fs *flag.FlagSet) string {
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	return strings.Join(names, ",")
}

// TestFlatGraph runs go vet on a module with a finding of every check
// (testdata/demo), findings that need another package's facts (a log
// wrapper, a credential getter, an internal client whose HTTP client its
// parent gives: ratelimit's AllObjectFacts) and a malformed ignore
// directive, then runs every unit go vet made outside the standard
// library again, with the analyzers as flatGraph lists them and as the
// suite's graph (CREDLINT_DEBUG=full), in plain and -json output: exit
// status, stdout, stderr, the .vetx file and the stdout file must be
// identical.
func TestFlatGraph(t *testing.T) {
	dir := vetModule(t)
	for from, to := range map[string]string{
		"demo/main.go":   "demo/main.go",
		"demo/client.go": "demo/client.go",
		"src/ratelimit/wrapped/internal/api/api.go": "app/internal/api/api.go",
	} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", from))
		if err != nil {
			t.Fatal(err)
		}
		e2etest.WriteFile(t, filepath.Join(dir, to), string(data))
	}
	e2etest.WriteFile(t, filepath.Join(dir, "app", "app.go"), factsApp)
	e2etest.WriteFile(t, filepath.Join(dir, "app", "plain.go"), `package app

import (
	"net/http"

	"example.com/facts/app/internal/api"
)

//credlint:ignore secretlog
func NewPlain(token string) *api.Client {
	return api.New(&http.Client{}, token)
}
`)
	out, cfgs := vetUnits(t, dir)
	for _, w := range []string{
		"credential password reaches a log line via diag.Debugf",
		"the client given to api.New sends authenticated requests",
		"//credlint:ignore secretlog needs a reason",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("go vet: missing %q in output:\n%s", w, out)
		}
	}
	units := 0
	for _, u := range cfgs {
		c, cfg := u.file, u.cfg
		path := cfg["ImportPath"].(string)
		if !strings.HasPrefix(path, "example.com/") {
			continue
		}
		units++
		for _, flags := range [][]string{nil, {"-json"}} {
			var got [2]unitRun
			for i, debug := range []string{"", "full"} {
				got[i] = runUnit(t, cfg, fmt.Sprintf("%s.%d%s", c, i, strings.Join(flags, "")), debug, flags...)
			}
			if !reflect.DeepEqual(got[0], got[1]) {
				t.Errorf("unit %s %v: flatGraph %+v, the suite's graph %+v", path, flags, got[0], got[1])
			}
		}
	}
	if units < 5 {
		t.Errorf("replayed %d units of the module, want its 5 packages", units)
	}
}
