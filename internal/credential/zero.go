package credential

import (
	"go/ast"
	"go/token"
	"go/types"
)

// noteZeroVars records the variables a function declares without a value.
func (ev *Evidence) noteZeroVars(spec *ast.ValueSpec) {
	for _, name := range spec.Names {
		if obj := ev.info.Defs[name]; obj != nil {
			if ev.zeroVars == nil {
				ev.zeroVars = make(map[types.Object]bool)
			}
			ev.zeroVars[obj] = true
		}
	}
}

// zeroWhen returns the variable that c proves holds its zero value when
// its outcome is op: v == nil, or v == zero for a variable declared
// without a value and not assigned before (ferretdb's must.NotBeZero:
// var zero T; if v == zero { panic(fmt.Sprintf("… %#v", v)) }).
func (ev *Evidence) zeroWhen(c ast.Expr, op token.Token) types.Object {
	b, ok := ast.Unparen(c).(*ast.BinaryExpr)
	if !ok || b.Op != op {
		return nil
	}
	x, y := ast.Unparen(b.X), ast.Unparen(b.Y)
	if ev.isZero(x) {
		x, y = y, x
	}
	id, ok := x.(*ast.Ident)
	if !ok || !ev.isZero(y) {
		return nil
	}
	if v, ok := ev.info.Uses[id].(*types.Var); ok && !v.IsField() {
		return v
	}
	return nil
}

func (ev *Evidence) isZero(e ast.Expr) bool {
	if tv, ok := ev.info.Types[e]; ok && tv.IsNil() {
		return true
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	obj := ev.info.Uses[id]
	return ev.zeroVars[obj] && len(ev.defs[obj]) == 0
}
