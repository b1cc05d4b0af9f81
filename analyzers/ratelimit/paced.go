package ratelimit

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/httpreq"
)

// paced reports whether the loop goes on whatever the answer (its body
// does not end by leaving or continuing) and every way to its next
// iteration pauses long enough to pace its requests (see pacing): at the
// end of its body and at each of its continues. A short pause on the way
// (time.Sleep(time.Millisecond)), on the 429 path in particular, paces
// nothing: that loop is a retry storm.
func (c *checker) paced(loop ast.Stmt, handler *types.Func) bool {
	p := &pacer{c: c, handler: handler, ok: true}
	if path := astutil.PathTo(c.pass.Files, loop); len(path) > 1 {
		if l, ok := path[1].(*ast.LabeledStmt); ok {
			p.label = c.pass.TypesInfo.Defs[l.Label]
		}
	}
	var body *ast.BlockStmt
	in := false
	switch l := loop.(type) {
	case *ast.ForStmt:
		body = l.Body
	case *ast.RangeStmt: // for range ticker.C
		body = l.Body
		if _, call := ast.Unparen(l.X).(*ast.CallExpr); call {
			in = p.waits(l.X)
		} else if httpreq.IsTickChan(c.pass.TypesInfo.TypeOf(l.X)) {
			in = c.ticks(l.X)
		}
	}
	if body == nil || len(body.List) == 0 {
		return false
	}
	switch body.List[len(body.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		// A loop that ends on success is a retry, not a renewal: its
		// pause on 429 is held to a backoff and a cap (a Hammer retrying
		// every second, forever).
		return false
	}
	out, _ := p.stmts(body.List, in)
	return out && p.ok
}

// pausesThrough reports whether every way through a helper's body, to its
// end and to each return, pauses long enough to pace requests: a helper
// that sleeps only on 5xx returns at once on 429.
func (c *checker) pausesThrough(body *ast.BlockStmt, handler *types.Func, fixed map[types.Object]constant.Value, depth int) bool {
	p := &pacer{c: c, handler: handler, ok: true, fixed: fixed, depth: depth, helper: true}
	out, _ := p.stmts(body.List, false)
	return out && p.ok
}

// pacer follows the ways through a loop's body, or a helper's, knowing on
// each whether it has paused yet.
type pacer struct {
	c       *checker
	handler *types.Func
	label   types.Object // the loop's, if any
	ok      bool         // no continue of the loop (return of the helper) goes on unpaused
	fixed   map[types.Object]constant.Value
	depth   int
	helper  bool
}

func (p *pacer) waits(n ast.Node) bool {
	return n != nil && p.c.waits(n, p.handler, p.fixed, p.depth, pacing)
}

// stmts returns, given whether every way into list has paused (in), the
// same for every way out of its end (out; true when none goes on) and for
// every break out of the switch or select around it (brk).
func (p *pacer) stmts(list []ast.Stmt, in bool) (out, brk bool) {
	brk = true
	for _, st := range list {
		var b bool
		in, b = p.stmt(st, in)
		brk = brk && b
	}
	return in, brk
}

func (p *pacer) stmt(st ast.Stmt, in bool) (out, brk bool) {
	switch st := st.(type) {
	case *ast.BranchStmt:
		switch st.Tok {
		case token.CONTINUE:
			if st.Label == nil || p.ours(st.Label) {
				p.ok = p.ok && in
			}
		case token.BREAK:
			if st.Label == nil {
				return true, in // out of a switch, or of the loop (no next iteration)
			}
		case token.GOTO:
			p.ok = false // anywhere, the next iteration too
		}
		return true, true
	case *ast.ReturnStmt:
		if p.helper {
			p.ok = p.ok && (in || p.waits(st))
		}
		return true, true
	case *ast.BlockStmt:
		return p.stmts(st.List, in)
	case *ast.LabeledStmt:
		return p.stmt(st.Stmt, in)
	case *ast.IfStmt:
		in = in || p.waits(st.Init) || p.waits(st.Cond)
		out, brk = p.stmts(st.Body.List, in)
		if st.Else == nil {
			return out && in, brk
		}
		o, b := p.stmt(st.Else, in)
		return out && o, brk && b
	case *ast.SwitchStmt:
		in = in || p.waits(st.Init) || p.waits(st.Tag)
		return p.clauses(st.Body, in, false), true
	case *ast.TypeSwitchStmt:
		in = in || p.waits(st.Init) || p.waits(st.Assign)
		return p.clauses(st.Body, in, false), true
	case *ast.SelectStmt:
		return p.clauses(st.Body, in, true), true
	case *ast.ForStmt, *ast.RangeStmt:
		// An inner loop may not run: its pauses do not count, and a
		// continue of this loop from it must have paused before it.
		if !in && p.continuesIn(st) {
			p.ok = false
		}
		return in, true
	case *ast.GoStmt, *ast.DeferStmt:
		return in, true
	}
	return in || p.waits(st), true
}

// clauses returns whether every way out of a switch's or select's clauses
// (body) has paused, in saying whether every way in has. A switch without
// default may run none; a select waits for one of its cases.
func (p *pacer) clauses(body *ast.BlockStmt, in, sel bool) bool {
	out, dflt := true, sel
	for _, cl := range body.List {
		var list []ast.Stmt
		cin := in
		switch cl := cl.(type) {
		case *ast.CaseClause:
			list, dflt = cl.Body, dflt || cl.List == nil
		case *ast.CommClause:
			list, cin = cl.Body, in || p.waits(cl.Comm)
		}
		o, b := p.stmts(list, cin)
		out = out && o && b
	}
	return out && (dflt || in)
}

// ours reports whether label names the loop.
func (p *pacer) ours(label *ast.Ident) bool {
	return p.label != nil && p.c.pass.TypesInfo.Uses[label] == p.label
}

// continuesIn reports whether st holds a continue of the loop.
func (p *pacer) continuesIn(st ast.Stmt) bool {
	found := false
	ast.Inspect(st, func(n ast.Node) bool {
		if br, ok := n.(*ast.BranchStmt); ok && br.Tok == token.CONTINUE && br.Label != nil && p.ours(br.Label) {
			found = true
		}
		return !found
	})
	return found
}
