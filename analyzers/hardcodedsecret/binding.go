package hardcodedsecret

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/credential"
)

// A binding is what a literal is bound to: the name that gives a rule its
// credential context.
type binding struct {
	name string // variable, field, map key, header or parameter; "" if none
	skip bool   // import path or struct tag: never a secret
}

// line renders the literal for the rules as gitleaks sees a config line.
// The name goes in only when it says the value is a credential, so context
// rules (UUID keys, generic-api-key) fire on `apiKey = "…"` but not on
// `cacheKey = "…"` or an enum constant.
func (b binding) line(val string) string {
	ctx := "value"
	if b.name != "" && (credential.ClassifyName(b.name) == credential.Secret || credential.IsCredentialHeader(b.name)) {
		ctx = b.name
	}
	return ctx + ` = "` + val + `"`
}

// bindingOf walks up from the literal through parentheses, concatenations
// and conversions to what binds it.
func bindingOf(pass *analysis.Pass, cur inspector.Cursor) binding {
	child := cur
	for p := cur.Parent(); ; child, p = p, p.Parent() {
		switch n := p.Node().(type) {
		case *ast.ParenExpr:
			continue
		case *ast.BinaryExpr:
			switch n.Op {
			case token.ADD:
				continue
			case token.EQL, token.NEQ:
				other := n.X
				if other == child.Node() {
					other = n.Y
				}
				return binding{name: exprName(pass, other)}
			}
		case *ast.CallExpr:
			if tv, ok := pass.TypesInfo.Types[n.Fun]; ok && tv.IsType() {
				continue // []byte("…"), Token("…")
			}
			return callBinding(pass, n, child.Node())
		case *ast.ImportSpec:
			return binding{skip: true}
		case *ast.Field:
			return binding{skip: n.Tag == child.Node()}
		case *ast.ValueSpec:
			return specBinding(pass, n, child.Node())
		case *ast.AssignStmt:
			for i, rhs := range n.Rhs {
				if rhs == child.Node() && i < len(n.Lhs) {
					return binding{name: exprName(pass, n.Lhs[i])}
				}
			}
		case *ast.KeyValueExpr:
			if n.Value == child.Node() {
				return binding{name: exprName(pass, n.Key)}
			}
		case *ast.ReturnStmt:
			return returnBinding(p)
		}
		return binding{}
	}
}

// specBinding names the literal after its variable or constant, except for
// typed enum constants (const TokenTypeCard TokenType = "card"): the
// name of an enum member says what the value means, not that it is secret.
func specBinding(pass *analysis.Pass, spec *ast.ValueSpec, lit ast.Node) binding {
	for i, v := range spec.Values {
		if v != lit || i >= len(spec.Names) {
			continue
		}
		id := spec.Names[i]
		if c, ok := pass.TypesInfo.Defs[id].(*types.Const); ok {
			if named, ok := types.Unalias(c.Type()).(*types.Named); ok && credential.ClassifyName(named.Obj().Name()) != credential.Secret {
				return binding{}
			}
		}
		return binding{name: id.Name}
	}
	return binding{}
}

// callBinding names a literal argument: the header name of a two-argument
// setter (Header.Set("X-Api-Key", "…"), req.SetHeader), else the callee's
// parameter name (NewClient(apiKey string)).
func callBinding(pass *analysis.Pass, call *ast.CallExpr, arg ast.Node) binding {
	idx := -1
	for i, a := range call.Args {
		if a == arg {
			idx = i
		}
	}
	if idx < 0 {
		return binding{}
	}
	if idx == 1 && len(call.Args) == 2 {
		if key, ok := constString(pass, call.Args[0]); ok && isSetter(call) {
			return binding{name: key}
		}
	}
	sig, ok := types.Unalias(pass.TypesInfo.TypeOf(call.Fun)).(*types.Signature)
	if !ok || sig.Params().Len() == 0 {
		return binding{}
	}
	if idx >= sig.Params().Len() {
		idx = sig.Params().Len() - 1
	}
	return binding{name: sig.Params().At(idx).Name()}
}

func isSetter(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	name := strings.ToLower(sel.Sel.Name)
	return strings.HasPrefix(name, "set") || strings.HasPrefix(name, "add") || name == "header" || name == "with"
}

func returnBinding(ret inspector.Cursor) binding {
	for c := ret.Parent(); c.Node() != nil; c = c.Parent() {
		switch fn := c.Node().(type) {
		case *ast.FuncLit:
			return binding{}
		case *ast.FuncDecl:
			if res := fn.Type.Results; res != nil && len(res.List) == 1 && len(res.List[0].Names) == 1 {
				return binding{name: res.List[0].Names[0].Name}
			}
			return binding{name: fn.Name.Name}
		}
	}
	return binding{}
}

// exprName is the name an expression stores to or is read from: x, s.Field,
// m["key"], or the value of a string constant used as a key.
func exprName(pass *analysis.Pass, e ast.Expr) string {
	if s, ok := constString(pass, e); ok {
		return s
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.StarExpr:
		return exprName(pass, e.X)
	case *ast.IndexExpr:
		if s, ok := constString(pass, e.Index); ok {
			return s
		}
		return exprName(pass, e.X)
	}
	return ""
}

func constString(pass *analysis.Pass, e ast.Expr) (string, bool) {
	return astutil.ConstString(pass.TypesInfo, e)
}
