package ratelimit

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/httpreq"
)

// quality reports 429 handlers that retry badly: without reading
// Retry-After, without backing off, or without a cap on the attempts. A
// retry on a rate-limit code from the body (RequestLimitExceeded) is held
// to the same backoff and cap; such answers come without Retry-After.
func (c *checker) quality() {
	for _, f := range c.res.Funcs() {
		if len(f.Mentions429)+len(f.RateCodes) == 0 || c.res.InTest(f.Decl) {
			continue
		}
		c.handlerQuality(f)
	}
}

// handlerQuality reports the first retry of f that retries badly: one
// finding per handler.
func (c *checker) handlerQuality(f *httpreq.Func) {
	for _, m := range f.Mentions429 {
		if c.retryQuality(f, m, "") {
			return
		}
	}
	for _, m := range f.RateCodes {
		if code := c.constString(m); code != "" && c.retryQuality(f, m, code) {
			return
		}
	}
}

// constString is the value of a string literal or constant, also one
// named as pkg.Code (whose identifier has no type entry of its own).
func (c *checker) constString(n ast.Node) string {
	if s, ok := c.res.ConstString(n.(ast.Expr)); ok {
		return s
	}
	if id, ok := n.(*ast.Ident); ok {
		if k, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Const); ok && k.Val().Kind() == constant.String {
			return constant.StringVal(k.Val())
		}
	}
	return ""
}

// retryQuality reports the retry that the 429 test m (or the test for the
// rate-limit code, when code is not "") guards, if it retries badly.
func (c *checker) retryQuality(f *httpreq.Func, m ast.Node, code string) bool {
	path := astutil.PathTo(c.pass.Files, m)
	branch, loop, rest := branchOf(path, m)
	if branch == nil {
		return false
	}
	if c.delegates(branch) {
		return false // a backoff callback the user supplies decides the wait
	}
	recursion := c.calls(branch, f.Obj)
	// The rest of a loop's body after `if status != 429 { break }` goes
	// on to the next attempt unless it leaves itself: a cap inside it
	// (if i >= limit { break }) does not make it give up.
	gives := returns(branch)
	if rest {
		gives = leaves(branch)
	}
	if !recursion && !hasContinue(branch) && (loop == nil || gives || !c.sendsIn(loop, f)) {
		return false // the branch gives up: an error for the caller
	}
	if loop != nil && !recursion && bounded(c.pass.TypesInfo, loop) && c.waits(loop, f.Obj, nil, 0, anyPause) {
		// A capped retry that pauses between attempts does not make the
		// limit worse, even at a fixed pace or deaf to Retry-After (alpaca's
		// RetryDelay on an API that sends X-RateLimit-Reset instead): the
		// guides' own sample retries a few times after a fixed wait.
		return false
	}
	if loop != nil && !recursion && c.paced(loop, f.Obj) {
		// A loop that pauses before every next request whatever the answer
		// (a registration renewed forever, syncthing's strelaysrv
		// poolHandler waiting a minute on 429 as on any failure) paces
		// itself: its 429 branch is no retry storm.
		return false
	}
	var problems []string
	if code == "" && !c.readsRetryAfter(f) {
		problems = append(problems, "ignores Retry-After")
	}
	scope := ast.Node(branch)
	if loop != nil {
		scope = loop
	}
	if !c.waits(scope, f.Obj, nil, 0, computed) {
		problems = append(problems, "does not back off")
	}
	if loop != nil && !recursion && !bounded(c.pass.TypesInfo, loop) {
		problems = append(problems, "has no cap on the attempts")
	}
	if len(problems) == 0 {
		return false
	}
	msg := "the retry on 429 Too Many Requests " + strings.Join(problems, ", ") +
		": wait as Retry-After says when present, else back off exponentially (1s, 2s, 4s…), with capped attempts"
	if code != "" {
		msg = "the retry on the rate-limit code " + strconv.Quote(code) + " " + strings.Join(problems, ", ") +
			": back off exponentially (1s, 2s, 4s…), with capped attempts"
	}
	c.report.Report(analysis.Diagnostic{Pos: m.Pos(), End: m.End(), Category: categoryQuality, Message: msg})
	return true
}

// branchOf returns the statements that run when the 429 test m holds —
// the if's body or the case clause — and the innermost loop around them;
// path runs from m up. For a test that holds for any other status (if
// resp.StatusCode != 429 { break }, alpaca's retry loop), they are the
// else branch, or, when the body leaves, the statements after the if
// (rest).
func branchOf(path []ast.Node, m ast.Node) (branch *ast.BlockStmt, loop ast.Stmt, rest bool) {
	for i, n := range path {
		switch n := n.(type) {
		case *ast.IfStmt:
			if branch != nil || m.Pos() < n.Cond.Pos() || n.Cond.End() <= m.Pos() {
				break
			}
			if !negated(n.Cond, m) {
				branch = n.Body
				break
			}
			if els, ok := n.Else.(*ast.BlockStmt); ok {
				branch = els
			} else if block, ok := path[i+1].(*ast.BlockStmt); ok && n.Else == nil && returns(n.Body) {
				branch, rest = after(block, n), true
			}
			if branch == nil {
				return nil, nil, false
			}
		case *ast.CaseClause:
			if branch == nil && len(n.List) > 0 && n.List[0].Pos() <= m.Pos() && m.Pos() < n.Colon {
				branch = &ast.BlockStmt{Lbrace: n.Colon, List: n.Body, Rbrace: n.End()}
			}
		case *ast.ForStmt, *ast.RangeStmt:
			if branch != nil && loop == nil {
				loop = n.(ast.Stmt)
			}
		case *ast.FuncLit:
			if loop == nil && branch != nil {
				return branch, nil, rest
			}
		}
	}
	return branch, loop, rest
}

