package ratelimit

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"time"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/httpreq"
)

// minPace is the shortest constant pause that paces requests: a loop that
// sleeps a millisecond before its next request still sends hundreds a
// second, a retry storm.
const minPace = time.Second

// pause is the kind of wait that waits looks for.
type pause int

const (
	computed pause = iota // a delay that is not a constant: a backoff
	anyPause              // any delay, a constant one too
	// pacing is a pause long enough to pace requests: a delay that is not
	// short (a constant of at least minPace, a config value, a parameter),
	// a ticker's tick, a rate limiter's turn.
	pacing
)

// waits reports whether n waits as want says: itself, or through a
// same-package helper it calls (c.backoff(attempt), sleepFor(ctx, resp))
// that does. handler is no helper: calling it again is the retry. In a
// helper at depth, a delay that is a parameter the call gave a constant
// (sleep(2 * time.Second)) is that constant (fixed).
func (c *checker) waits(n ast.Node, handler *types.Func, fixed map[types.Object]constant.Value, depth int, want pause) bool {
	info := c.pass.TypesInfo
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return want != pacing // runs later, if at all
		case *ast.UnaryExpr: // <-ticker.C; <-time.After(d) is the call's
			if _, call := ast.Unparen(x.X).(*ast.CallExpr); want == pacing && x.Op == token.ARROW && !call && httpreq.IsTickChan(info.TypeOf(x.X)) {
				found = c.ticks(x.X)
			}
		case *ast.CallExpr:
			found = c.callWaits(x, handler, fixed, depth, want)
		}
		return !found
	})
	return found
}

// callWaits is waits for the call itself.
func (c *checker) callWaits(call *ast.CallExpr, handler *types.Func, fixed map[types.Object]constant.Value, depth int, want pause) bool {
	if len(call.Args) == 0 && want == computed {
		return false
	}
	fn, ok := calleeOf(c.pass.TypesInfo, call)
	if !ok || fn.Pkg() == nil {
		return false
	}
	fn = fn.Origin()
	switch {
	case fn.Pkg().Path() == "time":
		switch fn.Name() {
		case "AfterFunc":
			if want == pacing {
				return false // the caller goes on at once
			}
			fallthrough
		case "Sleep", "After", "Tick", "NewTimer", "Reset":
			return len(call.Args) > 0 && c.delay(call.Args[0], fixed, want)
		}
	case want == pacing && httpreq.Limits(fn):
		return true
	case fn.Pkg() == c.pass.Pkg && fn != handler && depth < 2:
		if d := c.res.Decl(fn); d != nil && d.Body != nil {
			fixed := c.constantParams(fn, call, fixed)
			if want == pacing { // paused only on some ways through, it paces nothing
				return c.pausesThrough(d.Body, handler, fixed, depth+1)
			}
			return c.waits(d.Body, handler, fixed, depth+1, want)
		}
	}
	return false
}

// delay reports whether a wait for the delay e is of the kind want.
func (c *checker) delay(e ast.Expr, fixed map[types.Object]constant.Value, want pause) bool {
	switch want {
	case computed:
		return c.constValue(e, fixed) == nil
	case pacing:
		return !c.short(e, fixed)
	}
	return true
}

// short reports whether the delay e is too short to pace requests: a
// constant under minPace or a bounded random one (jitter), a variable only
// ever given such values (d := 10 * time.Millisecond), a parameter every
// call in the package gives one, or an unexported, untagged field every
// write in the package sets to one (a config field is read from elsewhere).
func (c *checker) short(e ast.Expr, fixed map[types.Object]constant.Value) bool {
	if v := c.constValue(e, fixed); v != nil {
		d, exact := constant.Int64Val(constant.ToInt(v))
		return exact && d < int64(minPace)
	}
	if c.shortRandom(e, fixed) {
		return true
	}
	vals := c.varValues(e)
	for _, v := range vals {
		if c.grown(v) || !(c.constValue(v, nil) != nil && c.short(v, nil) || c.shortRandom(v, nil)) {
			return false
		}
	}
	return len(vals) > 0
}

// grown reports whether the value v is the operand of a compound
// assignment (d *= 2, d += time.Second): the variable grows from what it
// was, a backoff.
func (c *checker) grown(v ast.Expr) bool {
	if path := astutil.PathTo(c.pass.Files, v); len(path) > 1 {
		a, ok := path[1].(*ast.AssignStmt)
		return ok && a.Tok != token.ASSIGN && a.Tok != token.DEFINE
	}
	return false
}

// shortRandom reports whether e is a random delay under minPace: a bound
// random count times a constant unit
// (time.Duration(rand.Intn(20)) * time.Millisecond).
func (c *checker) shortRandom(e ast.Expr, fixed map[types.Object]constant.Value) bool {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || b.Op != token.MUL {
		return false
	}
	for _, xy := range [2][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		unit, n := c.constValue(xy[1], fixed), c.randomBound(xy[0], fixed)
		if unit == nil || n <= 0 {
			continue
		}
		u, exact := constant.Int64Val(constant.ToInt(unit))
		if exact && u > 0 && n <= int64(minPace)/u {
			return true
		}
	}
	return false
}

