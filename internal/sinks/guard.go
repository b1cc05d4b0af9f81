package sinks

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
)

// guards returns what the conditions decl tests on the way to call, a
// sink call in its body, say of fn's parameters; one walk up the path to
// call serves both answers.
//
// empty is the index of a string parameter that must be empty for call
// to run: the call sits under `if p == "" {…}`, or after
// `if p != "" { …; return }` in its block or an enclosing one (pgx's
// uriDecode quotes its raw input only when no secret name is given: a
// closure that first returns a message naming the secret); the innermost
// such test decides. -1 when there is none, or when the body assigns p.
//
// rejected are the parameters whose own shape decl finds wrong on the way
// to call, which then sits on the branch that turns the value away: under
// `if len(p) != n`, `if !strings.HasPrefix(p, x)`,
// `if _, _, ok := strings.Cut(p, x); !ok`, `if len(strings.SplitN(p, x, 2)) != 2`,
// or after `if len(p) == n { …; return }`. pion/srtp v3.0.10's
// createCipher formats masterKey into its error only when
// len(masterKey) != the profile's key length: a caller passing a key the
// function takes never has it printed. Parameters decl assigns are left
// out. computed[j] says a test that rejects parameter j compares its
// length with a value decl computes (the profile's key length), not a
// constant (see WrapperFact.Computed).
func (f *finder) guards(decl *ast.FuncDecl, fn *types.Func, call *ast.CallExpr) (empty int, rejected, computed []bool) {
	params := fn.Signature().Params()
	empty = -1
	var comp []int
	f.conditions(call, func(cond ast.Expr, holds bool) {
		if empty < 0 {
			op := token.EQL
			if !holds {
				op = token.NEQ
			}
			if j := f.emptyTest(cond, params, op); j >= 0 && !f.assigned(decl, params.At(j)) {
				empty = j
			}
		}
		for _, j := range f.rejects(decl, cond, params, holds, &comp) {
			if !f.assigned(decl, params.At(j)) {
				if rejected == nil {
					rejected, computed = make([]bool, params.Len()), make([]bool, params.Len())
				}
				rejected[j] = true
				computed[j] = computed[j] || slices.Contains(comp, j)
			}
		}
	})
	return empty, rejected, computed
}

// conditions calls visit with each condition that the function
// declaration holding n tests on the way to n and whose outcome there is
// known: holds for an if's body, not for its else or for the statements
// after `if cond { …; return }` in a block. Innermost first.
func (f *finder) conditions(n ast.Node, visit func(cond ast.Expr, holds bool)) {
	path := astutil.PathTo(f.files, n)
	for k := 1; k < len(path); k++ {
		switch n := path[k].(type) {
		case *ast.IfStmt:
			switch path[k-1] {
			case n.Body:
				visit(n.Cond, true)
			case n.Else:
				visit(n.Cond, false)
			}
		case *ast.BlockStmt:
			for _, st := range n.List {
				if st.Pos() >= path[k-1].Pos() {
					break
				}
				is, ok := st.(*ast.IfStmt)
				if !ok || is.Else != nil || len(is.Body.List) == 0 {
					continue
				}
				if _, ret := is.Body.List[len(is.Body.List)-1].(*ast.ReturnStmt); ret {
					visit(is.Cond, false)
				}
			}
		case *ast.FuncDecl:
			return
		}
	}
}

// emptyTest returns the index of the string parameter that cond compares
// with "" by op (p == "" for EQL, p != "" for NEQ), or -1.
func (f *finder) emptyTest(cond ast.Expr, params *types.Tuple, op token.Token) int {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != op {
		return -1
	}
	x, y := b.X, b.Y
	if s, ok := astutil.ConstString(f.info, x); ok && s == "" {
		x, y = y, x
	}
	if s, ok := astutil.ConstString(f.info, y); !ok || s != "" {
		return -1
	}
	return f.param(x, params)
}

// assigned reports whether decl's body assigns v or takes its address.
func (f *finder) assigned(decl *ast.FuncDecl, v *types.Var) bool {
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && f.info.ObjectOf(id) == v {
					found = true
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && f.info.Uses[id] == v {
				found = true
			}
		}
		return !found
	})
	return found
}

// rejects returns the parameters whose shape cond, holding or failing as
// holds says, finds wrong, and adds to computed those whose length it
// compares with a value that is not constant.
func (f *finder) rejects(decl *ast.FuncDecl, cond ast.Expr, params *types.Tuple, holds bool, computed *[]int) []int {
	switch e := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return f.rejects(decl, e.X, params, !holds, computed)
		}
	case *ast.BinaryExpr:
		if e.Op == token.LAND || e.Op == token.LOR {
			x, y := f.rejects(decl, e.X, params, holds, computed), f.rejects(decl, e.Y, params, holds, computed)
			if (e.Op == token.LAND) == holds {
				return append(x, y...) // both hold, or both fail
			}
			var both []int // either may be the one that decided
			for _, j := range x {
				if slices.Contains(y, j) {
					both = append(both, j)
				}
			}
			return both
		}
		if j, exact := f.rejectsCount(decl, e, params, holds); j >= 0 {
			if !exact {
				*computed = append(*computed, j)
			}
			return []int{j}
		}
	case *ast.CallExpr, *ast.Ident:
		if j := f.accepts(decl, e, params); j >= 0 && !holds {
			return []int{j}
		}
	}
	return nil
}

