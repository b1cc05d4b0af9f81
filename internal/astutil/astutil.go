// Package astutil holds the small type and syntax questions every credlint
// package asks: what constant string an expression is, what name it is
// read from, whether a type is a given named type, which nodes enclose a
// position.
package astutil

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"path"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
)

// ConstString returns the value of a constant string expression.
func ConstString(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// IsString reports whether t is a string type (or a named one); nil is not.
func IsString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// IsNamed reports whether t, or what t points to, is the named type
// pkg.name (pkg is an import path).
func IsNamed(t types.Type, pkg, name string) bool {
	n := NamedOf(t)
	return n != nil && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// FieldOf reports whether sel reads a field of the named type pkg.name,
// directly or promoted through embedded fields: resp.Header of a
// struct{ *http.Response } is http.Response's Header.
func FieldOf(info *types.Info, sel *ast.SelectorExpr, pkg, name string) bool {
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return false
	}
	t := s.Recv()
	idx := s.Index()
	for _, i := range idx[:len(idx)-1] {
		n := NamedOf(t)
		var st *types.Struct
		if n != nil {
			st, _ = n.Underlying().(*types.Struct)
		} else if p, ok := types.Unalias(t).(*types.Pointer); ok {
			st, _ = p.Elem().Underlying().(*types.Struct)
		} else {
			st, _ = t.Underlying().(*types.Struct)
		}
		if st == nil || i >= st.NumFields() {
			return false
		}
		t = st.Field(i).Type()
	}
	return IsNamed(t, pkg, name)
}

// NamedOf returns the named type t is or points to, or nil.
func NamedOf(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

// Name is the name a variable or field expression reads: x for x, Field
// for s.Field; "" for anything else.
func Name(e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	}
	return ""
}

// FileOf returns the file of files that holds pos, or nil.
func FileOf(files []*ast.File, pos token.Pos) *ast.File {
	for _, f := range files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// Enclosing returns the nodes of files that enclose pos, innermost first
// and its file last; nil when no file holds pos.
func Enclosing(files []*ast.File, pos token.Pos) []ast.Node {
	return enclosing(files, pos, pos)
}

// PathTo returns the path from n up to its file: n, its parent, and so on;
// nil when n is not in files.
func PathTo(files []*ast.File, n ast.Node) []ast.Node {
	path := enclosing(files, n.Pos(), n.End())
	if k := slices.Index(path, n); k >= 0 {
		return path[k:]
	}
	return nil
}

// enclosing returns the nodes of files that enclose the interval [start,
// end), innermost first, as astutil.PathEnclosingInterval finds them in
// the file that holds start (an empty interval stands for the character at
// start); nil when no file holds start.
func enclosing(files []*ast.File, start, end token.Pos) []ast.Node {
	file := FileOf(files, start)
	if file == nil {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(file, start, end)
	return path
}

// Mentions reports whether n uses obj.
func Mentions(info *types.Info, n ast.Node, obj types.Object) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == obj {
			found = true
		}
		return !found
	})
	return found
}

// IdentExprs returns ids as expressions, the left-hand side a ValueSpec
// (var a, b = …) has in an assignment's terms.
func IdentExprs(ids []*ast.Ident) []ast.Expr {
	exprs := make([]ast.Expr, len(ids))
	for i, id := range ids {
		exprs[i] = id
	}
	return exprs
}

// Fields yields the key: value elements of a composite literal whose key
// is an identifier (a struct field's name), with that key.
func Fields(lit *ast.CompositeLit) iter.Seq2[*ast.Ident, *ast.KeyValueExpr] {
	return func(yield func(*ast.Ident, *ast.KeyValueExpr) bool) {
		for _, e := range lit.Elts {
			kv, ok := e.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if k, ok := kv.Key.(*ast.Ident); ok && !yield(k, kv) {
				return
			}
		}
	}
}

// Field returns the value a struct literal gives the field named name, or
// nil.
func Field(lit *ast.CompositeLit, name string) ast.Expr {
	for k, kv := range Fields(lit) {
		if k.Name == name {
			return kv.Value
		}
	}
	return nil
}