// randomBound returns the bound n of a random count e, rand.Intn(n) (or
// Int63n, Int31n, N; math/rand or math/rand/v2), also converted
// (time.Duration(rand.Intn(n))); 0 when e is none or n is no constant.
func (c *checker) randomBound(e ast.Expr, fixed map[types.Object]constant.Value) int64 {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return 0
	}
	if tv, ok := c.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() {
		return c.randomBound(call.Args[0], fixed)
	}
	fn, ok := calleeOf(c.pass.TypesInfo, call)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "math/rand" && fn.Pkg().Path() != "math/rand/v2" {
		return 0
	}
	switch fn.Name() {
	case "Intn", "Int63n", "Int31n", "N", "IntN", "Int64N", "Int32N", "UintN", "Uint64N", "Uint32N":
		if v := c.constValue(call.Args[0], fixed); v != nil {
			if n, exact := constant.Int64Val(constant.ToInt(v)); exact {
				return n
			}
		}
	}
	return 0
}

// ticks reports whether a receive from the ticker or timer channel ch
// paces requests: unless its ticker is a variable only ever made with a
// short delay (t := time.NewTicker(time.Millisecond); <-t.C), the interval
// is set elsewhere, a config value.
func (c *checker) ticks(ch ast.Expr) bool {
	if sel, ok := ast.Unparen(ch).(*ast.SelectorExpr); ok && sel.Sel.Name == "C" {
		ch = sel.X
	}
	vals := c.varValues(ch)
	for _, v := range vals {
		call, ok := ast.Unparen(v).(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		fn, ok := calleeOf(c.pass.TypesInfo, call)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "time" || !c.short(call.Args[0], nil) {
			return true
		}
	}
	return len(vals) == 0
}

// varValues returns the values given to the variable e names: a local
// variable's, a parameter's from the package's calls (nil when one is
// not a call giving it), an unexported, untagged field's; nil for
// anything else.
func (c *checker) varValues(e ast.Expr) []ast.Expr {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return nil
	}
	v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok {
		return nil
	}
	if v.IsField() {
		if v.Exported() || c.fieldTagged(v) {
			return nil
		}
		return c.res.Values(v)
	}
	if _, ok := ast.Unparen(e).(*ast.Ident); !ok {
		return nil // a package's variable
	}
	if args, param := c.paramArgs(v); param {
		return args
	}
	return c.res.Values(v)
}

// paramArgs returns, when v is a parameter of a function of the package,
// the arguments the package's calls give it; nil when it has none or one
// is not a plain call of the function (a variadic parameter).
func (c *checker) paramArgs(v *types.Var) (args []ast.Expr, param bool) {
	for _, f := range c.res.Funcs() {
		if c.pass.TypesInfo.Scopes[f.Decl.Type] != v.Parent() {
			continue
		}
		params := f.Obj.Signature().Params()
		for i := range params.Len() {
			if params.At(i) != v {
				continue
			}
			if f.Obj.Signature().Variadic() && i == params.Len()-1 {
				return nil, true
			}
			for call := range c.res.CallsOf(f) {
				if i >= len(call.Args) {
					return nil, true
				}
				args = append(args, call.Args[i])
			}
			return args, true
		}
	}
	return nil, false
}

// fieldTagged reports whether the field v carries a struct tag: a config
// field, filled by a decoder.
func (c *checker) fieldTagged(v *types.Var) bool {
	for _, n := range astutil.Enclosing(c.pass.Files, v.Pos()) {
		if f, ok := n.(*ast.Field); ok {
			return f.Tag != nil
		}
	}
	return true // declared elsewhere: unknown
}

// constValue returns the value of e when it is a constant, or a parameter
// of the helper whose call gave it one; nil otherwise.
func (c *checker) constValue(e ast.Expr, fixed map[types.Object]constant.Value) constant.Value {
	if tv, ok := c.pass.TypesInfo.Types[e]; ok && tv.Value != nil {
		return tv.Value
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		return fixed[c.pass.TypesInfo.ObjectOf(id)]
	}
	return nil
}

// constantParams returns the parameters of fn that call gives a constant,
// with their values.
func (c *checker) constantParams(fn *types.Func, call *ast.CallExpr, fixed map[types.Object]constant.Value) map[types.Object]constant.Value {
	params := fn.Signature().Params()
	out := make(map[types.Object]constant.Value)
	for i, a := range call.Args {
		if i < params.Len() && !(fn.Signature().Variadic() && i >= params.Len()-1) {
			if v := c.constValue(a, fixed); v != nil {
				out[params.At(i)] = v
			}
		}
	}
	return out
}