// A count is what a comparison can measure of a parameter's shape.
type count int

const (
	noCount count = iota
	length        // len(p)
	parts         // len(strings.Split(p, sep)), and SplitN, Fields
	index         // strings.Index(p, sep), and IndexByte, IndexRune
)

// rejectsCount returns the parameter that the comparison e, holding or
// failing as holds says, finds of the wrong length, split into the wrong
// number of parts, or without a separator; or -1. exact is false for a
// length compared with a value that is not constant.
func (f *finder) rejectsCount(decl *ast.FuncDecl, e *ast.BinaryExpr, params *types.Tuple, holds bool) (j int, exact bool) {
	op, other := e.Op, e.Y
	kind, j := f.countOf(decl, e.X, params)
	if kind == noCount {
		kind, j = f.countOf(decl, e.Y, params)
		op, other = mirror[op], e.X
	}
	if kind == noCount {
		return -1, false
	}
	if !holds {
		op = negate[op]
	}
	tv := f.info.Types[other]
	n := int64(0)
	if tv.Value != nil && tv.Value.Kind() == constant.Int {
		n, exact = constant.Int64Val(tv.Value)
	}
	nonZero := !exact || n != 0
	var wrong bool
	switch kind {
	case length:
		// An exact length (a key built for the function has it); or
		// empty. A threshold is no such test: a password too short for
		// a rule is still the password its user typed.
		wrong = op == token.NEQ && nonZero || op == token.EQL && !nonZero
	case parts:
		// Fewer parts than the separators asked for.
		wrong = op == token.NEQ && nonZero || op == token.LSS || (op == token.EQL || op == token.LEQ) && exact && n <= 1
	case index:
		wrong = exact && (op == token.LSS && n == 0 || (op == token.EQL || op == token.LEQ) && n == -1)
	}
	if !wrong {
		return -1, false
	}
	return j, exact || kind != length
}

var (
	mirror = map[token.Token]token.Token{token.EQL: token.EQL, token.NEQ: token.NEQ,
		token.LSS: token.GTR, token.GTR: token.LSS, token.LEQ: token.GEQ, token.GEQ: token.LEQ}
	negate = map[token.Token]token.Token{token.EQL: token.NEQ, token.NEQ: token.EQL,
		token.LSS: token.GEQ, token.GEQ: token.LSS, token.GTR: token.LEQ, token.LEQ: token.GTR}
)

// countOf says what e counts of a parameter, and which: len(p),
// len(strings.SplitN(p, " ", 2)), strings.Index(p, ":"), or a variable
// defined once as one of them or as the slice the split returns
// (n := len(p); parts := strings.Split(p, ":") then len(parts)).
func (f *finder) countOf(decl *ast.FuncDecl, e ast.Expr, params *types.Tuple) (count, int) {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		d, _ := f.definition(decl, id)
		if d == nil {
			return noCount, -1
		}
		e = ast.Unparen(d)
	}
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return noCount, -1
	}
	if fun, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && f.info.Uses[fun] == types.Universe.Lookup("len") {
		a := ast.Unparen(call.Args[0])
		if id, ok := a.(*ast.Ident); ok {
			if d, _ := f.definition(decl, id); d != nil {
				a = d
			}
		}
		if j := f.param(a, params); j >= 0 {
			return length, j
		}
		if c, ok := ast.Unparen(a).(*ast.CallExpr); ok && len(c.Args) > 0 && stringsFunc(f.info, c, "Split", "SplitN", "SplitAfter", "SplitAfterN", "Fields") {
			if j := f.param(c.Args[0], params); j >= 0 {
				return parts, j
			}
		}
		return noCount, -1
	}
	if stringsFunc(f.info, call, "Index", "IndexByte", "IndexRune", "IndexAny") {
		if j := f.param(call.Args[0], params); j >= 0 {
			return index, j
		}
	}
	return noCount, -1
}

