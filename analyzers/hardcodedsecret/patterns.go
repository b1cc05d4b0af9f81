package hardcodedsecret

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/rules"
)

// anyKey is a key shape with no vendor's mark: a pattern that matches it
// detects no format in particular.
const anyKey = "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z"

// maxPatterns bounds how many of a package's patterns ownPattern compiles.
const maxPatterns = 256

// sample reports whether m, found in a test file, is a sample for a
// detector of the package itself. The file is a test corpus for the
// formats of the literals in it that a detection pattern of the package (a
// string constant named as a regular expression, apiKeyRegex,
// tokenPattern, keyRe, or given to regexp.Compile or MustCompile) matches
// whole: it feeds the detector samples of those formats and near misses of
// them (secret-detector's sendgrid_detector_test.go and
// slack_detector_test.go), so a literal of the same rule there is a
// fixture. The patterns are collected and compiled only when a test file
// has a vendor-format match, once per package.
func (c *checker) sample(pos token.Pos, m rules.Match) bool {
	tf := c.pass.Fset.File(pos)
	ids, ok := c.corpora[tf]
	if !ok {
		ids = c.corpusRules(pos)
		if c.corpora == nil {
			c.corpora = make(map[*token.File]map[string]bool)
		}
		c.corpora[tf] = ids
	}
	return ids[m.Rule.ID]
}

// corpusRules returns the rules that match the literals of the file at
// pos that a detection pattern of the package matches whole.
func (c *checker) corpusRules(pos token.Pos) map[string]bool {
	if c.patterns == nil {
		ps := c.collectPatterns()
		c.patterns = &ps
	}
	f := c.fileOf(pos)
	set := c.rules()
	if f == nil || set == nil || len(*c.patterns) == 0 {
		return nil
	}
	var ids map[string]bool
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return true
		}
		v, err := strconv.Unquote(lit.Value)
		if err != nil {
			return false
		}
		for _, re := range *c.patterns {
			if !re.MatchString(v) {
				continue
			}
			for _, m := range set.Match(v) {
				if ids == nil {
					ids = make(map[string]bool)
				}
				ids[m.Rule.ID] = true
			}
			break
		}
		return false
	})
	return ids
}

func (c *checker) collectPatterns() []*regexp.Regexp {
	info := c.pass.TypesInfo
	var out []*regexp.Regexp
	seen := make(map[string]bool)
	add := func(e ast.Expr) {
		tv, ok := info.Types[e]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String || len(out) >= maxPatterns {
			return
		}
		src := constant.StringVal(tv.Value)
		if seen[src] || len(src) > 4096 {
			return
		}
		seen[src] = true
		// Whole values only, and not a pattern any key shape fits ([\w-]+).
		if re, err := regexp.Compile(`^(?:` + src + `)$`); err == nil && !re.MatchString(anyKey) {
			out = append(out, re)
		}
	}
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if i < len(n.Values) && patternName(name.Name) {
						add(n.Values[i])
					}
				}
			case *ast.CallExpr:
				if isCompile(typeutil.Callee(info, n)) && len(n.Args) > 0 {
					add(n.Args[0])
				}
			}
			return true
		})
	}
	return out
}

// isCompile reports whether obj is regexp.Compile, MustCompile or their
// POSIX forms.
func isCompile(obj types.Object) bool {
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "regexp" {
		return false
	}
	switch fn.Name() {
	case "Compile", "CompilePOSIX", "MustCompile", "MustCompilePOSIX":
		return true
	}
	return false
}

// patternName reports whether a constant's name says it holds a regular
// expression: apiKeyRegex, tokensRegexp, keyPattern, tokenRe, TOKEN_RE.
func patternName(name string) bool {
	l := strings.ToLower(name)
	for _, suf := range [...]string{"regex", "regexp", "pattern", "regexes", "patterns"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return name == "re" || strings.HasSuffix(name, "Re") || strings.HasSuffix(name, "RE") || strings.HasSuffix(name, "_re")
}
