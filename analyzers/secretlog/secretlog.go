package secretlog

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/credlint/credlint/internal/credential"
	"github.com/credlint/credlint/internal/diag"
	"github.com/credlint/credlint/internal/sinks"
	"github.com/credlint/credlint/internal/sinks/own"
)

//go:generate go run ../../internal/diag/gendoc secretlog

var Analyzer = &analysis.Analyzer{
	Name:     "secretlog",
	Doc:      docText,
	URL:      "https://github.com/credlint/credlint/blob/main/docs/secretlog.md",
	Requires: []*analysis.Analyzer{sinks.Analyzer, credential.Analyzer, own.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	calls := pass.ResultOf[sinks.Analyzer].([]sinks.Call)
	if len(calls) == 0 {
		return nil, nil
	}
	m := credential.NewPassModel(pass)
	owners := pass.ResultOf[own.Analyzer].(*own.Result)
	report := diag.New(pass)
	// One finding per sink call, naming every credential it shows (hydra's
	// mock client logs a token and the parts of its access token in one
	// log.Fatalf), and one per place where a request's error escapes,
	// naming every request whose error may be the one there (a client
	// that sends with Post or Get by configuration, then returns err).
	var found []*finding
	escapes := make(map[token.Pos]*finding)
	for _, c := range calls {
		m.Enter(c.Body)
		m.Quiet(c.Forwarded)
		var in *finding // this call's finding
		for _, arg := range c.Args {
			if owners.Owned(c, arg) {
				continue // the wrapper leaks it by itself: reported there, once
			}
			l, ok := own.FindLeak(pass, m, c, arg)
			switch {
			case !ok:
			case l.Kind == own.URLError:
				d := diagnostic(pass, c, arg, l)
				if f := escapes[d.Pos]; f != nil {
					f.also = append(f.also, fmt.Sprintf("the error of %s at line %d", c.Name, pass.Fset.Position(c.Call.Pos()).Line))
					continue
				}
				escapes[d.Pos] = &finding{d: d, lead: "; and so does "}
				found = append(found, escapes[d.Pos])
			case in == nil || line(pass, arg.Pos()) != line(pass, in.d.Pos):
				// Merged on one line only: a //credlint:ignore or a baseline
				// entry on the first line must not cover a credential the
				// call shows on another.
				in = &finding{d: diagnostic(pass, c, arg, l), lead: "; the same call also shows "}
				found = append(found, in)
			default:
				in.also = append(in.also, shown(arg, l))
			}
		}
	}
	for _, f := range found {
		if len(f.also) > 0 {
			f.d.Message += f.lead + strings.Join(f.also, ", ")
		}
		report.Report(f.d)
	}
	return nil, nil
}

// line is pos's line.
func line(pass *analysis.Pass, pos token.Pos) int { return pass.Fset.Position(pos).Line }

// A finding is a diagnostic and what else it covers, for its message,
// after lead.
type finding struct {
	d    analysis.Diagnostic
	lead string
	also []string
}

// shown says briefly how arg, a further argument of a call already
// reported, shows a credential.
func shown(arg ast.Expr, l own.Leak) string {
	x := credential.ShowExpr(arg)
	switch l.Kind {
	case own.Field:
		return x + " (its field " + l.Field + ")"
	case own.URLPassword:
		return "URL " + x + " (its password)"
	case own.URLCarries:
		return "URL " + x + " (" + l.Src.Describe() + ")"
	}
	return x + " (credential " + l.Src.Describe() + ")"
}

// diagnostic says how arg shows a credential.
func diagnostic(pass *analysis.Pass, c sinks.Call, arg ast.Expr, l own.Leak) analysis.Diagnostic {
	d := analysis.Diagnostic{Pos: arg.Pos(), End: arg.End()}
	switch l.Kind {
	case own.Value:
		d.Message = fmt.Sprintf("credential %s reaches %s; %s", l.Src.Describe(), c.Where(), advice(c))
	case own.Field:
		if c.Serialized {
			d.Message = fmt.Sprintf("%s is encoded with its credential field %s by %s; tag the field `json:\"-\"` or encode a copy without it",
				credential.ShowExpr(arg), l.Field, c.Name)
			break
		}
		name := types.TypeString(pass.TypesInfo.TypeOf(arg), func(p *types.Package) string {
			if p == pass.Pkg {
				return ""
			}
			return p.Name()
		})
		fix := "give " + name + " a String or LogValue method that redacts it"
		if credential.PointerFormatter(pass.TypesInfo.TypeOf(arg)) {
			fix = "print a pointer to it: its String or LogValue method has a pointer receiver, which a printer does not call on a value"
		}
		d.Message = fmt.Sprintf("%s is printed whole, with its credential field %s, in %s; log selected fields, or %s",
			credential.ShowExpr(arg), l.Field, c.Where(), fix)
	case own.URLPassword:
		// Its Redacted form is offered where the printed value is the URL itself.
		d.Message = fmt.Sprintf("URL %s holds a password (%s) and reaches %s whole, where String writes it; print its Redacted() form or its host instead",
			credential.ShowExpr(arg), l.Src.Describe(), c.Where())
		if l.URL != nil && isPlain(l.URL) {
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   "print " + types.ExprString(l.URL) + ".Redacted()",
				TextEdits: []analysis.TextEdit{{Pos: arg.Pos(), End: arg.End(), NewText: []byte(types.ExprString(l.URL) + ".Redacted()")}},
			}}
		}
	case own.URLCarries:
		d.Message = fmt.Sprintf("URL %s carries a credential, %s, and reaches %s; %s", credential.ShowExpr(arg), l.Src.Describe(), c.Where(), advice(c))
	case own.URLError:
		// Reported where the error escapes: that is the line to change.
		d.Pos, d.End = c.Call.Pos(), c.Call.End()
		if c.ErrUse != nil {
			d.Pos, d.End = c.ErrUse.Pos(), c.ErrUse.End()
		}
		to := "is returned"
		if c.ErrTo != "" {
			to = "reaches " + c.ErrTo
		}
		d.Message = fmt.Sprintf("the error of %s quotes the request URL, which carries a credential, %s, and %s; "+
			"use a fixed message, or the cause alone (errors.As to *url.Error, then its Err)",
			c.Name, l.Src.Describe(), to)
	}
	return d
}

func advice(c sinks.Call) string {
	if c.Echo {
		return "return or log a fixed message instead of that error"
	}
	if c.Formats {
		return "leave the value out of that text, or show a redacted form"
	}
	switch c.Kind {
	case sinks.Error, sinks.Panic:
		return "errors end up in logs and responses: leave the value out"
	case sinks.Response:
		return "never send a credential back in a response body"
	}
	return "log that it is set, or a redacted form, never the value"
}

// isPlain reports whether e is a variable or a chain of fields (u, c.base),
// whose text can be repeated in a fix as written.
func isPlain(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return isPlain(e.X)
	}
	return false
}
