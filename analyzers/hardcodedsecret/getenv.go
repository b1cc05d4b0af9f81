package hardcodedsecret

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
)

// getenvEdit replaces a key that initialises a var or const as a whole with
// os.Getenv("NAME"), NAME derived from the identifier (stripeAPIKey →
// STRIPE_API_KEY); a lone const becomes a var, and "os" is imported if it
// is not. The edits hold no part of the key.
func getenvEdit(f *ast.File, lit *ast.BasicLit, b binding) (analysis.SuggestedFix, bool) {
	if f == nil || b.spec == nil || b.decl == nil || len(b.spec.Names) != len(b.spec.Values) {
		return analysis.SuggestedFix{}, false
	}
	var id *ast.Ident
	for i, v := range b.spec.Values {
		if v == lit {
			id = b.spec.Names[i]
		}
	}
	if id == nil {
		return analysis.SuggestedFix{}, false
	}
	if t, ok := b.spec.Type.(*ast.Ident); b.spec.Type != nil && (!ok || t.Name != "string") {
		return analysis.SuggestedFix{}, false // os.Getenv returns a string
	}
	env := EnvName(id.Name)
	edits := []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte("os.Getenv(" + strconv.Quote(env) + ")")}}
	if b.decl.Tok == token.CONST {
		if len(b.decl.Specs) != 1 || len(b.spec.Names) != 1 {
			return analysis.SuggestedFix{}, false // a const group: iota and types depend on it
		}
		edits = append(edits, analysis.TextEdit{Pos: b.decl.TokPos, End: b.decl.TokPos + token.Pos(len("const")), NewText: []byte("var")})
	}
	if e, ok := importOS(f); ok {
		edits = append(edits, e)
	}
	return analysis.SuggestedFix{Message: "Load it with os.Getenv(" + strconv.Quote(env) + ")", TextEdits: edits}, true
}

// importOS is the edit that imports "os" into f, if f lacks it.
func importOS(f *ast.File) (analysis.TextEdit, bool) {
	for _, imp := range f.Imports {
		if imp.Path.Value == `"os"` {
			return analysis.TextEdit{}, false
		}
	}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if gd.Lparen.IsValid() {
			return analysis.TextEdit{Pos: gd.Lparen + 1, End: gd.Lparen + 1, NewText: []byte("\n\t\"os\"")}, true
		}
		return analysis.TextEdit{Pos: gd.Pos(), End: gd.Pos(), NewText: []byte("import \"os\"\n")}, true
	}
	return analysis.TextEdit{Pos: f.Name.End(), End: f.Name.End(), NewText: []byte("\n\nimport \"os\"")}, true
}

// EnvName derives an environment variable's name from a Go identifier:
// stripeAPIKey → STRIPE_API_KEY, dbPassword → DB_PASSWORD,
// SENDGRID_KEY stays.
func EnvName(id string) string {
	var b strings.Builder
	rs := []rune(id)
	for i, r := range rs {
		if r == '_' || r == '-' {
			if b.Len() > 0 && !strings.HasSuffix(b.String(), "_") {
				b.WriteByte('_')
			}
			continue
		}
		if i > 0 && unicode.IsUpper(r) && b.Len() > 0 && !strings.HasSuffix(b.String(), "_") {
			prev := rs[i-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if unicode.IsLower(prev) || unicode.IsDigit(prev) || unicode.IsUpper(prev) && nextLower {
				b.WriteByte('_')
			}
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return strings.TrimSuffix(b.String(), "_")
}
