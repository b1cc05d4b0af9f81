package ratelimit

import (
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
// example programs and credential fetches do not count, nor a retry loop
// around the send that a 429 leaves (one for server errors only).
func (c *checker) repeats(cl *client) bool {
	level := make([]*httpreq.Func, 0, len(cl.calls))
	seen := make(map[*httpreq.Func]bool)
	for u := range cl.calls {
		if c.res.Repeated(u.Call) {
			return true
		}
		if !seen[u.Func] {
			seen[u.Func] = true
			level = append(level, u.Func)
		}
	}
	for _, s := range cl.sends {
		if c.reaches(s, cl.calls) && c.res.Repeated(s.Call) {
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
				if c.res.InLoop(call) {
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
