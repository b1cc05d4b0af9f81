package credential

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// noteOpened marks the variable or field that call, a call of fn, opens
// as a file's name; a call of the package's own function is kept, to mark
// its arguments for the parameters it opens (see finishOpened).
func (ev *Evidence) noteOpened(call *ast.CallExpr, fn *types.Func) {
	if fn.Pkg() == ev.pkg {
		ev.calls = append(ev.calls, call)
		return
	}
	n := 0
	switch {
	case opens(fn):
		n = 1
	case fn.Pkg() != nil && fn.Pkg().Path() == "crypto/tls" && fn.Name() == "LoadX509KeyPair":
		n = 2 // certFile, keyFile
	}
	for _, a := range call.Args[:min(n, len(call.Args))] {
		if v := ev.pathVar(a); v != nil {
			ev.opened[v] = true
		}
	}
}

// failedOpen returns the variable call opens as a file's name when body,
// the branch where the open failed, returns and uses it only as a call's
// argument: there it is the path that could not be read (seaweedfs's
// fmt.Errorf("failed to read credentials file %s: %w", v, err) after
// os.ReadFile(v), when another branch takes v as inline JSON).
func (ev *Evidence) failedOpen(call *ast.CallExpr, body *ast.BlockStmt) *types.Var {
	fn, ok := typeutil.Callee(ev.info, call).(*types.Func)
	if !ok || !opens(fn) || len(call.Args) == 0 || len(body.List) == 0 {
		return nil
	}
	id, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := ev.info.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	if _, ret := body.List[len(body.List)-1].(*ast.ReturnStmt); !ret {
		return nil
	}
	// Each use of v there must be a call's argument (a message's), not a
	// conversion, a result or an assignment: the value goes nowhere else.
	uses, args := 0, 0
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if ev.info.Uses[n] == v {
				uses++
			}
		case *ast.CallExpr:
			if tv, ok := ev.info.Types[n.Fun]; ok && tv.IsType() {
				return true
			}
			for _, a := range n.Args {
				if a, ok := ast.Unparen(a).(*ast.Ident); ok && ev.info.Uses[a] == v {
					args++
				}
			}
		}
		return true
	})
	if uses != args {
		return nil
	}
	return v
}

// opens reports whether fn takes a file's name first and opens or stats it.
func opens(fn *types.Func) bool {
	if fn.Pkg() == nil || fn.Signature().Recv() != nil || fn.Signature().Params().Len() == 0 {
		return false // (*os.File).Stat is no os.Stat
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "os.ReadFile", "os.Open", "os.OpenFile", "os.Stat", "os.Lstat", "io/ioutil.ReadFile":
		return true
	}
	return false
}

// noteContent marks a variable or field converted to bytes ([]byte(v)):
// its value is also used as the content that a file would hold (see
// noteReturned).
func (ev *Evidence) noteContent(call *ast.CallExpr) {
	if len(call.Args) != 1 {
		return
	}
	tv, ok := ev.info.Types[call.Fun]
	if !ok || !tv.IsType() {
		return
	}
	if s, ok := tv.Type.Underlying().(*types.Slice); ok && types.Identical(s.Elem(), types.Typ[types.Byte]) {
		if v := ev.pathVar(call.Args[0]); v != nil {
			ev.content[v] = true
		}
	}
}

// noteReturned marks a variable or field returned as it is: its value
// goes to the caller as it is, perhaps as the key itself (a key or a
// file: return key when reading it failed).
func (ev *Evidence) noteReturned(ret *ast.ReturnStmt) {
	for _, r := range ret.Results {
		if v := ev.pathVar(r); v != nil {
			ev.content[v] = true
		}
	}
}

// pathVar is the variable or field e reads, if it is one.
func (ev *Evidence) pathVar(e ast.Expr) *types.Var {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, _ := ev.info.Uses[e].(*types.Var)
		return v
	case *ast.SelectorExpr:
		if sel, ok := ev.info.Selections[e]; ok && sel.Kind() == types.FieldVal {
			return sel.Obj().(*types.Var).Origin()
		}
	}
	return nil
}

// finishOpened marks the arguments given to opened parameters of the
// package's functions, through chains of helpers: validateFileIsReadable(
// authInfo.ClientKey) opens the field (podman's kubeconfig client-key).
func (ev *Evidence) finishOpened() {
	for changed, round := true, 0; changed && round < 4; round++ {
		changed = false
		for _, call := range ev.calls {
			fn, _ := typeutil.Callee(ev.info, call).(*types.Func)
			if fn == nil {
				continue
			}
			params := fn.Origin().Signature().Params()
			for i, a := range call.Args {
				if i >= params.Len() || !ev.opened[params.At(i)] {
					continue
				}
				if v := ev.pathVar(a); v != nil && !ev.opened[v] {
					ev.opened[v] = true
					changed = true
				}
			}
		}
	}
}

// pathOnly reports whether v's value is a file's name and nothing else:
// the package opens it, never uses it as content nor returns it as it is,
// and never assigns it
// text made of bytes (c = string(b), what the file held). A key file's
// path (KeyPath, or ClientKey beside ClientKeyData) shows where the key
// is, not the key.
func (ev *Evidence) pathOnly(v *types.Var) bool {
	if !ev.opened[v] || ev.content[v] {
		return false
	}
	for _, d := range ev.defs[v] {
		if call, ok := ast.Unparen(d).(*ast.CallExpr); ok && len(call.Args) == 1 {
			if tv, ok := ev.info.Types[call.Fun]; ok && tv.IsType() {
				if _, ok := ev.info.TypeOf(call.Args[0]).Underlying().(*types.Slice); ok {
					return false
				}
			}
		}
	}
	return true
}
