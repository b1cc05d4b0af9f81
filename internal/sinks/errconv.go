package sinks

import (
	"go/ast"
	"go/types"
)

// Text converted to a type of the package that implements error is an
// error message: ConfigErrors([]string{fmt.Sprintf(…)}) (dendrite's
// setup/config.ConfigErrors, a []string whose Error joins its lines),
// errString(msg).

// errorConversion returns the Call such a conversion is; its arguments
// are the converted text, or the elements of the slice literal converted.
func (f *finder) errorConversion(call *ast.CallExpr) (Call, bool) {
	if !isConversion(f.info, call) || len(call.Args) != 1 || !implementsError(f.info.Types[call.Fun].Type) {
		return Call{}, false
	}
	arg := call.Args[0]
	if !isText(f.info.TypeOf(arg)) {
		return Call{}, false
	}
	args := []ast.Expr{arg}
	if lit, ok := ast.Unparen(arg).(*ast.CompositeLit); ok {
		args = args[:0]
		for _, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				e = kv.Value
			}
			args = append(args, e)
		}
	}
	return Call{Call: call, Name: types.ExprString(call.Fun), Kind: Error, Args: args, Fmt: true}, true
}

// isConversion reports whether call converts a value to a defined type
// (not string(b) nor []byte(s), the most frequent conversions, which
// errorConversion would reject anyway).
func isConversion(info *types.Info, call *ast.CallExpr) bool {
	tv, ok := info.Types[call.Fun]
	if !ok || !tv.IsType() {
		return false
	}
	_, named := types.Unalias(tv.Type).(*types.Named)
	return named
}

var errorIface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// implementsError reports whether t, not an interface, or a pointer to it
// implements error.
func implementsError(t types.Type) bool {
	if types.IsInterface(t) {
		return false
	}
	return types.Implements(t, errorIface) || types.Implements(types.NewPointer(t), errorIface)
}

// isText reports whether t is a string or a slice of strings.
func isText(t types.Type) bool {
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Info()&types.IsString != 0
	}
	return false
}
