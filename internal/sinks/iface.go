package sinks

import (
	"go/ast"
	"go/types"
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

// liftInterfaces records as wrappers the methods of the package's
// interfaces whose implementations are wrappers (see above). It reports
// whether that added or changed any.
func (f *finder) liftInterfaces(pass *analysis.Pass) bool {
	if !f.wrapsMethod() {
		return false // most packages: no method wraps a sink
	}
	if f.ifaces == nil {
		f.ifaces, f.named = packageTypes(f.pkg)
		f.named = slices.DeleteFunc(f.named, func(tn *types.TypeName) bool {
			tf := pass.Fset.File(tn.Pos())
			return tf != nil && strings.HasSuffix(tf.Name(), "_test.go") // a test's fake does not say what the package does
		})
		f.bodies = make(map[*types.Func]*ast.FuncDecl)
		for _, file := range pass.Files {
			if strings.HasSuffix(pass.Fset.File(file.Pos()).Name(), "_test.go") {
				continue
			}
			for _, d := range file.Decls {
				if decl, ok := d.(*ast.FuncDecl); ok && decl.Recv != nil {
					if fn, ok := f.info.Defs[decl.Name].(*types.Func); ok {
						f.bodies[fn] = decl
					}
				}
			}
		}
	}
	changed := false
	for _, iface := range f.ifaces {
		it := iface.Type().Underlying().(*types.Interface)
		var impls []types.Type
		for _, n := range f.named {
			if t := n.Type(); types.Implements(t, it) {
				impls = append(impls, t)
			} else if p := types.NewPointer(t); types.Implements(p, it) {
				impls = append(impls, p)
			}
		}
		if len(impls) == 0 {
			continue
		}
		for m := range it.Methods() {
			if m.Pkg() != f.pkg {
				continue // embedded from another package
			}
			w := f.implemented(m.Name(), impls)
			if w == nil || f.wrappers[m] != nil && sameWrapper(f.wrappers[m], w) {
				continue
			}
			f.wrappers[m] = w
			changed = true
		}
	}
	return changed
}

// wrapsMethod reports whether a method of the package is a wrapper.
func (f *finder) wrapsMethod() bool {
	for fn := range f.wrappers {
		if fn.Pkg() == f.pkg && fn.Signature().Recv() != nil {
			if _, ok := fn.Signature().Recv().Type().Underlying().(*types.Interface); !ok {
				return true
			}
		}
	}
	return false
}

// implemented returns the wrapper that method name of impls is, its
// parameters those any implementation passes on, or nil unless each
// implementation is a wrapper or empty and one is a wrapper.
func (f *finder) implemented(name string, impls []types.Type) *wrapper {
	var out *wrapper
	for _, t := range impls {
		obj, _, _ := types.LookupFieldOrMethod(t, false, f.pkg, name)
		fn, ok := obj.(*types.Func)
		if !ok {
			return nil
		}
		w := f.wrappers[fn]
		decl := f.bodies[fn]
		switch {
		case w != nil && decl != nil && !w.urlErr: // a request's error is no method's business here
		case w == nil && decl != nil && decl.Body != nil && len(decl.Body.List) == 0:
			continue // a no-op implementation
		default:
			return nil // declared elsewhere (promoted, a test's fake) or doing something else
		}
		if out == nil {
			c := *w
			c.params, c.guard = slices.Clone(w.params), slices.Clone(w.guard)
			c.rejected, c.computed = slices.Clone(w.rejected), slices.Clone(w.computed)
			out = &c
			continue
		}
		if out.kind != w.kind || len(out.params) != len(w.params) {
			return nil
		}
		out.merge(w)
	}
	return out
}

// merge adds to w what the wrapper o does with its parameters: a
// parameter either reaches, under the guard and rejection both agree on.
func (w *wrapper) merge(o *wrapper) {
	for i, on := range o.params {
		switch {
		case !on:
		case !w.params[i]:
			w.params[i], w.guard[i], w.rejected[i], w.computed[i] = true, o.guard[i], o.rejected[i], o.computed[i]
		default:
			if w.guard[i] != o.guard[i] {
				w.guard[i] = -1
			}
			w.rejected[i] = w.rejected[i] && o.rejected[i]
			w.computed[i] = w.computed[i] || o.computed[i]
		}
	}
	if w.format != o.format {
		w.format = -1
	}
	w.fmt = w.fmt && o.fmt
	w.echo = w.echo && o.echo
}

func sameWrapper(a, b *wrapper) bool {
	return a.kind == b.kind && a.format == b.format && a.fmt == b.fmt && slices.Equal(a.params, b.params)
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
		return []*types.TypeName{}, nil // not nil: computed
	}
	return ifaces, named
}