// accepts returns the parameter whose shape e, when true, accepts:
// strings.HasPrefix(p, x), Contains, a regexp match of p, utf8.Valid(p),
// or the ok of a strings.Cut, CutPrefix or CutSuffix of p; or -1.
func (f *finder) accepts(decl *ast.FuncDecl, e ast.Expr, params *types.Tuple) int {
	if id, ok := e.(*ast.Ident); ok {
		d, i := f.definition(decl, id)
		c, ok := ast.Unparen(d).(*ast.CallExpr)
		if !ok || len(c.Args) == 0 {
			return -1
		}
		if i == 2 && stringsFunc(f.info, c, "Cut") || i == 1 && stringsFunc(f.info, c, "CutPrefix", "CutSuffix") {
			return f.param(c.Args[0], params)
		}
		return -1
	}
	call := e.(*ast.CallExpr)
	fn, ok := typeutil.Callee(f.info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || len(call.Args) == 0 {
		return -1
	}
	arg := call.Args[0]
	switch path, name := fn.Pkg().Path(), fn.Name(); {
	case stringsFunc(f.info, call, "HasPrefix", "HasSuffix", "Contains", "ContainsAny", "ContainsRune", "ContainsFunc"):
	case path == "unicode/utf8" && (name == "Valid" || name == "ValidString"):
	case path == "regexp" && (name == "MatchString" || name == "Match"):
		if fn.Signature().Recv() == nil {
			if len(call.Args) < 2 {
				return -1
			}
			arg = call.Args[1] // regexp.MatchString(pattern, p)
		}
	default:
		return -1
	}
	return f.param(arg, params)
}

// stringsFunc reports whether call calls one of the named functions of
// strings or bytes.
func stringsFunc(info *types.Info, call *ast.CallExpr, names ...string) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return false
	}
	path := fn.Pkg().Path()
	return (path == "strings" || path == "bytes") && slices.Contains(names, fn.Name())
}

// param returns the index of the parameter e is, possibly converted
// (string(p)), or -1.
func (f *finder) param(e ast.Expr, params *types.Tuple) int {
	e = ast.Unparen(e)
	if c, ok := e.(*ast.CallExpr); ok && len(c.Args) == 1 {
		if tv, ok := f.info.Types[c.Fun]; ok && tv.IsType() {
			e = ast.Unparen(c.Args[0])
		}
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return -1
	}
	obj := f.info.Uses[id]
	for i := range params.Len() {
		if params.At(i) == obj {
			return i
		}
	}
	return -1
}

// definition returns the value that the only assignment in decl of the
// local variable id gives it, and the variable's place among that value's
// results (2 for ok in `before, after, ok := strings.Cut(s, sep)`); nil
// when it is set more than once, incremented, declared without a value
// and set later, or its address is taken.
func (f *finder) definition(decl *ast.FuncDecl, id *ast.Ident) (ast.Expr, int) {
	v, ok := f.info.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Pos() < decl.Pos() || v.Pos() > decl.End() {
		return nil, 0
	}
	var val ast.Expr
	at, n := 0, 0
	astutil.Assignments(decl.Body, func(lhs *ast.Ident, rhs ast.Expr, i int) bool {
		if f.info.ObjectOf(lhs) == v {
			val, at = rhs, i
			n++
		}
		return n < 2
	})
	if n != 1 {
		return nil, 0
	}
	ast.Inspect(decl.Body, func(m ast.Node) bool {
		var x ast.Expr
		switch m := m.(type) {
		case *ast.IncDecStmt:
			x = m.X
		case *ast.UnaryExpr:
			if m.Op == token.AND {
				x = m.X
			}
		case *ast.ValueSpec:
			if len(m.Values) == 0 && slices.ContainsFunc(m.Names, func(nm *ast.Ident) bool { return f.info.Defs[nm] == v }) {
				val = nil
			}
		}
		if id, ok := ast.Unparen(x).(*ast.Ident); ok && f.info.Uses[id] == v {
			val = nil
		}
		return val != nil
	})
	return val, at
}

// zeroAt reports whether parameter v provably holds its zero value at
// call: the call sits under `if v == zero` (or after `if v != zero {…;
// return}`), zero being nil, a zero constant or a variable decl declares
// without a value (var zero T), and decl never assigns v. ferretdb's
// must.NotBeZero(v) panics with %#v only when v is zero: it prints no
// credential.
func (f *finder) zeroAt(decl *ast.FuncDecl, call *ast.CallExpr, v *types.Var) bool {
	zero := false
	f.conditions(call, func(cond ast.Expr, holds bool) {
		b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
		if zero || !ok || !(holds && b.Op == token.EQL || !holds && b.Op == token.NEQ) {
			return
		}
		x, y := b.X, b.Y
		if !isObj(f.info, x, v) {
			x, y = y, x
		}
		zero = isObj(f.info, x, v) && f.zeroValue(decl, y)
	})
	return zero && !f.assigned(decl, v)
}

// zeroValue reports whether e is nil, a zero constant or a variable decl
// declares without a value and never assigns.
func (f *finder) zeroValue(decl *ast.FuncDecl, e ast.Expr) bool {
	tv, ok := f.info.Types[e]
	if ok && tv.IsNil() {
		return true
	}
	if ok && tv.Value != nil {
		switch tv.Value.Kind() {
		case constant.String:
			return constant.StringVal(tv.Value) == ""
		case constant.Int, constant.Float:
			return constant.Sign(tv.Value) == 0
		case constant.Bool:
			return !constant.BoolVal(tv.Value)
		}
		return false
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	z, ok := f.info.Uses[id].(*types.Var)
	if !ok || z.Parent() == nil || f.assigned(decl, z) {
		return false
	}
	declared := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if vs, ok := n.(*ast.ValueSpec); ok && len(vs.Values) == 0 {
			for _, name := range vs.Names {
				declared = declared || f.info.Defs[name] == z
			}
		}
		return !declared
	})
	return declared
}

func isObj(info *types.Info, e ast.Expr, v *types.Var) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && info.Uses[id] == v
}
