package credential

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	castutil "github.com/credlint/credlint/internal/astutil"
)

// A program that copies a value to its user's clipboard or draws it as a
// QR code gives that value to its user on purpose: croc's code phrase, a
// share link that carries its decryption key. The message that prints such
// a value to the terminal is the same hand-over ("Code is: …", "paste this
// token: …"), so fmt's prints of it, and every value such a print shows
// along with it, are not leaks. A logger, an error or a response stays a
// sink for the same value.

// noteHandover records what a call hands to the user (a clipboard or QR
// code function's arguments), or, for one of fmt's prints, the call, to be
// judged once the whole package is walked (finishHandover).
func (ev *Evidence) noteHandover(call *ast.CallExpr, fn *types.Func, print bool) {
	if print {
		ev.prints = append(ev.prints, call)
		return
	}
	if !handsOver(fn) {
		return
	}
	if ev.shown == nil {
		ev.shown = make(map[types.Object]bool)
	}
	for _, a := range call.Args {
		ev.markShown(a, 1)
	}
}

// handsOver reports whether fn shows its argument to the user outside the
// terminal: CopyToClipboard, clipboard.WriteAll, ShowQRCode.
func handsOver(fn *types.Func) bool {
	if fn.Pkg() != nil && fn.Pkg().Name() == "clipboard" {
		return true
	}
	name := fn.Name()
	if !strings.Contains(name, "lipboard") && !strings.Contains(name, "QR") && !strings.Contains(name, "Qr") && !strings.Contains(name, "qr") {
		return false // most calls: no split
	}
	words := splitWords(name)
	for i, w := range words {
		if w == "clipboard" || w == "qrcode" || w == "qr" && i+1 < len(words) && words[i+1] == "code" {
			return true
		}
	}
	return false
}

// markShown marks the text variables and fields e reads as shown; a local
// variable's assignments are read too, depth levels deep (clipboardText :=
// c.Options.SharedSecret).
func (ev *Evidence) markShown(e ast.Expr, depth int) {
	ast.Inspect(e, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := ev.info.ObjectOf(id).(*types.Var)
		if !ok || ev.shown[v] || !IsStringLike(v.Type()) {
			return true
		}
		ev.shown[v] = true
		if depth > 0 && !v.IsField() && v.Parent() != ev.pkg.Scope() {
			for _, d := range ev.defs[v] {
				ev.markShown(d, depth-1)
			}
		}
		return true
	})
}

// finishHandover marks the arguments of every fmt print that shows a
// handed-over value, that the user asked for (printedOnRequest), and each
// argument the function has just generated (generatedAt).
func (ev *Evidence) finishHandover() {
	for _, call := range ev.prints {
		whole := len(ev.shown) > 0 && ev.showsHandedOver(call) || ev.printedOnRequest(call)
		for _, a := range call.Args {
			if a = ast.Unparen(a); whole || ev.generatedAt(a) {
				if ev.handover == nil {
					ev.handover = make(map[ast.Expr]bool)
				}
				ev.handover[a] = true
			}
		}
	}
}

// printedOnRequest reports whether call runs only when the user asked to
// see what it prints: it is inside `if c.showJWT`, an if whose condition
// is, or is a conjunct of, a bool named show…, reveal…, print… or
// display… (natscli's `nats auth account push --show-jwt`).
func (ev *Evidence) printedOnRequest(call *ast.CallExpr) bool {
	return ev.guardedBy(call, false)
}

// guardedBy reports whether n is in the body of an if that an option to
// show guards (see optIn), in the same function: a function literal
// there runs whenever it is called, not under the option.
func (ev *Evidence) guardedBy(n ast.Node, secret bool) bool {
	path := castutil.PathTo(ev.files, n)
	for k, p := range path {
		switch p := p.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if k > 0 && path[k-1] == p.Body && ev.optIn(p.Cond, secret) {
				return true
			}
		}
	}
	return false
}

// optIn reports whether cond is a request to show: a bool variable,
// field or flag (*showKey) named show…, or a conjunction holding one.
// With secret, the name must be a policy for every such secret, wherever
// the program logs it: to show, log or dump secrets, the secret last and
// in the plural (ShowPasswords, LogSecrets, DumpTokens), not a request to
// see one value (natscli's showJWT asks for the terminal, not the log) nor
// an option about something else (LogTokenRefresh).
func (ev *Evidence) optIn(cond ast.Expr, secret bool) bool {
	switch c := ast.Unparen(cond).(type) {
	case *ast.BinaryExpr:
		return c.Op == token.LAND && (ev.optIn(c.X, secret) || ev.optIn(c.Y, secret))
	case *ast.StarExpr:
		return ev.optIn(c.X, secret)
	case *ast.Ident, *ast.SelectorExpr:
		t := ev.info.TypeOf(c)
		if t == nil || !types.Identical(t.Underlying(), types.Typ[types.Bool]) && !isBoolPointer(t) {
			return false
		}
		name := castutil.Name(c)
		if !showVerb(name) {
			return false // most conditions: no split
		}
		w := splitWords(name)
		if len(w) < 2 { // `if show`: shows what?
			return false
		}
		switch w[0] {
		case "show", "reveal", "print", "display":
			return !secret || pluralSecret(w[len(w)-1])
		case "log", "dump":
			return secret && pluralSecret(w[len(w)-1])
		}
	}
	return false
}

