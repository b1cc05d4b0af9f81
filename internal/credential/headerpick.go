package credential

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
)

// A range over a request's headers may pick one header out of them by its
// name, the value used only where the key matches:
//
//	for k, v := range headers {
//		if strings.EqualFold(headerName, k) {
//			provided = strings.Join(v, ",")
//		}
//	}
//
// The value is then that one header's, a credential only if the name is a
// credential header's (consul-awsauth's validateHeaderValue picks the
// server-ID header every caller names by config.ServerIDHeaderName, and
// quotes a wrong one in its error).

// headerPicks returns the names a range over headers picks its value by:
// every use of the value variable is where a test of the key against one of
// them holds — the body of `if strings.EqualFold(name, k) { … }` (or
// k == name, http.CanonicalHeaderKey(k) == name, one conjunct of an &&)
// with no else that uses it, or what follows `if k != name { continue }`.
// nil when the loop uses the value anywhere else.
func (ev *Evidence) headerPicks(n *ast.RangeStmt) []ast.Expr {
	key, _ := n.Key.(*ast.Ident)
	val, _ := n.Value.(*ast.Ident)
	if key == nil || val == nil {
		return nil
	}
	k, v := ev.info.ObjectOf(key), ev.info.ObjectOf(val)
	if k == nil || v == nil {
		return nil
	}
	var names []ast.Expr
	for _, s := range n.Body.List {
		if ifs, ok := s.(*ast.IfStmt); ok && ifs.Init == nil {
			if name := ev.keyTest(ifs.Cond, k, token.EQL); name != nil && (ifs.Else == nil || !astutil.Mentions(ev.info, ifs.Else, v)) {
				names = append(names, name)
				continue
			}
			if name := ev.keyTest(ifs.Cond, k, token.NEQ); name != nil && ifs.Else == nil && skips(ifs.Body) {
				return append(names, name) // the rest of the body has the picked header
			}
		}
		if astutil.Mentions(ev.info, s, v) {
			return nil
		}
	}
	return names
}

// skips reports whether a block is a lone continue.
func skips(b *ast.BlockStmt) bool {
	if len(b.List) != 1 {
		return false
	}
	br, ok := b.List[0].(*ast.BranchStmt)
	return ok && br.Tok == token.CONTINUE && br.Label == nil
}

// keyTest returns the name cond compares the header key k with, when cond
// holds exactly when (op == token.EQL) or unless (token.NEQ) k is that
// name: k == name, strings.EqualFold(name, k), their negations, a test of
// k's canonical or lower-case form; for EQL also one conjunct of an &&.
func (ev *Evidence) keyTest(cond ast.Expr, k types.Object, op token.Token) ast.Expr {
	switch c := ast.Unparen(cond).(type) {
	case *ast.BinaryExpr:
		if c.Op == token.LAND && op == token.EQL {
			if name := ev.keyTest(c.X, k, op); name != nil {
				return name
			}
			return ev.keyTest(c.Y, k, op)
		}
		if c.Op == op {
			return ev.otherThanKey(c.X, c.Y, k)
		}
	case *ast.UnaryExpr:
		if c.Op == token.NOT && op == token.NEQ {
			return ev.keyTest(c.X, k, token.EQL)
		}
	case *ast.CallExpr:
		if op == token.EQL && isStringsFunc(ev.info, c, "EqualFold") && len(c.Args) == 2 {
			return ev.otherThanKey(c.Args[0], c.Args[1], k)
		}
	}
	return nil
}

// otherThanKey returns whichever of a and b is not the key k (or a
// normalised form of it), when the other is and it does not mention k.
func (ev *Evidence) otherThanKey(a, b ast.Expr, k types.Object) ast.Expr {
	switch {
	case ev.isKey(a, k) && !astutil.Mentions(ev.info, b, k):
		return b
	case ev.isKey(b, k) && !astutil.Mentions(ev.info, a, k):
		return a
	}
	return nil
}

// isKey reports whether e is k, or k canonicalised, lower- or upper-cased
// or trimmed.
func (ev *Evidence) isKey(e ast.Expr, k types.Object) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return ev.info.Uses[x] == k
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(ev.info, x).(*types.Func)
		if fn == nil || fn.Pkg() == nil || len(x.Args) != 1 {
			return false
		}
		switch fn.Pkg().Path() + "." + fn.Name() {
		case "strings.ToLower", "strings.ToUpper", "strings.TrimSpace",
			"net/http.CanonicalHeaderKey", "net/textproto.CanonicalMIMEHeaderKey":
			return ev.isKey(x.Args[0], k)
		}
	}
	return false
}

// pickedCredential reports whether a header picked by the name x (see
// headerPicks) may carry a credential. A constant answers by the header
// names of the model (Authorization, X-Api-Key, Cookie, X-LSW-Auth). A
// variable whose every value the package sees (a local, an unexported
// field or package variable, a parameter of an unexported function: its
// callers' arguments) answers by those values; any other, by its own name
// (ServerIDHeaderName names the server-ID header, AuthHeader a credential
// one). A name that says nothing (name, headerName, key) or a value from
// elsewhere (a call) may be any header: a credential.
func (m *Model) pickedCredential(x ast.Expr, depth int) bool {
	if s, ok := m.constString(x); ok {
		return credentialHeaderLike(s)
	}
	var v *types.Var
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		v, _ = m.info.Uses[x].(*types.Var)
	case *ast.SelectorExpr:
		v, _ = m.info.Uses[x.Sel].(*types.Var)
	}
	if v == nil || depth > 4 {
		return true
	}
	if defs := m.ev.defs[v]; len(defs) > 0 && m.allDefsSeen(v) {
		for _, d := range defs {
			if m.pickedCredential(d, depth+1) {
				return true
			}
		}
		return false
	}
	return namesCredentialHeader(v.Name())
}

// allDefsSeen reports whether every value of v is assigned in the package.
func (m *Model) allDefsSeen(v *types.Var) bool {
	switch {
	case v.Pkg() != m.ev.pkg:
		return false
	case v.IsField() || v.Parent() == v.Pkg().Scope():
		return !v.Exported()
	}
	if fn := m.paramOwner(v); fn != nil {
		return !fn.Exported()
	}
	return true
}

// namesCredentialHeader reports whether a variable of this name, holding a
// header's name, may name a credential header: the name without its
// trailing header or name words is a credential header's (AuthHeader,
// APIKeyHeaderName) or says nothing (headerName, key).
func namesCredentialHeader(name string) bool {
	words := splitWords(name)
	for len(words) > 0 {
		switch words[len(words)-1] {
		case "name", "header", "hdr", "field":
			words = words[:len(words)-1]
			continue
		}
		break
	}
	if len(words) == 0 || len(words) == 1 && (words[0] == "key" || len(words[0]) == 1) {
		return true
	}
	return credentialHeaderLike(strings.Join(words, "-"))
}

// rangedHeader reports whether id is the value variable of a range over a
// request's headers that may hold a credential header's value: all of
// them, or one picked by a name that may be a credential header's.
func (m *Model) rangedHeader(id *ast.Ident) (string, bool) {
	if m.ev == nil {
		return "", false
	}
	obj := m.info.ObjectOf(id)
	if what, ok := m.ev.headerValues[obj]; ok {
		return what, true
	}
	for _, name := range m.ev.headerPicked[obj] {
		if m.pickedCredential(name, 0) {
			if s, ok := m.constString(name); ok {
				return "the " + s + " header", true
			}
			return "the header named by " + ShowExpr(name), true
		}
	}
	return "", false
}
