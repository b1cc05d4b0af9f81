package httpreq

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/credlint/credlint/internal/astutil"
)

// coolsOnFailure reports whether the call c, when it fails, puts its
// caller into a cooldown that grows: the branch that tests the call's
// error (if err != nil), or a same-package function it calls, sets a
// deadline for the next attempt from a computed delay (p.retryAt =
// time.Now().Add(d), time.AfterFunc(d, …)) and grows the delay
// geometrically (d * 2, 1 << n, a retry library's NextBackOff). Google
// auth's regional access boundary lookup: any failed fetch, 429 included,
// starts a jittered cooldown of 15 minutes doubling up to 6 hours. A 429
// there never meets an immediate next request, as in a loop that backs off.
func (r *Result) coolsOnFailure(c pkgCall) bool {
	body := failureBranch(r.info, c.cur)
	if body == nil {
		return false
	}
	var st coolState
	r.coolsIn(body, &st, 0, make(map[*Func]bool))
	return st.deadline && st.grows
}

// coolState is what a failure branch was found to do.
type coolState struct{ deadline, grows bool }

// failureBranch returns the body of the if statement that tests the error
// of call, the cursor of a call: `v, err := f(); if err != nil {…}` (the
// first such test after the assignment, in the same block), `if err :=
// f(); err != nil {…}`, or `if f() != nil {…}`; nil when there is none.
func failureBranch(info *types.Info, cur inspector.Cursor) *ast.BlockStmt {
	call := cur.Node().(*ast.CallExpr)
	parent := cur.Parent()
	switch p := parent.Node().(type) {
	case *ast.BinaryExpr: // if f() != nil
		if ifs, ok := parent.Parent().Node().(*ast.IfStmt); ok && ifs.Cond == p && nilTest(info, p, nil) {
			return ifs.Body
		}
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 || p.Rhs[0] != call || len(p.Lhs) == 0 {
			return nil
		}
		id, ok := ast.Unparen(p.Lhs[len(p.Lhs)-1]).(*ast.Ident)
		if !ok || !isErrorType(info.TypeOf(id)) {
			return nil
		}
		errVar := info.ObjectOf(id)
		if errVar == nil {
			return nil
		}
		if ifs, ok := parent.Parent().Node().(*ast.IfStmt); ok && ifs.Init == p {
			if nilTest(info, ifs.Cond, errVar) {
				return ifs.Body
			}
			return nil
		}
		blk, ok := parent.Parent().Node().(*ast.BlockStmt)
		if !ok {
			return nil
		}
		after := false
		for _, s := range blk.List {
			if s == ast.Stmt(p) {
				after = true
				continue
			}
			if ifs, ok := s.(*ast.IfStmt); ok && after && nilTest(info, ifs.Cond, errVar) {
				return ifs.Body
			}
		}
	}
	return nil
}

// nilTest reports whether cond is `v != nil` for the variable v (for any
// operand when v is nil).
func nilTest(info *types.Info, cond ast.Expr, v types.Object) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ {
		return false
	}
	x, y := b.X, b.Y
	if isNil(info, x) {
		x, y = y, x
	}
	if !isNil(info, y) {
		return false
	}
	if v == nil {
		return true
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	return ok && info.ObjectOf(id) == v
}

// coolsIn records in st what body does towards a cooldown, following the
// same-package functions it calls two levels down.
func (r *Result) coolsIn(body ast.Node, st *coolState, depth int, seen map[*Func]bool) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // runs later, if at all
		case *ast.AssignStmt:
			switch n.Tok {
			case token.MUL_ASSIGN, token.SHL_ASSIGN: // d *= 2
				st.grows = st.grows || r.constAtLeast(n.Rhs[0], 2) || n.Tok == token.SHL_ASSIGN && r.constAtLeast(n.Rhs[0], 1)
			}
			if len(n.Lhs) == len(n.Rhs) {
				for i, lhs := range n.Lhs {
					st.deadline = st.deadline || r.deadlineSet(lhs, n.Rhs[i])
				}
			}
		case *ast.BinaryExpr:
			switch n.Op {
			case token.MUL: // d * 2
				st.grows = st.grows || r.constAtLeast(n.X, 2) && r.computed(n.Y) || r.constAtLeast(n.Y, 2) && r.computed(n.X)
			case token.SHL: // 1 << n, d << 1
				st.grows = st.grows || r.computed(n.Y) || r.computed(n.X) && r.constAtLeast(n.Y, 1)
			}
		case *ast.CallExpr:
			fn := calleeFunc(r.info, n)
			if fn == nil {
				return true
			}
			switch {
			case isRetryLib(pkgPath(fn)) || pkgPath(fn) == "math" && fn.Name() == "Pow":
				st.grows = true // b.NextBackOff(), math.Pow(2, n)
			case pkgPath(fn) == "time" && len(n.Args) > 0 && r.computed(n.Args[0]):
				switch fn.Name() {
				case "AfterFunc", "NewTimer", "Reset":
					st.deadline = true // the next attempt scheduled after a delay
				}
			}
			if g := r.funcs[fn]; g != nil && g.Decl != nil && g.Decl.Body != nil && depth < 2 && !seen[g] {
				seen[g] = true
				r.coolsIn(g.Decl.Body, st, depth+1, seen)
			}
		}
		return !(st.deadline && st.grows)
	})
}

// deadlineSet reports whether lhs = rhs stores, in a field or a package
// variable (state that outlives the call), a time.Time a computed delay
// from now: p.cooldownExpiry = time.Now().Add(jitter).
func (r *Result) deadlineSet(lhs, rhs ast.Expr) bool {
	if !isTime(r.info.TypeOf(lhs)) {
		return false
	}
	v, ok := r.objectOf(lhs).(*types.Var)
	if !ok || !v.IsField() && v.Parent() != r.pass.Pkg.Scope() {
		return false
	}
	found := false
	ast.Inspect(rhs, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		if fn := calleeFunc(r.info, call); fn != nil && pkgPath(fn) == "time" && fn.Name() == "Add" && len(call.Args) == 1 {
			found = r.computed(call.Args[0])
		}
		return !found
	})
	return found
}

// constAtLeast reports whether e is a constant of at least min: a factor
// of 2 or more, a shift of 1 or more.
func (r *Result) constAtLeast(e ast.Expr, min float64) bool {
	tv, ok := r.info.Types[e]
	if !ok || tv.Value == nil {
		return false
	}
	f, _ := constant.Float64Val(constant.ToFloat(tv.Value))
	return f >= min
}

// computed reports whether e is not a constant.
func (r *Result) computed(e ast.Expr) bool {
	tv, ok := r.info.Types[e]
	return ok && tv.Value == nil
}

// isTime reports whether t is time.Time.
func isTime(t types.Type) bool { return t != nil && astutil.IsNamed(t, "time", "Time") }
