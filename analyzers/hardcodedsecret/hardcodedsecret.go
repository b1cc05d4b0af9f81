package hardcodedsecret

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/credlint/credlint/internal/credential"
	"github.com/credlint/credlint/internal/diag"
	"github.com/credlint/credlint/rules"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "hardcodedsecret",
	Doc:      diag.Doc(doc, "hardcodedsecret"),
	URL:      "https://github.com/credlint/credlint/blob/main/docs/hardcodedsecret.md",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

// The rule file is the analyzer's own flag, so that every driver reaches
// it: go vet (-hardcodedsecret.rules=FILE), nogo's analyzer_flags, or a
// program that calls Analyzer.Flags.Set.
func init() {
	Analyzer.Flags.Func("rules", "gitleaks-format rule `file` (default: credlint's embedded rules)", rules.SetPath)
}

// minQuoted is the shortest quoted literal that can pass credential.Plausible
// (12 characters plus quotes): a test on the raw token before unquoting.
const minQuoted = 14

func run(pass *analysis.Pass) (any, error) {
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	report := diag.New(pass)
	var set *rules.Set
	var fileKind map[*token.File]kind
	for cur := range insp.Root().Preorder((*ast.BasicLit)(nil)) {
		lit := cur.Node().(*ast.BasicLit)
		if lit.Kind != token.STRING || len(lit.Value) < minQuoted {
			continue
		}
		val, err := strconv.Unquote(lit.Value)
		if err != nil || !credential.Plausible(val) {
			continue
		}
		b := bindingOf(pass, cur)
		if b.skip {
			continue
		}
		if set == nil {
			// Rules compile only in packages that have a candidate literal.
			if set, err = rules.Active(); err != nil {
				return nil, err
			}
			fileKind = classifyFiles(pass)
		}
		fk := fileKind[pass.Fset.File(lit.Pos())]
		for _, m := range set.Match(b.line(val)) {
			if !strings.Contains(val, m.Secret) || credential.IsPlaceholder(m.Secret) {
				continue // matched the context, or a documentation stand-in
			}
			if fk != regular && !m.Rule.InTests {
				continue
			}
			report.Report(analysis.Diagnostic{
				Pos:      lit.Pos(),
				End:      lit.End(),
				Category: m.Rule.ID,
				Message:  message(m, b),
			})
			break // one finding per literal: the best rule
		}
	}
	return nil, nil
}

func message(m rules.Match, b binding) string {
	// gitleaks' descriptions run on ("Found a Slack Bot token, which may
	// compromise …"): the clause before the first comma names the secret.
	what, _, _ := strings.Cut(strings.TrimSuffix(m.Rule.Description, "."), ", ")
	if what == "" {
		what = m.Rule.ID
	}
	where := ""
	if b.name != "" {
		where = " in " + b.name
	}
	return fmt.Sprintf("hardcoded secret %q%s: %s (rule %s, %s severity); load it from the environment or a secret manager",
		credential.Redact(m.Secret), where, what, m.Rule.ID, m.Rule.Severity)
}

type kind int

const (
	regular kind = iota
	testFile
	generated
)

func classifyFiles(pass *analysis.Pass) map[*token.File]kind {
	kinds := make(map[*token.File]kind, len(pass.Files))
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		switch {
		case strings.HasSuffix(tf.Name(), "_test.go"):
			kinds[tf] = testFile
		case ast.IsGenerated(f):
			kinds[tf] = generated
		}
	}
	return kinds
}
