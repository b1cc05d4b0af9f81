package credential

import (
	"go/ast"
	"go/types"
	"strings"
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
// handed-over value.
func (ev *Evidence) finishHandover() {
	if len(ev.shown) == 0 {
		return
	}
	for _, call := range ev.prints {
		if !ev.showsHandedOver(call) {
			continue
		}
		if ev.handover == nil {
			ev.handover = make(map[ast.Expr]bool)
		}
		for _, a := range call.Args {
			ev.handover[ast.Unparen(a)] = true
		}
	}
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
