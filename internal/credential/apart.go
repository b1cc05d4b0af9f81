package credential

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	castutil "github.com/credlint/credlint/internal/astutil"
)

// isLocal reports whether obj is a variable declared inside a function.
func isLocal(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && !v.IsField() && v.Parent() != nil && v.Parent() != types.Universe &&
		(v.Pkg() == nil || v.Parent() != v.Pkg().Scope())
}

// usedApart reports whether v, a local whose name says nothing of
// credentials, is used as one only on paths that cannot share its value at
// pos: go-oidc's UserInfo reads a reply into body, returns
// fmt.Errorf("%s: %s", resp.Status, body) when the status is not 200, and
// only past that return verifies body as a signed JWT; or only in another
// arm of a branch on an option's name (see otherOption); or only where no
// assignment that reaches pos reaches too (see reaches). An ambiguous name
// (token) is corroborated by any use, as before.
func (ev *Evidence) usedApart(v *types.Var, pos token.Pos) bool {
	uses := ev.usedAt[v]
	if len(uses) == 0 || !isLocal(v) || ClassifyName(v.Name()) != Plain {
		return false
	}
	for _, u := range uses {
		if !ev.apart(pos, u) && !ev.dropped(v, u, pos) && !ev.otherOption(v, pos, u) &&
			(!ev.flowVar(v) || ev.shareDef(v, pos, u)) {
			return false
		}
	}
	return true
}

// dropped reports whether the part of v used as a credential at u is cut
// off v before pos: right after taking v[:i] at u, the same block assigns
// v = v[i+1:] (or v[i:]), and pos comes after that (pgx's URL parser cuts
// the user and password out of p[:i], sets p = p[i+1:] and reads the
// database name from what is left). A branch statement in between could
// skip the assignment: then it is not dropped.
func (ev *Evidence) dropped(v *types.Var, u, pos token.Pos) bool {
	path := castutil.Enclosing(ev.files, u)
	for k, n := range path {
		block, ok := n.(*ast.BlockStmt)
		if !ok || k == 0 {
			continue
		}
		var cut ast.Expr // i of the v[:i] the use at u takes
		for _, st := range block.List {
			switch {
			case st.End() <= u:
				continue
			case st.Pos() <= u:
				cut = ev.cutIndex(st, v)
				if cut == nil {
					return false
				}
				continue
			}
			if as, ok := st.(*ast.AssignStmt); ok && ev.remainder(as, v, cut) {
				return as.End() <= pos
			}
			if hasBranch(st) {
				return false
			}
		}
		return false
	}
	return false
}

// cutIndex returns i when st takes v[:i], else nil.
func (ev *Evidence) cutIndex(st ast.Stmt, v *types.Var) ast.Expr {
	var i ast.Expr
	ast.Inspect(st, func(n ast.Node) bool {
		if s, ok := n.(*ast.SliceExpr); ok && i == nil && s.Low == nil && s.High != nil && !s.Slice3 && ev.names(s.X, v) {
			i = s.High
		}
		return i == nil
	})
	return i
}

// remainder reports whether as is v = v[i+1:] or v = v[i:].
func (ev *Evidence) remainder(as *ast.AssignStmt, v *types.Var, i ast.Expr) bool {
	if as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 || !ev.names(as.Lhs[0], v) {
		return false
	}
	s, ok := ast.Unparen(as.Rhs[0]).(*ast.SliceExpr)
	if !ok || s.Low == nil || s.High != nil || !ev.names(s.X, v) {
		return false
	}
	low, want := types.ExprString(s.Low), types.ExprString(i)
	return low == want || low == want+" + 1" || low == want+"+1"
}

// names reports whether e is the identifier of v.
func (ev *Evidence) names(e ast.Expr, v *types.Var) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && ev.info.ObjectOf(id) == v
}

// hasBranch reports whether st holds a break, continue or goto.
func hasBranch(st ast.Stmt) bool {
	found := false
	ast.Inspect(st, func(n ast.Node) bool {
		if _, ok := n.(*ast.BranchStmt); ok {
			found = true
		}
		_, lit := n.(*ast.FuncLit)
		return !found && !lit
	})
	return found
}

