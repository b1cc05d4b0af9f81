package ratelimit

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/credlint/credlint/internal/httpreq"
)

// startup reports whether f runs once per client, when it starts, not per
// operation: a constructor; a function a guard lets run once (dbos's
// Launch: `if !c.launchStarted.CompareAndSwap(false, true) { return err }`,
// or a flag it tests, returns on and sets); or an unexported function
// that only such functions call, outside loops and function literals, and
// that is not used as a value (dbos's requireEnterprise, called by
// NewContext and by Launch's startAutoUpgrade). A 429 there fails the
// start, which its user retries, as with a one-off request at
// construction. An exported function is its users' to call as often as
// they like, whatever its name (a resource's Start is an API call).
func (c *checker) startup(f *httpreq.Func) bool {
	if v, ok := c.started[f]; ok {
		return v
	}
	if c.started == nil {
		c.started = make(map[*httpreq.Func]bool)
	}
	c.started[f] = false // a recursion runs as often as it goes
	v := c.startupUncached(f)
	c.started[f] = v
	return v
}

func (c *checker) startupUncached(f *httpreq.Func) bool {
	if f.Obj == nil || f.Decl == nil || f.Decl.Body == nil {
		return false
	}
	if c.constructor(f) || c.onceGuarded(f.Decl.Body) {
		return true
	}
	if f.Obj.Exported() {
		return false
	}
	return c.onlyCalledBy(f, c.startup)
}

// onceGuarded reports whether body opens with a guard that lets it run
// once: an if among its first statements that returns when a
// compare-and-swap fails (the first caller wins) or when a field flag is
// set, which the body then sets to true.
func (c *checker) onceGuarded(body *ast.BlockStmt) bool {
	for i, st := range body.List {
		if i >= 4 {
			break
		}
		ifs, ok := st.(*ast.IfStmt)
		if !ok || !returns(ifs.Body) {
			continue
		}
		if c.compareAndSwap(ifs.Cond) {
			return true
		}
		if flag := c.fieldFlag(ifs.Cond); flag != nil && c.setsTrue(body.List[i+1:], flag) {
			return true
		}
	}
	return false
}

// compareAndSwap reports whether cond is !x.CompareAndSwap(…), of
// sync/atomic (a method of its types, or its function).
func (c *checker) compareAndSwap(cond ast.Expr) bool {
	u, ok := ast.Unparen(cond).(*ast.UnaryExpr)
	if !ok || u.Op != token.NOT {
		return false
	}
	call, ok := ast.Unparen(u.X).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := calleeOf(c.pass.TypesInfo, call)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "sync/atomic" && strings.HasPrefix(fn.Name(), "CompareAndSwap")
}

// fieldFlag returns the bool field that cond tests (if c.started), or nil.
func (c *checker) fieldFlag(cond ast.Expr) *types.Var {
	sel, ok := ast.Unparen(cond).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	v, ok := c.pass.TypesInfo.ObjectOf(sel.Sel).(*types.Var)
	if !ok || !v.IsField() || !types.Identical(v.Type(), types.Typ[types.Bool]) {
		return nil
	}
	return v
}

// setsTrue reports whether one of the statements assigns true to flag.
func (c *checker) setsTrue(list []ast.Stmt, flag *types.Var) bool {
	for _, st := range list {
		as, ok := st.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			continue
		}
		sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr)
		if !ok || c.pass.TypesInfo.ObjectOf(sel.Sel) != flag {
			continue
		}
		if tv, ok := c.pass.TypesInfo.Types[as.Rhs[0]]; ok && tv.Value != nil && tv.Value.String() == "true" {
			return true
		}
	}
	return false
}
