package main

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// factsHubName names the analyzer that holds the fact types in a unit run
// by flatGraph. It is no check: -flags does not list it, so go vet never
// forwards it, and selects treats it as a selection (see flatGraph).
const factsHubName = "credlintfacts"

// flatGraph returns what unitchecker runs for a unit when no flag selects
// checks: each check as a root that requires nothing, and one more root,
// the facts hub, that holds every fact type and exports the unit's facts.
// The analyzers the checks require (the fact analyzers, the credential
// model, the AST index…) run once, one after the other, on the goroutine
// of the first root that starts (graphRun.runShared); then each check
// runs on its own root's goroutine, in parallel as before.
//
// unitchecker runs an analyzer per goroutine and starts one more per
// requirement of each: the suite's graph made 26 goroutines and 15
// actions for a unit, each paying its stack, its maps and a scheduler
// hand-off (about 0.23 ms on a one-file package with nothing to report,
// measured with the checks replaced by no-ops), where these roots make 9.
// Running the shared analyzers on one goroutine matters as much: when
// each root pulled what it needed on its own goroutine, the tiny
// analyzers of a small package ran in parallel, paying a hand-off between
// threads each, and the unit cost more CPU than with the suite's graph on
// a busy machine.
//
// In a VetxOnly unit (vetxOnly) the checks' roots use no facts and
// unitchecker drops them; the hub alone runs the fact analyzers, as the
// checks that need them would. The facts, the diagnostics and their order,
// the errors ("failed prerequisites: …") and the flags are those of the
// suite's graph. A flag that selects checks takes the suite's graph
// instead (vetMain), so that the selection selects facts as analysisflags
// does.
func flatGraph(checks []*analysis.Analyzer, vetxOnly bool) []*analysis.Analyzer {
	g := &graphRun{
		actions: make(map[*analysis.Analyzer]*graphAction),
		hubSet:  make(chan struct{}),
	}
	var factTypes []analysis.Fact
	var factAnalyzers []*analysis.Analyzer
	for a := range requiredBy(checks, nil) {
		g.actions[a] = new(graphAction)
	}
	// In the order of the checks and their requirements, so that the
	// fact types are registered (and gob-encoded) in a stable order.
	visitRequired(checks, make(map[*analysis.Analyzer]bool), func(a *analysis.Analyzer) {
		if !slices.Contains(checks, a) {
			g.shared = append(g.shared, a)
		}
		if len(a.FactTypes) > 0 {
			factAnalyzers = append(factAnalyzers, a)
			factTypes = append(factTypes, a.FactTypes...)
		}
	})
	out := make([]*analysis.Analyzer, 0, len(checks)+1)
	for _, a := range checks {
		c := *a
		c.Requires = nil
		c.FactTypes = nil
		c.Run = func(pass *analysis.Pass) (any, error) {
			g.runShared(pass)
			act := g.run(a, pass)
			for _, d := range act.diags {
				pass.Report(d)
			}
			return act.result, act.err
		}
		out = append(out, &c)
	}
	hub := &analysis.Analyzer{
		Name:      factsHubName,
		Doc:       "export the facts of credlint's analyzers",
		FactTypes: factTypes,
		Run: func(pass *analysis.Pass) (any, error) {
			g.hub = pass
			close(g.hubSet)
			if !vetxOnly {
				g.runShared(pass)
				return nil, nil
			}
			// Their errors reach the checks that need their results, as
			// failed prerequisites.
			for _, a := range factAnalyzers {
				g.run(a, pass)
			}
			return nil, nil
		},
	}
	return append(out, hub)
}

// visitRequired calls f on each analyzer of roots and what they require,
// once, requirements first.
func visitRequired(roots []*analysis.Analyzer, seen map[*analysis.Analyzer]bool, f func(*analysis.Analyzer)) {
	for _, a := range roots {
		if !seen[a] {
			seen[a] = true
			visitRequired(a.Requires, seen, f)
			f(a)
		}
	}
}

// graphRun runs the analyzers of one unit's graph, each once, as
// unitchecker would: the same inputs, the same errors.
type graphRun struct {
	actions map[*analysis.Analyzer]*graphAction // every analyzer of the graph; read-only
	hub     *analysis.Pass                      // the hub's pass, once hubSet is closed
	hubSet  chan struct{}
	shared  []*analysis.Analyzer // what the checks require, requirements first
	once    sync.Once
}

// runShared runs what the checks require, on the goroutine of the first
// root that gets here; the others wait for it.
func (g *graphRun) runShared(from *analysis.Pass) {
	g.once.Do(func() {
		for _, a := range g.shared {
			g.run(a, from)
		}
	})
}

type graphAction struct {
	once   sync.Once
	result any
	err    error
	diags  []analysis.Diagnostic
}

// run runs a, after what it requires, on a pass like from (the pass of
// the root that asks first: they differ only in what run replaces).
func (g *graphRun) run(a *analysis.Analyzer, from *analysis.Pass) *graphAction {
	act := g.actions[a]
	act.once.Do(func() {
		inputs := make(map[*analysis.Analyzer]any, len(a.Requires))
		var failed []string
		for _, req := range a.Requires {
			r := g.run(req, from)
			if r.err != nil {
				failed = append(failed, req.String())
				continue
			}
			inputs[req] = r.result
		}
		if failed != nil {
			sort.Strings(failed)
			act.err = fmt.Errorf("failed prerequisites: %s", strings.Join(failed, ", "))
			return
		}
		pass := *from
		pass.Analyzer = a
		pass.ResultOf = inputs
		// A root replays these on its own pass; those of an analyzer
		// that is no check are dropped, as unitchecker drops them.
		pass.Report = func(d analysis.Diagnostic) { act.diags = append(act.diags, d) }
		// A root's pass lists only the facts of its own types (none);
		// the hub's lists them all.
		pass.AllObjectFacts = func() []analysis.ObjectFact {
			<-g.hubSet
			return slices.DeleteFunc(g.hub.AllObjectFacts(), func(f analysis.ObjectFact) bool { return !hasFactType(a, f.Fact) })
		}
		pass.AllPackageFacts = func() []analysis.PackageFact {
			<-g.hubSet
			return slices.DeleteFunc(g.hub.AllPackageFacts(), func(f analysis.PackageFact) bool { return !hasFactType(a, f.Fact) })
		}
		act.result, act.err = a.Run(&pass)
	})
	return act
}

func hasFactType(a *analysis.Analyzer, f analysis.Fact) bool {
	return slices.ContainsFunc(a.FactTypes, func(t analysis.Fact) bool { return reflect.TypeOf(t) == reflect.TypeOf(f) })
}
