package hardcodedsecret

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/credlint/credlint/internal/astindex"
	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/credential"
	"github.com/credlint/credlint/internal/diag"
	"github.com/credlint/credlint/internal/keycheck"
	"github.com/credlint/credlint/internal/sinks"
	"github.com/credlint/credlint/rules"
)

//go:generate go run ../../internal/diag/gendoc hardcodedsecret

var Analyzer = &analysis.Analyzer{
	Name:     "hardcodedsecret",
	Doc:      docText,
	URL:      "https://github.com/credlint/credlint/blob/main/docs/hardcodedsecret.md",
	Requires: []*analysis.Analyzer{astindex.Analyzer},
	Run:      run,
	// A package that does not type-check still holds its keys: where type
	// information is missing, the binding of a literal falls back to syntax.
	RunDespiteErrors: true,
}

// getenvFix turns on the suggested fix that replaces a hardcoded key in a
// var or const with os.Getenv: opt-in, since the program then needs the
// variable set.
var getenvFix bool

// The rule file is the analyzer's own flag, so that every driver reaches
// it: go vet (-hardcodedsecret.rules=FILE), nogo's analyzer_flags, or a
// program that calls Analyzer.Flags.Set.
func init() {
	Analyzer.Flags.Func("rules", "gitleaks-format rule `file` (default: credlint's embedded rules)", rules.SetPath)
	Analyzer.Flags.BoolVar(&getenvFix, "getenv-fix", false,
		`suggest replacing a hardcoded key in a var or const with os.Getenv("NAME"), NAME from the identifier`)
}

// NoPlaceholderTag on a rule turns the placeholder filter off for it: its
// matches are reported even when they read like a stand-in.
const NoPlaceholderTag = "no-placeholder-filter"

// Rule IDs of the findings that come from credlint's own tests rather than
// the rule file: credentials that are secrets whatever their shape.
const (
	passwordRule    = "credlint-hardcoded-password"
	urlPasswordRule = "credlint-url-password"
	signingKeyRule  = "credlint-hardcoded-signing-key"
)

// The rules of those findings: variables, not a map, so that nothing is
// built when the process starts.
var (
	passwordWeak    = &rules.Rule{ID: passwordRule, Description: "password bound to a password name", Severity: rules.High}
	urlPasswordWeak = &rules.Rule{ID: urlPasswordRule, Description: "password in the userinfo of a URL or DSN", Severity: rules.High}
	signingKeyWeak  = &rules.Rule{ID: signingKeyRule, Description: "signing key of JWTs or HMACs", Severity: rules.High}
)

func run(pass *analysis.Pass) (any, error) {
	c := newChecker(pass)
	info := pass.TypesInfo
	if info == nil {
		info = new(types.Info)
	}
	for _, in := range astindex.Of(pass)() {
		c.scan(in.Root(), info)
	}
	for _, f := range pass.Files {
		c.embeds(f)
	}
	c.ignoredFiles(pass)
	return nil, c.err
}

// A checker matches the literals of one package's files.
type checker struct {
	pass   *analysis.Pass
	report *diag.Reporter
	files  []*ast.File // pass.Files and the files the check parsed itself
	kinds  map[*token.File]kind
	// patterns: the package's own detection patterns, compiled on first
	// use; corpora: per test file, the rules of the samples it feeds them
	// (sample).
	patterns *[]*regexp.Regexp
	corpora  map[*token.File]map[string]bool
	set      *rules.Set
	err      error
}

func newChecker(pass *analysis.Pass) *checker {
	return &checker{pass: pass, report: diag.New(pass), files: slices.Clone(pass.Files)}
}

// rules compiles the rule set on first use: only packages with a candidate
// literal pay for it.
func (c *checker) rules() *rules.Set {
	if c.set == nil && c.err == nil {
		c.set, c.err = rules.Active()
	}
	return c.set
}

// minQuoted is the shortest quoted literal worth a look: a four-character
// password plus quotes.
const minQuoted = 6

func (c *checker) scan(root inspector.Cursor, info *types.Info) {
	for cur := range root.Preorder((*ast.BasicLit)(nil)) {
		lit := cur.Node().(*ast.BasicLit)
		if lit.Kind != token.STRING || len(lit.Value) < minQuoted {
			continue
		}
		val, err := strconv.Unquote(lit.Value)
		if err != nil {
			continue
		}
		// fixLit is the literal a getenv fix may replace: none for a
		// value joined from several.
		var node ast.Node = lit
		fixLit := lit
		if whole, outer, first, ok := joined(info, cur); ok {
			if !first {
				continue // the first literal checked the whole value
			}
			val, node, fixLit = whole, outer, nil
		}
		plausible := credential.Plausible(val)
		if !plausible && !weakCandidate(val) {
			continue
		}
		b := bindingOf(info, cur)
		switch {
		case b.skip:
			continue
		case b.field != nil:
			c.tagDefaults(lit, val, b)
			continue
		}
		if fixLit == nil {
			b.part = false // the concatenation is the whole value
		}
		c.value(node, fixLit, val, b, plausible)
		if c.err != nil {
			return
		}
	}
}

