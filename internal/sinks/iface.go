package sinks

import (
	"go/ast"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A package that logs through an interface of its own (IBM's go-sdk-core:
// GetLogger() returns its Logger, whose one implementation, SDKLoggerImpl,
// prints with a *log.Logger) calls the interface's method, not the
// wrapper that implements it. A method of such an interface is a wrapper
// too when the package's implementations of it are wrappers: every
// implementation declared in the package's non-test files either passes
// the parameter to a sink or has an empty body (a no-op logger). One
// implementation that does something else with it (a store whose debug
// variant logs) leaves the method alone. A method exported on an
// exported interface travels as a fact like any wrapper.

// liftIndex is what liftInterfaces computes once per package.
type liftIndex struct {
	ifaces, named []*types.TypeName // see packageTypes; named leaves out tests' types
	bodies        map[*types.Func]*ast.FuncDecl
	impls         map[*types.TypeName][]types.Type // an interface's implementations, T or *T
}

// liftInterfaces records as wrappers the methods of the package's
// interfaces whose implementations are wrappers (see above). It reports
// whether that added or changed any.
func (f *finder) liftInterfaces(pass *analysis.Pass) bool {
	names := f.wrapperMethods()
	if names == nil {
		return false // most packages: no method wraps a sink
	}
	if f.lift == nil {
		f.lift = newLiftIndex(pass)
	}
	changed := false
	for _, iface := range f.lift.ifaces {
		it := iface.Type().Underlying().(*types.Interface)
		for m := range it.Methods() {
			if !names[m.Name()] || m.Pkg() != f.pkg {
				continue // no wrapper of that name, or embedded from another package
			}
			w := f.implemented(m.Name(), f.lift.implementations(iface))
			if w == nil || reflect.DeepEqual(f.wrappers[m], w) {
				continue
			}
			f.wrappers[m] = w
			changed = true
		}
	}
	return changed
}

func newLiftIndex(pass *analysis.Pass) *liftIndex {
	x := &liftIndex{bodies: make(map[*types.Func]*ast.FuncDecl), impls: make(map[*types.TypeName][]types.Type)}
	x.ifaces, x.named = packageTypes(pass.Pkg)
	x.named = slices.DeleteFunc(x.named, func(tn *types.TypeName) bool {
		tf := pass.Fset.File(tn.Pos())
		return tf != nil && strings.HasSuffix(tf.Name(), "_test.go") // a test's fake does not say what the package does
	})
	for _, file := range pass.Files {
		if strings.HasSuffix(pass.Fset.File(file.Pos()).Name(), "_test.go") {
			continue
		}
		for _, d := range file.Decls {
			if decl, ok := d.(*ast.FuncDecl); ok && decl.Recv != nil {
				if fn, ok := pass.TypesInfo.Defs[decl.Name].(*types.Func); ok {
					x.bodies[fn] = decl
				}
			}
		}
	}
	return x
}

// implementations returns the named types, or pointers to them, of the
// package that implement iface.
func (x *liftIndex) implementations(iface *types.TypeName) []types.Type {
	if impls, ok := x.impls[iface]; ok {
		return impls
	}
	it := iface.Type().Underlying().(*types.Interface)
	var impls []types.Type
	for _, n := range x.named {
		if t := n.Type(); types.Implements(t, it) {
			impls = append(impls, t)
		} else if p := types.NewPointer(t); types.Implements(p, it) {
			impls = append(impls, p)
		}
	}
	x.impls[iface] = impls
	return impls
}

// wrapperMethods returns the names of the package's methods that are
// wrappers, or nil if there are none.
func (f *finder) wrapperMethods() map[string]bool {
	var names map[string]bool
	for fn := range f.wrappers {
		recv := fn.Signature().Recv()
		if fn.Pkg() != f.pkg || recv == nil || types.IsInterface(recv.Type()) {
			continue
		}
		if names == nil {
			names = make(map[string]bool)
		}
		names[fn.Name()] = true
	}
	return names
}

// implemented returns the wrapper that method name of impls is, its
// parameters those any implementation passes on, or nil unless each
// implementation is a wrapper or empty and one is a wrapper.
func (f *finder) implemented(name string, impls []types.Type) *WrapperFact {
	var out *WrapperFact
	if len(impls) == 0 {
		return nil
	}
	for _, t := range impls {
		obj, _, _ := types.LookupFieldOrMethod(t, false, f.pkg, name)
		fn, ok := obj.(*types.Func)
		if !ok {
			return nil
		}
		w := f.wrappers[fn]
		decl := f.lift.bodies[fn]
		switch {
		case w != nil && decl != nil && !w.URLError: // a request's error is no method's business here
		case w == nil && decl != nil && decl.Body != nil && len(decl.Body.List) == 0:
			continue // a no-op implementation
		default:
			return nil // declared elsewhere (promoted, a test's fake) or doing something else
		}
		if out == nil {
			c := *w
			c.Params, c.Guard = slices.Clone(w.Params), slices.Clone(w.Guard)
			c.Rejected, c.Computed = slices.Clone(w.Rejected), slices.Clone(w.Computed)
			out = &c
			continue
		}
		if out.Kind != w.Kind || len(out.Params) != len(w.Params) {
			return nil
		}
		out.merge(w)
	}
	return out
}

// merge adds to w what the wrapper o does with its parameters: a
// parameter either reaches, under the guard and rejection both agree on.
func (w *WrapperFact) merge(o *WrapperFact) {
	for i, on := range o.Params {
		switch {
		case !on:
		case !w.Params[i]:
			w.Params[i], w.Guard[i], w.Rejected[i], w.Computed[i] = true, o.Guard[i], o.Rejected[i], o.Computed[i]
		default:
			if w.Guard[i] != o.Guard[i] {
				w.Guard[i] = -1
			}
			w.Rejected[i] = w.Rejected[i] && o.Rejected[i]
			w.Computed[i] = w.Computed[i] || o.Computed[i]
		}
	}
	if w.Format != o.Format {
		w.Format = -1
	}
	w.Fmt = w.Fmt && o.Fmt
	w.ParseEcho = w.ParseEcho && o.ParseEcho
}

// packageTypes returns the package's interfaces with methods and its
// other named, non-generic types.
func packageTypes(pkg *types.Package) (ifaces, named []*types.TypeName) {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 {
			continue
		}
		if it, ok := n.Underlying().(*types.Interface); ok {
			if it.NumMethods() > 0 {
				ifaces = append(ifaces, tn)
			}
			continue
		}
		named = append(named, tn)
	}
	if len(ifaces) == 0 {
		return nil, nil // nothing to implement: the types need not be kept
	}
	return ifaces, named
}
