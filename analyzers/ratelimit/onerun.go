package ratelimit

import (
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
		if c.res.InLoop(u.Call) || c.res.InFuncLit(u.Call) || !c.once(u.Func) {
			return false
		}
	}
	return true
}

// once reports whether the function f of package main runs once per run
// (see oneRun). It is remembered per function: a function met again
// while it is being judged calls itself, through its callers, and so runs
// as often as that recursion goes.
func (c *checker) once(f *httpreq.Func) bool {
	if v, ok := c.onceRun[f]; ok {
		return v
	}
	if c.onceRun == nil {
		c.onceRun = make(map[*httpreq.Func]bool)
	}
	c.onceRun[f] = false // recursive, if met again before it is judged
	v := c.onceUncached(f)
	c.onceRun[f] = v
	return v
}

func (c *checker) onceUncached(f *httpreq.Func) bool {
	if f.Decl == nil || f.Decl.Recv != nil {
		return false
	}
	if name := f.Obj.Name(); name == "main" || name == "init" {
		return true
	}
	return c.onlyCalledBy(f, c.once)
}

// onlyCalledBy reports whether every use of f outside the tests is a call
// by a function by accepts, outside loops and function literals: f runs
// once per run of such a caller. A use as a value (a handler, a callback)
// runs as often as whoever holds it likes.
func (c *checker) onlyCalledBy(f *httpreq.Func, by func(*httpreq.Func) bool) bool {
	calls := 0
	for call, h := range c.callSites(f) {
		if h.Decl == nil || c.res.InLoop(call) || c.res.InFuncLit(call) || !by(h) {
			return false
		}
		calls++
	}
	return calls > 0 && calls == c.uses(f.Obj)
}

// uses counts the identifiers outside the tests that refer to fn: its
// calls, and its uses as a value (a handler, a callback). The counts of
// the package's functions are taken in one pass over its uses.
func (c *checker) uses(fn *types.Func) int {
	if c.funcUses == nil {
		c.funcUses = make(map[*types.Func]int)
		for id, obj := range c.pass.TypesInfo.Uses {
			if g, ok := obj.(*types.Func); ok && g.Pkg() == c.pass.Pkg && !c.res.InTest(id) {
				c.funcUses[g]++
			}
		}
	}
	return c.funcUses[fn]
}