// joined returns, for a literal inside a constant concatenation of string
// literals only (a token split over lines: "eyJ0…" +\n "eyJp…" + …), the
// whole value and the concatenation; first says whether lit is its first
// literal. Checking the parts one by one reports one secret once per
// line, and the parts match what the whole does not (or the reverse).
func joined(info *types.Info, cur inspector.Cursor) (whole string, outer ast.Expr, first, ok bool) {
	lit := cur.Node()
	for p := cur.Parent(); ; p = p.Parent() {
		switch n := p.Node().(type) {
		case *ast.ParenExpr:
			continue
		case *ast.BinaryExpr:
			if n.Op == token.ADD {
				outer = n
				continue
			}
		}
		break
	}
	if outer == nil || !literalsOnly(outer) {
		return "", nil, false, false
	}
	tv, found := info.Types[outer]
	if !found || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", nil, false, false
	}
	left := outer
	for {
		switch n := left.(type) {
		case *ast.ParenExpr:
			left = n.X
			continue
		case *ast.BinaryExpr:
			left = n.X
			continue
		}
		break
	}
	return constant.StringVal(tv.Value), outer, left == lit, true
}

// literalsOnly reports whether e is string literals joined by +.
func literalsOnly(e ast.Expr) bool {
	switch n := e.(type) {
	case *ast.ParenExpr:
		return literalsOnly(n.X)
	case *ast.BinaryExpr:
		return n.Op == token.ADD && literalsOnly(n.X) && literalsOnly(n.Y)
	case *ast.BasicLit:
		return n.Kind == token.STRING
	}
	return false
}

// value checks one value at node: the rules first, then what is a
// credential whatever its shape (passwords, URL userinfo, signing keys).
func (c *checker) value(node ast.Node, lit *ast.BasicLit, val string, b binding, plausible bool) {
	fk := c.kindOf(node.Pos())
	if fk == regular && (credential.IsFixtureName(b.name) || c.inTestDouble(node.Pos())) {
		fk = testFile // DemoToken, exampleAPIKey, a method of MockKerberosClient: the test-file policy
	}
	doc := fk == regular && b.doc
	if doc {
		fk = example // docs.NewExampleSpec(…, "key: 2b7e…"): a documentation example
	}
	if plausible {
		set := c.rules()
		if set == nil {
			return
		}
		if m, ok := c.best(set.Match(b.line(val)), val, b.name, fk); ok {
			if fk == testFile && keycheck.Check(m.Secret) != keycheck.Valid && c.sample(node.Pos(), m) {
				return // a sample for the package's own detector; a minted key is none
			}
			c.emit(node, lit, m, b)
			return
		}
	}
	if fk != regular && !doc {
		return // in tests a password or a DSN is a fixture, in examples a stand-in
	}
	// A documentation example's plain word (amqp://foo:bar@…) is a stand-in;
	// a password with a digit, a capital or a symbol was copied from a
	// real configuration, and the example builder does not make it less so.
	standIn := func(pw string) bool { return doc && plainWord(pw) }
	if user, pw, host, ok := userinfoPassword(val); ok {
		if !isDocValue(pw) && !defaultAccount(user, pw, host) && !standIn(pw) {
			c.emit(node, lit, rules.Match{Rule: urlPasswordWeak, Secret: pw}, b)
		}
		return
	}
	switch {
	case len(val) < 4 || strings.Contains(val, " ") || b.part || standIn(val):
	case b.weak == password && !isDocValue(val) && !namesItself(val, b.name) && !strings.EqualFold(val, b.user):
		// A password equal to the user name beside it is a default local
		// account (RabbitMQ's guest/guest, admin/admin), not a secret.
		c.emit(node, lit, rules.Match{Rule: passwordWeak, Secret: val}, b)
	case b.weak == signingKey && !credential.IsPlaceholder(val) && !isEnvName(val) && !namesItself(val, b.name):
		c.emit(node, lit, rules.Match{Rule: signingKeyWeak, Secret: val}, b)
	}
}

// best picks the first match that survives the filters: the secret is in
// the value (not in the context credlint added), not a placeholder, not
// (for rules that need a keyword in context) the value's own name with a
// number or a name in constant case, and counts in this kind of file.
func (c *checker) best(ms []rules.Match, val, name string, fk kind) (rules.Match, bool) {
	for _, m := range ms {
		if !strings.Contains(val, m.Secret) || placeholder(m) || fragment(m) && placeholder(rules.Match{Rule: m.Rule, Secret: val}) {
			continue
		}
		if inKeyIDParam(val, m.Secret) {
			continue // a presigned URL's X-Amz-Credential=AKIA…: the key's ID
		}
		if slices.Contains(m.Rule.Tags, "context") && (extendsName(m.Secret, name) || credential.IsConstantName(m.Secret)) {
			continue // an identifier: encryptionKey1024, SCRAM-SHA-256-PLUS
		}
		if fk != regular {
			// A checksum settles it: a valid one is a minted key, an
			// invalid one a fixture; else the rule's test policy.
			switch keycheck.Check(m.Secret) {
			case keycheck.Invalid:
				continue
			case keycheck.Unknown:
				if !m.Rule.InTests {
					continue
				}
			}
		}
		return m, true
	}
	return rules.Match{}, false
}