// showVerb reports whether name may start with a verb optIn knows.
func showVerb(name string) bool {
	if len(name) < 3 {
		return false
	}
	switch strings.ToLower(name[:3]) {
	case "sho", "rev", "pri", "dis", "log", "dum":
		return true
	}
	return false
}

// pluralSecret reports whether w names secrets in the plural (passwords,
// secrets, tokens).
func pluralSecret(w string) bool {
	one, ok := strings.CutSuffix(w, "s")
	return ok && secretWords(one)
}

func isBoolPointer(t types.Type) bool {
	p, ok := t.Underlying().(*types.Pointer)
	return ok && types.Identical(p.Elem().Underlying(), types.Typ[types.Bool])
}

// generatedAt reports whether e, a variable or a field, holds at e a value
// the function has just generated: an earlier statement of a block
// enclosing e assigns it the result of a generator (iu.RandomPassword(22),
// GenerateKey, crypto/rand's Text) and nothing between assigns it again.
// Printing what a program made for its user, a new password or key, is how
// it hands it over (natscli's `nats server passwd --generate`).
func (ev *Evidence) generatedAt(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Ident, *ast.SelectorExpr:
	default:
		return false
	}
	obj := ev.target(e)
	if obj == nil || !IsStringLike(obj.Type()) {
		return false
	}
	same := func(l ast.Expr) bool { return ev.target(l) == obj && types.ExprString(l) == types.ExprString(e) }
	return ev.setBefore(e.Pos(), func(st ast.Stmt) (set, reset bool) {
		if as, ok := st.(*ast.AssignStmt); ok && len(as.Rhs) == 1 && len(as.Lhs) <= 2 && same(ast.Unparen(as.Lhs[0])) {
			call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
			if !ok {
				return false, true
			}
			fn, _ := typeutil.Callee(ev.info, call).(*types.Func)
			return fn != nil && generator(fn), true
		}
		return false, ev.assignsIn(st, same)
	})
}

// generator reports whether fn makes a new value: crypto/rand's functions,
// or a name that starts with Generate, Gen or Random (RandomPassword,
// GenerateKey, genToken).
func generator(fn *types.Func) bool {
	if fn.Pkg() != nil && fn.Pkg().Path() == "crypto/rand" {
		return true
	}
	w := splitWords(fn.Name())
	if len(w) < 2 {
		return false
	}
	switch w[0] {
	case "generate", "gen", "random":
		return true
	}
	return false
}

func (ev *Evidence) showsHandedOver(call *ast.CallExpr) bool {
	found := false
	for _, a := range call.Args {
		ast.Inspect(a, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && ev.shown[ev.info.ObjectOf(id)] {
				found = true
			}
			return !found
		})
	}
	return found
}

// consentIn records the body of an if that an option to show secrets
// guards (if h.config.ShowPasswords, if o.LogSecrets && …), and marks
// what its statements put into a map of log fields (map[string]any) as
// shown on purpose: mochi-mqtt's debug hook adds a CONNECT packet's
// password to the fields it logs only there. The option is about logs:
// a request, a URL or an error built there stays a sink (see Consented).
func (ev *Evidence) consentIn(n *ast.IfStmt) {
	if !ev.optIn(n.Cond, true) {
		return
	}
	ev.consented = append(ev.consented, span{n.Body.Pos(), n.Body.End()})
	ast.Inspect(n.Body, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false // runs when called, not under the option
		case *ast.AssignStmt:
			for i, l := range x.Lhs {
				if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok && len(x.Lhs) == len(x.Rhs) && ev.logFields(ix.X) {
					if ev.handover == nil {
						ev.handover = make(map[ast.Expr]bool)
					}
					ev.handover[ast.Unparen(x.Rhs[i])] = true
				}
			}
		}
		return true
	})
}

// logFields reports whether e is a map whose values are interfaces, the
// shape of the fields a structured logger takes (map[string]any,
// logrus.Fields), not a header or query map.
func (ev *Evidence) logFields(e ast.Expr) bool {
	t := ev.info.TypeOf(e)
	if t == nil {
		return false
	}
	mt, ok := t.Underlying().(*types.Map)
	return ok && types.IsInterface(mt.Elem())
}

// Consented reports whether call, a log sink, runs only under an option
// to log secrets (see consentIn): what it logs is the option's purpose.
func (m *Model) Consented(call *ast.CallExpr) bool {
	if m.ev == nil || call == nil {
		return false
	}
	in := false
	for _, s := range m.ev.consented {
		if s.pos <= call.Pos() && call.Pos() < s.end {
			in = true
			break
		}
	}
	return in && m.ev.guardedBy(call, true)
}