// negated reports whether the 429 constant m is compared with != in cond,
// alone or joined by ||: cond holds for every other status.
func negated(cond ast.Expr, m ast.Node) bool {
	switch e := ast.Unparen(cond).(type) {
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LOR:
			return negated(e.X, m) || negated(e.Y, m)
		case token.NEQ:
			return is(e.X, m) || is(e.Y, m)
		}
	}
	return false
}

// is reports whether e is the constant m: 429, or http.StatusTooManyRequests
// whose identifier m is.
func is(e ast.Expr, m ast.Node) bool {
	e = ast.Unparen(e)
	if sel, ok := e.(*ast.SelectorExpr); ok {
		return sel.Sel == m
	}
	return e == m
}

// after returns the statements of block that follow st, as a block.
func after(block *ast.BlockStmt, st ast.Stmt) *ast.BlockStmt {
	for i, s := range block.List {
		if s == st {
			return &ast.BlockStmt{Lbrace: st.End(), List: block.List[i+1:], Rbrace: block.Rbrace}
		}
	}
	return nil
}

// leaves reports whether a statement of b itself (not one nested in an
// if) returns or breaks out.
func leaves(b *ast.BlockStmt) bool {
	for _, st := range b.List {
		switch st := st.(type) {
		case *ast.ReturnStmt:
			return true
		case *ast.BranchStmt:
			if st.Tok == token.BREAK || st.Tok == token.GOTO {
				return true
			}
		}
	}
	return false
}

func hasContinue(b *ast.BlockStmt) bool {
	found := false
	ast.Inspect(b, func(n ast.Node) bool {
		if br, ok := n.(*ast.BranchStmt); ok && br.Tok == token.CONTINUE {
			found = true
		}
		switch n.(type) {
		case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt:
			return false
		}
		return !found
	})
	return found
}

func returns(b *ast.BlockStmt) bool {
	found := false
	ast.Inspect(b, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ReturnStmt:
			found = true
		case *ast.BranchStmt:
			found = found || n.Tok == token.BREAK || n.Tok == token.GOTO
		case *ast.FuncLit:
			return false
		}
		return !found
	})
	return found
}

// delegates reports whether the branch calls a function value
// (gophercloud's RetryBackoffFunc) or an interface method named like a
// wait or a backoff: the wait is the callee's, which this package does not
// see.
func (c *checker) delegates(b *ast.BlockStmt) bool {
	info := c.pass.TypesInfo
	found := false
	ast.Inspect(b, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		if tv, ok := info.Types[call.Fun]; ok && (tv.IsType() || tv.IsBuiltin()) {
			return true
		}
		fn, ok := calleeOf(info, call)
		if !ok {
			found = true // a func-typed variable, field or parameter
		} else if recv := fn.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
			name := strings.ToLower(fn.Name())
			found = strings.Contains(name, "backoff") || strings.Contains(name, "wait") ||
				strings.Contains(name, "retry") || strings.Contains(name, "sleep")
		}
		return !found
	})
	return found
}

// calls reports whether n calls fn (a retry by recursion).
func (c *checker) calls(n ast.Node, fn *types.Func) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		if call, ok := x.(*ast.CallExpr); ok {
			if g, ok := calleeOf(c.pass.TypesInfo, call); ok && g == fn {
				found = true
			}
		}
		return !found
	})
	return found
}

// sendsIn reports whether the loop sends a request of f.
func (c *checker) sendsIn(loop ast.Node, f *httpreq.Func) bool {
	for _, s := range c.res.Sends {
		if s.Func == f && loop.Pos() <= s.Call.Pos() && s.Call.Pos() < loop.End() {
			return true
		}
	}
	return false
}

// readsRetryAfter reports whether f or a function it calls (two levels)
// reads Retry-After or a rate-limit reset header.
func (c *checker) readsRetryAfter(f *httpreq.Func) bool {
	if f.RetryAfter {
		return true
	}
	for g := range f.Callees() {
		if g.RetryAfter {
			return true
		}
		for h := range g.Callees() {
			if h.RetryAfter {
				return true
			}
		}
	}
	return false
}

// bounded reports whether a retry loop stops: a condition, a range, a
// counter compared in its body, or a context checked.
func bounded(info *types.Info, loop ast.Stmt) bool {
	fs, ok := loop.(*ast.ForStmt)
	if !ok || fs.Cond != nil {
		return true
	}
	counters := make(map[types.Object]bool)
	ast.Inspect(fs, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IncDecStmt:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
				counters[info.ObjectOf(id)] = true
			}
		case *ast.AssignStmt:
			if n.Tok == token.ADD_ASSIGN || n.Tok == token.SUB_ASSIGN {
				if id, ok := ast.Unparen(n.Lhs[0]).(*ast.Ident); ok {
					counters[info.ObjectOf(id)] = true
				}
			}
		}
		return true
	})
	found := false
	ast.Inspect(fs.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			switch n.Op {
			case token.LSS, token.LEQ, token.GTR, token.GEQ, token.EQL:
				for _, side := range []ast.Expr{n.X, n.Y} {
					if id, ok := ast.Unparen(side).(*ast.Ident); ok && counters[info.ObjectOf(id)] {
						found = true
					}
				}
			}
		case *ast.SelectorExpr:
			if n.Sel.Name == "Done" || n.Sel.Name == "Err" {
				if t := info.TypeOf(n.X); t != nil && strings.HasSuffix(t.String(), "context.Context") {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