// inKeyIDParam reports whether secret sits in val as the value of a query
// parameter that carries an access key's ID (a presigned URL's
// X-Amz-Credential=AKIA…/20230925/…/aws4_request, a test's recorded API
// response): the ID names the key, the secret key is not there.
func inKeyIDParam(val, secret string) bool {
	i := strings.Index(val, secret)
	if i <= 0 {
		return false
	}
	name, ok := sinks.QueryParam(val[:i])
	return ok && credential.KeyIDParam(name)
}

// placeholder applies the placeholder filter to the matched secret. A
// vendor-format match does not count runs of "A", which can be the format's
// own structure (X/Twitter bearer tokens).
func placeholder(m rules.Match) bool {
	switch {
	case slices.Contains(m.Rule.Tags, NoPlaceholderTag):
		return false
	case slices.Contains(m.Rule.Tags, "context"):
		return credential.IsPlaceholder(m.Secret)
	}
	return credential.IsPlaceholderFormat(m.Secret)
}

// fragment reports whether the matched secret is a piece of the format's
// structure rather than the secret: a rule without secretGroup whose regex
// has groups yields its first group (gitleaks' microsoft-teams-webhook
// gives "8444-" of a UUID). The placeholder filter then judges the value.
func fragment(m rules.Match) bool { return len(m.Secret) < 8 }

func (c *checker) emit(node ast.Node, lit *ast.BasicLit, m rules.Match, b binding) {
	d := analysis.Diagnostic{
		Pos:      node.Pos(),
		End:      node.End(),
		Category: m.Rule.ID,
		Message:  message(m, b.where()),
	}
	if lit != nil && getenvFix {
		if fix, ok := getenvEdit(c.fileOf(lit.Pos()), lit, b); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
	}
	c.report.Report(d)
}

func message(m rules.Match, where string) string {
	// gitleaks' descriptions run on ("Found a Slack Bot token, which may
	// compromise …"): the clause before the first comma names the secret.
	what, _, _ := strings.Cut(strings.TrimSuffix(m.Rule.Description, "."), ", ")
	if what == "" {
		what = m.Rule.ID
	}
	if keycheck.Check(m.Secret) == keycheck.Valid {
		what += ", checksum valid: a minted key, not a fixture"
	}
	return fmt.Sprintf("hardcoded secret %q%s: %s (rule %s, %s severity); load it from the environment or a secret manager",
		credential.Redact(m.Secret), where, what, m.Rule.ID, m.Rule.Severity)
}

type kind int

const (
	regular kind = iota
	testFile
	generated
	example // an example program: as a test file, what it writes where a key goes is a stand-in
)

// kindOf classifies the file holding pos, once per file.
func (c *checker) kindOf(pos token.Pos) kind {
	tf := c.pass.Fset.File(pos)
	if k, ok := c.kinds[tf]; ok {
		return k
	}
	k := regular
	switch f := c.fileOf(pos); {
	case tf != nil && credential.IsTestSupport(tf.Name()), f != nil && credential.TestHelperFile(c.pass.Fset, f):
		k = testFile
	case f != nil && ast.IsGenerated(f):
		k = generated
	case tf != nil && credential.IsExample(tf.Name()):
		k = example
	}
	if c.kinds == nil {
		c.kinds = make(map[*token.File]kind)
	}
	c.kinds[tf] = k
	return k
}

// inTestDouble reports whether pos is in a method of a test double
// (credential.IsTestDoubleType: MockKerberosClient).
func (c *checker) inTestDouble(pos token.Pos) bool {
	f := c.fileOf(pos)
	if f == nil {
		return false
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || pos < fd.Pos() || pos >= fd.End() {
			continue
		}
		if fd.Recv == nil || len(fd.Recv.List) == 0 {
			return false
		}
		t := fd.Recv.List[0].Type
		for {
			switch x := t.(type) {
			case *ast.StarExpr:
				t = x.X
				continue
			case *ast.IndexExpr:
				t = x.X
				continue
			case *ast.IndexListExpr:
				t = x.X
				continue
			case *ast.ParenExpr:
				t = x.X
				continue
			}
			break
		}
		id, ok := t.(*ast.Ident)
		tf := c.pass.Fset.File(pos)
		return ok && tf != nil && credential.IsTestDoubleType(id.Name) && credential.IsTestDoubleFile(tf.Name())
	}
	return false
}

func (c *checker) fileOf(pos token.Pos) *ast.File {
	return astutil.FileOf(c.files, pos)
}
