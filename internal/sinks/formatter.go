package sinks

import (
	"go/types"
	"strings"
)

// A String or Error method's text is what every print of its value shows:
// fmt, log and the libraries that name a value by it (suture logs a
// service by its String) call it. The fmt.Sprint* call a formatter method
// returns is a sink of its own, reported in the method, where the fix is
// (syncthing v1.30.0 cmd/stdiscosrv/amqp.go:115: amqpSender's String
// quotes the broker URL it dials, user info and password included).

// formatterCall returns the Call the text s.call builds is when s.call is
// a fmt.Sprint* call that a formatter method returns.
func (f *finder) formatterCall(s site) (Call, bool) {
	fn, ok := s.callee.(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" || !strings.HasPrefix(fn.Name(), "Sprint") || !f.returned[s.call] {
		return Call{}, false
	}
	m, ok := f.info.Defs[s.decl.Name].(*types.Func)
	if !ok || !isFormatter(m) {
		return Call{}, false
	}
	kind := Log
	if m.Name() == "Error" {
		kind = Error
	}
	return Call{Call: s.call, Name: methodName(m), Kind: kind, Args: FormatShown(f.info, s.call, fn), Fmt: true, Formats: true}, true
}

// isFormatter reports whether m is a String, GoString or Error method as
// fmt calls them: no parameter, one string result.
func isFormatter(m *types.Func) bool {
	switch m.Name() {
	case "String", "GoString", "Error":
	default:
		return false
	}
	sig := m.Signature()
	return sig.Recv() != nil && sig.Params().Len() == 0 && sig.Results().Len() == 1 &&
		types.Identical(sig.Results().At(0).Type(), types.Typ[types.String])
}

// methodName writes m as users read it: (*amqpSender).String.
func methodName(m *types.Func) string {
	t := m.Signature().Recv().Type()
	ptr := ""
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		ptr, t = "*", p.Elem()
	}
	name := types.TypeString(t, func(*types.Package) string { return "" })
	if ptr != "" {
		return "(*" + name + ")." + m.Name()
	}
	return name + "." + m.Name()
}

// isFmt reports whether callee is a function of package fmt.
func isFmt(callee types.Object) bool {
	fn, ok := callee.(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "fmt"
}
