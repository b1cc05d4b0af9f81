package sinks

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
)

// A URLPart is a piece of text built by + or fmt.Sprintf: constant text
// (Lit) or an operand whose value is not known.
type URLPart struct {
	Text string
	Lit  bool
	Expr ast.Expr
}

// URLParts splits e, text built by + or by fmt.Sprintf with a constant
// format, into its constant text and its operands; nil for anything else
// (a variable, a call of another function, a format it cannot follow).
func URLParts(info *types.Info, e ast.Expr) []URLPart {
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			return ConcatParts(info, x)
		}
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(info, x).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" || fn.Name() != "Sprintf" || len(x.Args) == 0 || x.Ellipsis.IsValid() {
			return nil
		}
		if format, ok := astutil.ConstString(info, x.Args[0]); ok {
			return FormatParts(info, format, x.Args[1:])
		}
	}
	return nil
}

// JoinPathParts splits a call of url.JoinPath(base, elem...) or
// (*url.URL).JoinPath(elem...) into the URL it extends (base, or the
// receiver) and the text it adds, each element after a "/"; ok is false
// for any other call, or elements given as a slice (elem...).
func JoinPathParts(info *types.Info, call *ast.CallExpr) (base ast.Expr, parts []URLPart, ok bool) {
	fn, isFn := typeutil.Callee(info, call).(*types.Func)
	if !isFn || fn.Name() != "JoinPath" || fn.Pkg() == nil || fn.Pkg().Path() != "net/url" || call.Ellipsis.IsValid() {
		return nil, nil, false
	}
	elems := call.Args
	if fn.Signature().Recv() != nil {
		sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !isSel {
			return nil, nil, false
		}
		base = sel.X
	} else if len(elems) > 0 {
		base, elems = elems[0], elems[1:]
	} else {
		return nil, nil, false
	}
	parts = []URLPart{{Expr: base}}
	for _, el := range elems {
		parts = append(parts, URLPart{Text: "/", Lit: true})
		parts = append(parts, ConcatParts(info, el)...)
	}
	return base, parts, true
}

// ConcatParts splits e, text built by +, into its constant text and its
// operands; anything else is one operand.
func ConcatParts(info *types.Info, e ast.Expr) []URLPart {
	e = ast.Unparen(e)
	if s, ok := astutil.ConstString(info, e); ok {
		return []URLPart{{Text: s, Lit: true}}
	}
	if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD {
		return append(ConcatParts(info, b.X), ConcatParts(info, b.Y)...)
	}
	return []URLPart{{Expr: e}}
}

// FormatParts puts the operands args of a printf format in place of its
// verbs; nil for a format it cannot follow (explicit argument indexes, *
// widths, fewer operands than verbs).
func FormatParts(info *types.Info, format string, args []ast.Expr) []URLPart {
	var parts []URLPart
	var lit strings.Builder
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			lit.WriteByte(format[i])
			continue
		}
		for i++; i < len(format) && strings.IndexByte("+-# 0123456789.", format[i]) >= 0; i++ {
		}
		switch {
		case i == len(format):
			return append(parts, URLPart{Text: lit.String(), Lit: true})
		case format[i] == '%':
			lit.WriteByte('%')
			continue
		case format[i] == '[' || format[i] == '*' || arg >= len(args):
			return nil
		}
		parts = append(parts, URLPart{Text: lit.String(), Lit: true})
		lit.Reset()
		if s, ok := astutil.ConstString(info, args[arg]); ok {
			parts = append(parts, URLPart{Text: s, Lit: true})
		} else {
			parts = append(parts, URLPart{Expr: args[arg]})
		}
		arg++
	}
	return append(parts, URLPart{Text: lit.String(), Lit: true})
}

// QueryParam returns the query parameter whose value follows text: the
// name in a trailing "?name=" or "&name=".
func QueryParam(text string) (string, bool) {
	text, ok := strings.CutSuffix(text, "=")
	i := strings.LastIndexAny(text, "?&")
	if !ok || i < 0 {
		return "", false
	}
	name := text[i+1:]
	if name == "" || strings.ContainsAny(name, " /=:#\"'") {
		return "", false
	}
	return name, true
}
