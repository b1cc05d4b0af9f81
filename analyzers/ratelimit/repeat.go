package ratelimit

import (
	"go/ast"
	"go/token"

	"github.com/credlint/credlint/internal/httpreq"
)

// statusLost reports whether an API call of the client turns some error
// status into an error that does not even say the status (a decoded body,
// a fixed error value, no look at the status at all): its callers cannot
// tell a 429 from any other failure.
func (c *checker) statusLost(cl *client) bool {
	for u := range cl.calls {
		if !u.StatusSaid {
			return true
		}
	}
	return false
}

// repeats reports whether the package itself sends the client's requests
// repeatedly: a loop around an API call, around its send, or around a
// call of a function that reaches one (batches, pages, the parts of a
// split message, polling, a reconnect loop). Each 429 there meets the
// next request at once, which no caller can stop. Loops in tests,
// example programs and credential fetches do not count.
func (c *checker) repeats(cl *client) bool {
	level := make([]*httpreq.Func, 0, len(cl.calls))
	seen := make(map[*httpreq.Func]bool)
	for u := range cl.calls {
		if c.inLoop(u.Func, u.Call) {
			return true
		}
		if !seen[u.Func] {
			seen[u.Func] = true
			level = append(level, u.Func)
		}
	}
	for _, s := range cl.sends {
		if c.reaches(s, cl.calls) && c.inLoop(s.Func, s.Call) {
			return true
		}
	}
	for depth := 0; depth < 6 && len(level) > 0; depth++ {
		var next []*httpreq.Func
		for _, g := range level {
			for call, h := range c.callSites(g) {
				if h.Decl == nil || c.res.InTest(h.Decl) || c.inExample(h.Decl) || c.aside(h) {
					continue
				}
				if c.inLoop(h, call) {
					return true
				}
				if !seen[h] {
					seen[h] = true
					next = append(next, h)
				}
			}
		}
		level = next
	}
	return false
}

// inLoop reports whether call runs in the body of a loop of f, in the
// function (or function literal) that holds it: a loop outside a closure
// does not repeat the closure's calls.
func (c *checker) inLoop(f *httpreq.Func, call *ast.CallExpr) bool {
	if f == nil || f.Decl == nil || f.Decl.Body == nil || call == nil {
		return false
	}
	path := enclosing(f.Decl.Body, call)
	for i := len(path) - 1; i >= 0; i-- {
		switch n := path[i].(type) {
		case *ast.FuncLit:
			return false
		case *ast.ForStmt:
			if within(n.Body, call.Pos()) || n.Cond != nil && within(n.Cond, call.Pos()) || n.Post != nil && within(n.Post, call.Pos()) {
				return true
			}
		case *ast.RangeStmt:
			if within(n.Body, call.Pos()) {
				return true
			}
		}
	}
	return false
}

func within(n ast.Node, pos token.Pos) bool { return n.Pos() <= pos && pos < n.End() }
