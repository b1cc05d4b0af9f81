// Package own decides which parameters of a wrapper (a log wrapper, an
// error helper: see sinks) the wrapper leaks by itself, so that the leak is
// reported once, where it happens, and not again at each call.
//
// The rule: parameter i of wrapper W is W's own when every sink argument
// of W that carries it either is reported by secretlog inside W, by W's
// own evidence (what W's callers pass left out: a name that can only mean
// a secret, or the value used as a credential in the package, such as the
// connection string whose password W reads after url.Parse; a value of a
// type with a credential field printed whole; a URL built with it as a
// credential query value), or goes to a parameter of another wrapper that
// is that wrapper's own.
// A call of W does not send its argument i to a sink then: the leak is
// inside W. A generic helper (func wrap(s string) error { return
// fmt.Errorf("bad %s", s) }) knows nothing of what it is given, so its
// callers are reported.
//
// Across packages an OwnFact carries the answer, trusted only for a
// function of the same module as the package analysed: a module's
// dependencies are not reported on, so a leak inside one is shown at the
// call that feeds it.
package own

import (
	"go/ast"
	"go/types"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/credential"
	"github.com/credlint/credlint/internal/sinks"
)

// Analyzer computes the package's own parameters and exports an OwnFact
// for each exported wrapper that has one. Its result answers Owned.
var Analyzer = &analysis.Analyzer{
	Name:       "sinkown",
	Doc:        "export which parameters of a log wrapper or error helper it leaks by itself",
	Requires:   []*analysis.Analyzer{sinks.FactsAnalyzer, credential.Analyzer},
	FactTypes:  []analysis.Fact{new(OwnFact)},
	ResultType: reflect.TypeFor[*Result](),
	Run:        run,
	// See astutil.IllTyped.
	RunDespiteErrors: true,
}

// An OwnFact lists the parameters a wrapper leaks by itself.
type OwnFact struct{ Params []bool }

func (*OwnFact) AFact() {}

func (f *OwnFact) String() string { return "own" }

// Result answers Owned for the package's calls.
type Result struct {
	pass     *analysis.Pass
	forwards map[*types.Func][]sinks.Forward
	once     sync.Once
	own      map[*types.Func][]bool
	mu       sync.Mutex // guards imported: checks may ask in parallel
	imported map[*types.Func][]bool
}

func run(pass *analysis.Pass) (any, error) {
	if astutil.IllTyped(pass) {
		return (*Result)(nil), nil
	}
	r := &Result{pass: pass, imported: make(map[*types.Func][]bool)}
	if released(pass.Module) {
		// A dependency at a version (go vet and golangci-lint run this on
		// every one): only packages of its own module trust its facts, and
		// none of them is reported on. Its wrappers stay sinks by their
		// WrapperFact; what they leak is shown at the calls.
		sinks.Stat("sinkown", pass.Pkg.Path(), "skip-dependency")
		return r, nil
	}
	r.forwards = sinks.Forwards(pass)
	exported := false
	for fn := range r.forwards {
		exported = exported || fn.Exported()
	}
	if !exported {
		return r, nil // no fact to export: the local answers wait for a question
	}
	sinks.Stat("sinkown", pass.Pkg.Path(), "model")
	r.once.Do(r.compute)
	for fn, ps := range r.own {
		if fn.Exported() && slices.Contains(ps, true) {
			pass.ExportObjectFact(fn, &OwnFact{Params: ps})
		}
	}
	return r, nil
}

// Owned reports whether c, a call of a wrapper, sends its argument arg to
// a sink only inside the wrapper, whose own finding reports the leak.
func (r *Result) Owned(c sinks.Call, arg ast.Expr) bool {
	if r == nil || !c.Wrapper {
		return false
	}
	fn, ok := typeutil.Callee(r.pass.TypesInfo, c.Call).(*types.Func)
	if !ok {
		return false
	}
	i := slices.Index(c.Call.Args, arg)
	if i < 0 {
		return false
	}
	r.once.Do(r.compute)
	return r.owned(fn.Origin(), min(i, fn.Signature().Params().Len()-1))
}