// VarOperand returns the variable e names, or whose address it takes (b
// or &b, a writer operand), or nil for anything else.
func VarOperand(info *types.Info, e ast.Expr) *types.Var {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.ObjectOf(id).(*types.Var)
	return v
}

// Assignments calls yield with each variable of body set by an assignment
// or a var declaration with values, the expression it is set from, and
// its place among that expression's results: 0 when each variable has an
// expression of its own, i for the i-th result of a call or a comma-ok
// form (the err of token, err := f() is 1). It stops when yield returns
// false.
func Assignments(body *ast.BlockStmt, yield func(lhs *ast.Ident, rhs ast.Expr, at int) bool) {
	more := true
	each := func(lhs []ast.Expr, rhs []ast.Expr) {
		for i, l := range lhs {
			id, ok := l.(*ast.Ident)
			if !ok || len(rhs) == 0 || !more {
				continue
			}
			if len(rhs) == len(lhs) {
				more = yield(id, rhs[i], 0)
			} else {
				more = yield(id, rhs[0], i)
			}
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			each(n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			each(IdentExprs(n.Names), n.Values)
		}
		return more
	})
}

// Words lowercases name and splits it at case changes, digits and
// punctuation: "XAPIKey" -> xapi key, "SURESEND_API_TOKEN" -> suresend
// api token, "debugLogf" -> debug logf.
func Words(name string) []string {
	var words []string
	runes := []rune(name)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, strings.ToLower(string(runes[start:end])))
		}
		start = -1
	}
	for i, r := range runes {
		if !unicode.IsLetter(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		if unicode.IsUpper(r) {
			prevLower := unicode.IsLower(runes[i-1])
			nextLower := i+1 < len(runes) && unicode.IsLower(runes[i+1])
			if prevLower || (unicode.IsUpper(runes[i-1]) && nextLower) {
				flush(i)
				start = i
			}
		}
	}
	flush(len(runes))
	return words
}

// CalleeName is the callee as written at the call (log.Printf, t.Logf,
// c.log.Info) or, inside call chains and index expressions, where the
// written form could quote whole arguments (benthos's
// NewConfigSpec().Summary(`…`).Example), fn's type-qualified name
// ((*Event).Str, fmt.Sprintf). fn may be nil when the callee is unknown:
// the name selected, else "a function value".
func CalleeName(call *ast.CallExpr, fn *types.Func) string {
	if s := types.ExprString(call.Fun); !strings.ContainsAny(s, "()[]") {
		return s
	}
	if fn == nil {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return sel.Sel.Name
		}
		return "a function value"
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		if fn.Pkg() == nil {
			return fn.Name()
		}
		return fn.Pkg().Name() + "." + fn.Name()
	}
	t := recv.Type()
	ptr := ""
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		ptr, t = "*", p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return "(" + ptr + n.Obj().Name() + ")." + fn.Name()
	}
	return fn.Name()
}

// ImportName is the name a package at import path p usually has: its last
// element, or the one before a major version suffix (math/rand/v2 is rand,
// github.com/caarlos0/log/v2 is log). No regexp: every vet process would
// compile it at start-up.
func ImportName(p string) string {
	dir, base := path.Split(p)
	if majorVersion(base) && dir != "" {
		return path.Base(dir)
	}
	return base
}

// majorVersion reports whether s is v followed by digits (v2).
func majorVersion(s string) bool {
	if len(s) < 2 || s[0] != 'v' {
		return false
	}
	return strings.Trim(s[1:], "0123456789") == ""
}

// IllTyped reports whether the pass's package has type errors, so that its
// type information may have holes. The analyzers that export facts run
// despite errors (RunDespiteErrors) and return at once here: a package
// that does not type-check then exports no facts, instead of failing its
// action and, with it, the analysis of every package that imports it.
func IllTyped(pass *analysis.Pass) bool { return len(pass.TypeErrors) > 0 }