// apartVar answers for v at a position: used says whether its uses as a
// credential count there (not where they are apart, see usedApart), and
// only the assignments that can reach the position count. It is memoised
// per position; busy ends cycles.
func (m *Model) apartVar(v *types.Var, at token.Pos, used bool) (Source, bool) {
	if src, ok := m.derived[v]; ok {
		return src, true
	}
	if m.apartBusy[v] {
		return Source{}, false
	}
	if m.apartBusy == nil {
		m.apartBusy = make(map[*types.Var]bool)
	}
	key := posKey{v, at, used, m.wholeOnly, m.resultOf}
	if me, ok := m.posMemo[key]; ok {
		return me.src, me.ok
	}
	m.apartBusy[v] = true
	defer delete(m.apartBusy, v)
	src, ok := m.evVarUsed(v, used, at)
	if m.posMemo == nil {
		m.posMemo = make(map[posKey]memo)
	}
	m.posMemo[key] = memo{src: src, ok: ok}
	return src, ok
}

// apart reports whether no path runs from p to u or from u to p within
// one function: one of them is in a block that ends in a return or a
// panic, which the other follows.
func (ev *Evidence) apart(p, u token.Pos) bool {
	return ev.endsBefore(p, u) || ev.endsBefore(u, p)
}

// endsBefore reports whether a is inside a block that does not hold b,
// ends in a return or panic, and ends before b.
func (ev *Evidence) endsBefore(a, b token.Pos) bool {
	path := castutil.Enclosing(ev.files, a)
	for _, n := range path {
		switch n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		}
		list, ok := stmtList(n)
		if !ok {
			continue
		}
		if n.Pos() <= b && b < n.End() {
			return false // the first block holding both: no exit between them
		}
		if b >= n.End() && len(list) > 0 && terminates(list[len(list)-1]) {
			return true
		}
	}
	return false
}

// otherOption reports whether p and u lie in different arms of a branch on
// a name (see namesOption), with v declared inside the innermost loop
// around it, if any: the arm says what kind of value v holds on each turn.
// gosnowflake's parseDSNParams decodes every key=value option into one
// value, and the arm for "token" stores it as the token; the redirect
// URI, provider name and token file path the other arms quote are none.
// Declared outside the loop, v may keep on a later turn what one arm used.
func (ev *Evidence) otherOption(v *types.Var, p, u token.Pos) bool {
	path := castutil.Enclosing(ev.files, p)
	for i, n := range path {
		switch n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		}
		if n.Pos() > u || u >= n.End() {
			continue // the first node holding both decides
		}
		var arms []ast.Node
		switch n := n.(type) {
		case *ast.BlockStmt: // a switch's body: its clauses are the arms
			if i+1 >= len(path) {
				return false
			}
			if sw, ok := path[i+1].(*ast.SwitchStmt); !ok || !ev.namesOption(sw) {
				return false
			}
			for _, c := range n.List {
				arms = append(arms, c)
			}
		case *ast.IfStmt:
			if !ev.namesOption(n) {
				return false
			}
			arms = []ast.Node{n.Body, n.Else}
		default:
			return false
		}
		armOf := func(pos token.Pos) int {
			for k, a := range arms {
				if a != nil && a.Pos() <= pos && pos < a.End() {
					return k
				}
			}
			return -1
		}
		if a, b := armOf(p), armOf(u); a < 0 || b < 0 || a == b {
			return false
		}
		for _, m := range path[i+1:] {
			switch m.(type) {
			case *ast.ForStmt, *ast.RangeStmt:
				return m.Pos() <= v.Pos() && v.Pos() < m.End() // a new v each turn
			case *ast.FuncDecl, *ast.FuncLit:
				return true
			}
		}
		return true
	}
	return false
}

