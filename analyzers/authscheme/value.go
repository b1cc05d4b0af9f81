package authscheme

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/credential"
	"github.com/credlint/credlint/internal/httpreq"
)

// A lead is how an Authorization value starts: the constant text before
// its first non-constant piece, and where that text is written.
type lead struct {
	text string
	// lit is the one string literal the text is the start of, when it is;
	// a fix rewrites it. nil when the text comes from several pieces.
	lit *ast.BasicLit
	// rest is the first non-constant piece after the text; nil when the
	// whole value is constant.
	rest ast.Expr
	// plus is the `lit + rest` expression when lit and rest are its two
	// operands, so that a fix can drop the literal and the plus.
	plus *ast.BinaryExpr
}

// leadOf reads the start of a string value: constants, concatenations,
// fmt.Sprintf formats, and local variables assigned once.
func leadOf(info *types.Info, res *httpreq.Result, e ast.Expr, depth int) lead {
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		l := lead{text: constant.StringVal(tv.Value)}
		l.lit, _ = e.(*ast.BasicLit)
		return l
	}
	if depth > 3 {
		return lead{rest: e}
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			break
		}
		x := leadOf(info, res, e.X, depth+1)
		if x.rest != nil {
			return x // the rest of the sum comes after a non-constant piece
		}
		y := leadOf(info, res, e.Y, depth+1)
		l := lead{text: x.text + y.text, rest: y.rest}
		if y.text == "" && x.lit != nil {
			l.lit = x.lit
			if y.rest == ast.Unparen(e.Y) {
				l.plus = e
			}
		}
		return l
	case *ast.CallExpr:
		if l, ok := sprintfLead(info, e); ok {
			return l
		}
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			if l := leadOf(info, res, e.Args[0], depth+1); l.text != "" {
				return l // string(b): the conversion keeps the text
			}
		}
	case *ast.Ident:
		if v, ok := info.Uses[e].(*types.Var); ok && !v.IsField() && v.Parent() != nil && v.Parent() != v.Pkg().Scope() {
			if vals := res.Values(v); len(vals) == 1 {
				if l := leadOf(info, res, vals[0], depth+1); l.text != "" || l.rest != nil {
					return l
				}
			}
		}
	}
	return lead{rest: e}
}

// carriesScheme reports whether e is a variable or field every value of
// which the package builds as "<scheme> <token>": "Bearer " + tok,
// fmt.Sprintf("%s %s", token.TokenType, token.AccessToken) (softlayer-go's
// IAMToken). Sent as the whole Authorization value, it has its scheme. An
// empty constant (a reset) does not count; a value built otherwise, or
// none in the package, leaves the name to judge.
func carriesScheme(info *types.Info, res *httpreq.Result, e ast.Expr) bool {
	id := identOf(e)
	if id == nil {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	built := false
	for _, val := range res.Values(v) {
		if s, ok := res.ConstString(val); ok && s == "" {
			continue
		}
		if !schemeFirst(info, res, val) {
			return false
		}
		built = true
	}
	return built
}

// schemeFirst reports whether a string value starts with a scheme and a
// space: a constant lead ("Bearer " + tok), or a value named for a scheme
// and then a space (tokenType + " " + tok, fmt.Sprintf("%s %s", tokenType,
// tok)).
func schemeFirst(info *types.Info, res *httpreq.Result, e ast.Expr) bool {
	l := leadOf(info, res, e, 0)
	if scheme, _, ok := strings.Cut(l.text, " "); ok {
		return scheme != ""
	}
	if l.text != "" || l.rest == nil || !credential.IsSchemeName(astutil.Name(l.rest)) {
		return false
	}
	// The scheme name leads; a space must follow it.
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		tv := info.Types[e.Args[0]]
		return strings.HasPrefix(constant.StringVal(tv.Value)[2:], " ") // sprintfLead checked a "%s"/"%v" first
	case *ast.BinaryExpr:
		for x, ok := e.X.(*ast.BinaryExpr); ok && x.Op == token.ADD; x, ok = e.X.(*ast.BinaryExpr) {
			e = x
		}
		s, ok := res.ConstString(e.Y)
		return ok && strings.HasPrefix(s, " ")
	}
	return false
}

// sprintfLead reads fmt.Sprintf("Bearer %s", tok): the text before the
// first verb, and the argument of that verb.
func sprintfLead(info *types.Info, call *ast.CallExpr) (lead, bool) {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.FullName() != "fmt.Sprintf" || len(call.Args) < 2 {
		return lead{}, false
	}
	tv, ok := info.Types[call.Args[0]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return lead{}, false
	}
	format := constant.StringVal(tv.Value)
	i := firstVerb(format)
	if i < 0 || !strings.HasPrefix(format[i:], "%s") && !strings.HasPrefix(format[i:], "%v") {
		return lead{}, false
	}
	l := lead{text: strings.ReplaceAll(format[:i], "%%", "%"), rest: call.Args[1]}
	if lit, ok := ast.Unparen(call.Args[0]).(*ast.BasicLit); ok && !strings.Contains(format[:i], "%%") {
		l.lit = lit
	}
	return l, true
}

// firstVerb returns the index of the first formatting verb, -1 if none.
func firstVerb(format string) int {
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			i++
			continue
		}
		return i
	}
	return -1
}

// litValue returns the value of a string literal.
func litValue(lit *ast.BasicLit) (string, bool) {
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

// quoteLike quotes s as lit is quoted: raw literals stay raw if they can.
func quoteLike(lit *ast.BasicLit, s string) string {
	if strings.HasPrefix(lit.Value, "`") && !strings.Contains(s, "`") {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}
