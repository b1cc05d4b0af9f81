package ratelimit

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/credlint/credlint/internal/httpreq"
)

// oneRun reports whether a program makes each API call of the client once
// per run: in package main, every call is made by main (or init), or by a
// function that only such functions call, never in a loop or a function
// literal (a handler, a goroutine body, a command's callback), nor used as
// a value. clickhouse-go's release helper (internal/cmd/release/main.go)
// asks GitHub for the latest draft release, then for that release, once:
// a 429 fails the run, which its user starts again, as a one-off request
// at construction does. A program that loops over API calls, or serves
// requests that make them, is judged as any client is.
func (c *checker) oneRun(cl *client) bool {
	if c.pass.Pkg.Name() != "main" || len(cl.calls) == 0 || cl.dropper != nil || c.repeats(cl) {
		return false
	}
	for u := range cl.calls {
		if c.res.InLoop(u.Call) || inFuncLit(u.Func.Decl, u.Call.Pos()) || !c.once(u.Func, 0) {
			return false
		}
	}
	return true
}

// once reports whether the function f of package main runs once per run
// (see oneRun).
func (c *checker) once(f *httpreq.Func, depth int) bool {
	if f.Decl == nil || f.Decl.Recv != nil {
		return false
	}
	if name := f.Obj.Name(); name == "main" || name == "init" {
		return true
	}
	if depth > 6 {
		return false
	}
	calls := 0
	for call, h := range c.callSites(f) {
		if h.Decl == nil || c.res.InLoop(call) || inFuncLit(h.Decl, call.Pos()) || !c.once(h, depth+1) {
			return false
		}
		calls++
	}
	return calls > 0 && calls == c.uses(f.Obj)
}

// uses counts the identifiers outside the tests that refer to fn: its
// calls, and its uses as a value (a handler, a callback).
func (c *checker) uses(fn *types.Func) int {
	n := 0
	for id, obj := range c.pass.TypesInfo.Uses {
		if obj == fn && !c.res.InTest(id) {
			n++
		}
	}
	return n
}

// inFuncLit reports whether pos is inside a function literal of decl.
func inFuncLit(decl *ast.FuncDecl, pos token.Pos) bool {
	found := false
	if decl == nil || decl.Body == nil {
		return false
	}
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok && lit.Pos() <= pos && pos < lit.End() {
			found = true
		}
		return !found
	})
	return found
}