// namesOption reports whether n branches on what a name equals: a switch
// with a tag and constant cases (switch param[0] { case "token": … }), or
// an if whose condition compares something with a constant (key ==
// "token"). Its arms handle different options.
func (ev *Evidence) namesOption(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.SwitchStmt:
		if n.Tag == nil {
			return false
		}
		for _, c := range n.Body.List {
			for _, e := range c.(*ast.CaseClause).List {
				if tv, ok := ev.info.Types[e]; !ok || tv.Value == nil {
					return false
				}
			}
		}
		return true
	case *ast.IfStmt:
		b, ok := ast.Unparen(n.Cond).(*ast.BinaryExpr)
		if !ok || b.Op != token.EQL && b.Op != token.NEQ {
			return false
		}
		x, y := ev.info.Types[b.X], ev.info.Types[b.Y]
		return x.Value == nil && y.Value != nil && y.Value.Kind() == constant.String ||
			y.Value == nil && x.Value != nil && x.Value.Kind() == constant.String
	}
	return false
}

// terminates reports whether s leaves the function: a return or a panic.
func terminates(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.ExprStmt:
		if call, ok := s.X.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

// userClearedAt reports whether the URL v has its user info cleared
// before pos: an earlier statement of a block enclosing pos, in the same
// function, sets v.User = nil or url.User(name), and nothing between
// assigns v or v.User again (mailpit's rspamd.SetService keeps the
// password, sets u.User = nil and returns u.String()).
func (ev *Evidence) userClearedAt(v *types.Var, pos token.Pos) bool {
	if !castutil.IsNamed(v.Type(), "net/url", "URL") {
		return false
	}
	return ev.setBefore(pos, func(st ast.Stmt) (set, reset bool) {
		if as, ok := st.(*ast.AssignStmt); ok && ev.clearsUser(as, v) {
			return true, true
		}
		return false, ev.assignsURL(st, v)
	})
}

// setBefore reports whether, in a block enclosing pos in the same function,
// an earlier statement sets what pos reads and no statement between resets
// it: step tells for each statement whether it sets (set) and whether it
// ends an earlier set (reset; a set is a reset too).
func (ev *Evidence) setBefore(pos token.Pos, step func(ast.Stmt) (set, reset bool)) bool {
	path := castutil.Enclosing(ev.files, pos)
	for k, n := range path {
		switch n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		}
		block, ok := n.(*ast.BlockStmt)
		if !ok || k == 0 {
			continue
		}
		isSet := false
		for _, st := range block.List {
			if st == path[k-1] {
				break
			}
			if set, reset := step(st); reset {
				isSet = set
			}
		}
		if isSet {
			return true
		}
	}
	return false
}

// assignsURL reports whether st assigns v or v.User.
func (ev *Evidence) assignsURL(st ast.Stmt, v *types.Var) bool {
	return ev.assignsIn(st, func(l ast.Expr) bool {
		if sel, ok := l.(*ast.SelectorExpr); ok && sel.Sel.Name == "User" {
			l = sel.X
		}
		return ev.names(l, v)
	})
}

// assignsIn reports whether an assignment inside st has a left-hand side
// (unparenthesised) that is.
func (ev *Evidence) assignsIn(st ast.Stmt, is func(ast.Expr) bool) bool {
	found := false
	ast.Inspect(st, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				if is(ast.Unparen(l)) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// clearsUser reports whether as is v.User = nil or v.User = url.User(name).
func (ev *Evidence) clearsUser(as *ast.AssignStmt, v *types.Var) bool {
	if as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return false
	}
	sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "User" || !ev.names(sel.X, v) {
		return false
	}
	switch r := ast.Unparen(as.Rhs[0]).(type) {
	case *ast.Ident:
		return ev.info.Types[r].IsNil()
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(ev.info, r).(*types.Func)
		return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "net/url" && fn.Name() == "User"
	}
	return false
}

// posKey keys apartVar's answers.
type posKey struct {
	v         *types.Var
	at        token.Pos
	used      bool
	wholeOnly bool
	resultOf  *types.Func
}
