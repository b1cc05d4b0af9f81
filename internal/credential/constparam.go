package credential

import (
	"go/ast"
	"go/types"
)

// constParam reports whether v is a parameter of an unexported function
// (not a method) that the package's code outside tests only calls, never
// takes as a value, and every call gives a constant: the parameter holds
// one of those constants, which show nothing the source does not (and
// hardcodedsecret judges them). ferretdb's envtool:
// setupAnyPostgres(ctx, l, "postgres://username:password@127.0.0.1:5433/…").
// An exported function's callers are elsewhere.
func (ev *Evidence) constParam(v *types.Var) bool {
	if ev.constParams == nil {
		ev.constParams = ev.findConstParams()
	}
	return ev.constParams[v]
}

func (ev *Evidence) findConstParams() map[*types.Var]bool {
	out := make(map[*types.Var]bool)
	refs := make(map[*types.Func]int) // uses outside tests
	for id, obj := range ev.info.Uses {
		if fn, ok := obj.(*types.Func); ok && fn.Pkg() == ev.pkg && !InTestFile(ev.fset, id.Pos()) {
			refs[fn.Origin()]++
		}
	}
	counts := ev.callCounts()
	for fn, decl := range ev.decls {
		sig := fn.Signature()
		if fn.Exported() || sig.Recv() != nil || refs[fn] == 0 || InTestFile(ev.fset, decl.Pos()) {
			continue
		}
		calls := counts[fn]
		if calls != refs[fn] {
			continue // also a value: a callback's callers give anything
		}
		for p := range sig.Params().Variables() {
			defs := ev.defs[p]
			if len(defs) != calls || sig.Variadic() && p == sig.Params().At(sig.Params().Len()-1) {
				continue
			}
			all := true
			for _, d := range defs {
				if tv, ok := ev.info.Types[d]; !ok || tv.Value == nil {
					all = false
					break
				}
			}
			out[p] = all
		}
	}
	return out
}

// callCounts counts the calls of the package's functions outside tests.
func (ev *Evidence) callCounts() map[*types.Func]int {
	n := make(map[*types.Func]int)
	for _, f := range ev.files {
		if InTestFile(ev.fset, f.Pos()) {
			continue
		}
		ast.Inspect(f, func(x ast.Node) bool {
			if call, ok := x.(*ast.CallExpr); ok {
				var id *ast.Ident
				switch fun := ast.Unparen(call.Fun).(type) {
				case *ast.Ident:
					id = fun
				case *ast.SelectorExpr:
					id = fun.Sel
				}
				if fn, ok := ev.info.Uses[id].(*types.Func); ok && fn.Pkg() == ev.pkg {
					n[fn.Origin()]++
				}
			}
			return true
		})
	}
	return n
}