// owned reports whether parameter i of fn is fn's own.
func (r *Result) owned(fn *types.Func, i int) bool {
	ps, ok := r.own[fn]
	if !ok && fn.Pkg() != r.pass.Pkg && r.sameModule(fn.Pkg()) {
		r.mu.Lock()
		if ps, ok = r.imported[fn]; !ok {
			var fact OwnFact
			if r.pass.ImportObjectFact(fn, &fact) {
				ps = fact.Params
			}
			r.imported[fn] = ps
		}
		r.mu.Unlock()
	}
	return i >= 0 && i < len(ps) && ps[i]
}

// released reports whether m is a module required at a version: not the
// main module nor a workspace module, whose versions are empty.
func released(m *analysis.Module) bool {
	return m != nil && m.Version != ""
}

// sameModule reports whether pkg belongs to the module of the package
// analysed (any, when the driver gives no module: GOPATH, tests).
func (r *Result) sameModule(pkg *types.Package) bool {
	m := r.pass.Module
	if m == nil || m.Path == "" || pkg == nil {
		return true
	}
	return pkg.Path() == m.Path || strings.HasPrefix(pkg.Path(), m.Path+"/")
}

// compute fills own: first whether secretlog reports each forwarded
// argument inside its wrapper, then, in rounds, the wrappers that pass
// a parameter only to wrappers that own it.
func (r *Result) compute() {
	r.own = make(map[*types.Func][]bool)
	if r.forwards == nil && released(r.pass.Module) {
		r.forwards = sinks.Forwards(r.pass) // a dependency's package named on the command line
	}
	if len(r.forwards) == 0 {
		return
	}
	m := credential.NewPassModel(r.pass)
	fns := make([]*types.Func, 0, len(r.forwards))
	for fn := range r.forwards {
		fns = append(fns, fn)
	}
	slices.SortFunc(fns, func(a, b *types.Func) int { return int(a.Pos() - b.Pos()) })
	inside := make(map[ast.Expr]bool)
	for _, fn := range fns {
		for _, f := range r.forwards[fn] {
			m.Enter(f.Call.Body)
			m.Quiet(f.Call.Forwarded)
			_, inside[f.Arg] = FindLeak(r.pass, m, f.Call, f.Arg)
		}
	}
	for range 3 {
		changed := false
		for _, fn := range fns {
			n := fn.Signature().Params().Len()
			ps := r.own[fn]
			if ps == nil {
				ps = make([]bool, n)
			}
			for i := range n {
				if !ps[i] && r.ownParam(r.forwards[fn], i, inside) {
					ps[i], changed = true, true
				}
			}
			r.own[fn] = ps
		}
		if !changed {
			break
		}
	}
}

// ownParam reports whether every sink argument among forwards that
// carries parameter i is reported inside, or goes to a parameter another
// wrapper owns; and there is one.
func (r *Result) ownParam(forwards []sinks.Forward, i int, inside map[ast.Expr]bool) bool {
	found := false
	for _, f := range forwards {
		if !slices.Contains(f.Params, i) {
			continue
		}
		found = true
		if !inside[f.Arg] && !r.passedToOwner(f) {
			return false
		}
	}
	return found
}

// passedToOwner reports whether f's argument goes whole to a parameter of
// the wrapper called that the wrapper owns.
func (r *Result) passedToOwner(f sinks.Forward) bool {
	if !f.Call.Wrapper {
		return false
	}
	fn, ok := typeutil.Callee(r.pass.TypesInfo, f.Call.Call).(*types.Func)
	if !ok {
		return false
	}
	j := slices.Index(f.Call.Call.Args, f.Arg)
	return j >= 0 && r.owned(fn.Origin(), min(j, fn.Signature().Params().Len()-1))
}
