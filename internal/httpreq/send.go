package httpreq

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/sinks"
)

// complete finds what happens to each response, and then the calls of
// wrappers, same-package functions that return the response of a send:
// their calls are sends too, judged where the response is looked at.
func (w *walker) complete() {
	r := w.r
	r.calls = w.calls // for headerResult
	for _, s := range r.Sends {
		r.useOf(s)
	}
	wrappers := make(map[*Func]bool)
	for range 4 { // wrappers of wrappers, a few levels deep
		fresh := make(map[*Func]bool)
		for _, s := range r.Sends {
			if s.Returned && s.Func != nil && s.Func.returnsRsp && !wrappers[s.Func] {
				wrappers[s.Func] = true
				fresh[s.Func] = true
			}
		}
		if len(fresh) == 0 {
			break
		}
		for _, c := range w.calls {
			if fresh[c.callee] {
				s := &Send{Call: c.cur.Node().(*ast.CallExpr), Callee: c.callee.Obj, Func: c.caller, Wrapper: c.callee, cur: c.cur}
				s.Retrying = inRetryHelper(r.info, c.cur)
				r.useOf(s)
				r.Sends = append(r.Sends, s)
			}
		}
	}
	r.wrapperSaid()
	r.calls = w.calls
	r.byCall = make(map[*ast.CallExpr]*Send, len(r.Sends))
	for _, s := range r.Sends {
		if s.Func != nil && s.Func.retries {
			s.Retrying = true
		}
		r.byCall[s.Call] = s
	}
}

// useOf sets what s's caller does with the response.
func (r *Result) useOf(s *Send) {
	s.Paced = inPacingLoop(r.info, s.cur)
	parent := s.cur.Parent()
	switch p := parent.Node().(type) {
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 {
			s.Used = true
			return
		}
		if id, ok := ast.Unparen(p.Lhs[0]).(*ast.Ident); ok {
			if id.Name != "_" {
				s.Resp = r.info.ObjectOf(id)
			}
		} else {
			s.Used = true // stored in a field or element
		}
	case *ast.ValueSpec:
		if len(p.Values) == 1 && p.Names[0].Name != "_" {
			s.Resp = r.info.ObjectOf(p.Names[0])
		}
	case *ast.ReturnStmt:
		s.Returned = true
	case *ast.ExprStmt, *ast.GoStmt, *ast.DeferStmt:
		// discarded
	default:
		s.Used = true
	}
	if s.Resp == nil {
		return
	}
	var body inspector.Cursor
	for c := range s.cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		body = c
		if _, ok := c.Node().(*ast.FuncDecl); ok {
			break
		}
	}
	if !body.Valid() {
		return
	}
	if r.nakedResult(body.Node(), s.Resp, s.Call.Pos()) {
		s.Returned = true // resp, err = c.hc.Do(req); …; return
	}
	holders := map[types.Object]bool{s.Resp: true}
	for c := range body.Preorder((*ast.Ident)(nil)) {
		if r.info.Uses[c.Node().(*ast.Ident)] != s.Resp {
			continue
		}
		switch p := c.Parent().Node().(type) {
		case *ast.ReturnStmt:
			s.Returned = true
			continue
		case *ast.CompositeLit, *ast.KeyValueExpr, *ast.UnaryExpr, *ast.ParenExpr, *ast.AssignStmt:
			if !s.Returned && r.handedOver(body, c, holders) {
				s.Returned = true
			}
		case *ast.CallExpr:
			if !s.Returned && p.Fun != c.Node() && holdsResponse(r.info.TypeOf(p)) && r.handedOver(body, c, holders) {
				s.Returned = true
			}
		case *ast.BinaryExpr:
			if isNil(r.info, p.X) || isNil(r.info, p.Y) {
				continue // resp != nil
			}
		case *ast.SelectorExpr:
			// &StatusError{Code: resp.StatusCode, Header: resp.Header}: the
			// headers carry Retry-After, so the caller can handle 429.
			if p.Sel.Name == "Header" && !s.Returned && !r.headerResult(s.Func, c.Parent()) && r.handedOver(body, c.Parent(), holders) {
				s.Returned = true
			}
			if p.Sel.Name == "Body" {
				if pp, ok := c.Parent().Parent().Node().(*ast.SelectorExpr); ok && pp.Sel.Name == "Close" {
					continue // resp.Body.Close()
				}
			}
		}
		s.Used = true
	}
	kept := r.handsStatus(body.Node(), s.Resp, s.Call.Pos())
	if s.Returned && s.Func != nil && s.Func.returnsRsp {
		s.Drops = !kept && r.drops(body.Node(), s)
	}
	s.StatusKept = kept
	s.StatusSaid = kept || r.handsStatusText(body.Node(), s.Resp, s.Call.Pos())
}

// wrapperSaid marks the wrapper calls whose wrapper's error says the
// status (see saidByWrapper), once every send is known: a wrapper's sends
// are found level by level, in source order within a level, so a call
// judged as it is found could miss a send of its wrapper found later. It
// repeats until nothing changes (a wrapper of a wrapper), starting from
// what each call's own body says: a cycle of wrappers says nothing.
func (r *Result) wrapperSaid() {
	for changed := true; changed; {
		changed = false
		for _, s := range r.Sends {
			if s.Wrapper != nil && !s.StatusSaid && r.saidByWrapper(s) {
				s.StatusSaid, changed = true, true
			}
		}
	}
}

// saidByWrapper reports whether s calls a same-package wrapper that turns
// every error status into an error saying it, and hands that error on:
// goreleaser's opencollective doMutation returns `resp, fmt.Errorf("incorrect
// response from opencollective: %s", resp.Status)`, and its callers
// `if err != nil { return "", err }`. The status is checked once, in the
// wrapper; its callers see a 429 as the wrapper's own would.
func (r *Result) saidByWrapper(s *Send) bool {
	if s.Wrapper == nil {
		return false
	}
	said := false
	for _, t := range r.Sends {
		if t.Func == s.Wrapper && t.Returned {
			if !t.StatusSaid {
				return false
			}
			said = true
		}
	}
	return said && r.passesError(s.cur)
}

// passesError reports whether the failure of the call at cur, `v, err :=
// f()`, returns err to the caller, as it is or wrapped (fmt.Errorf("…: %w",
// err), another package's errors.Wrap(err, …)), on every path of the
// `if err != nil` branch that follows it.
func (r *Result) passesError(cur inspector.Cursor) bool {
	as, ok := cur.Parent().Node().(*ast.AssignStmt)
	if !ok || len(as.Lhs) < 2 {
		return false
	}
	id, ok := ast.Unparen(as.Lhs[len(as.Lhs)-1]).(*ast.Ident)
	branch := failureBranch(r.info, cur)
	if !ok || branch == nil || !endsInReturn(branch) {
		return false
	}
	errVar := r.info.ObjectOf(id)
	var sig *types.Signature
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		sig, _ = r.sigBody(c.Node())
		break
	}
	if sig == nil {
		return false
	}
	passes := true
	ast.Inspect(branch, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			passes = passes && r.wrapsErr(r.errResult(n, sig), errVar)
		}
		return passes
	})
	return passes
}

// wrapsErr reports whether e is the error errVar, or an error another
// package builds from it (fmt.Errorf, errors.Join, pkg/errors' Wrap): its
// text goes on with it.
func (r *Result) wrapsErr(e ast.Expr, errVar types.Object) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return r.info.Uses[e] == errVar
	case *ast.CallExpr:
		fn := calleeFunc(r.info, e)
		if fn == nil || fn.Pkg() == r.pass.Pkg || !isErrorType(r.info.TypeOf(e)) {
			return false
		}
		for _, a := range e.Args {
			if id, ok := ast.Unparen(a).(*ast.Ident); ok && r.info.Uses[id] == errVar {
				return true
			}
		}
	}
	return false
}

// headerResult reports whether the response's headers at cur are returned
// bare, as a result of their own, by an unexported function: its callers
// are the package's, which keep them or not; they are judged as any
// caller is (one that reads Retry-After from them handles 429).
// go-binance's futures callAPI returns (data, &res.Header, err), and every
// caller drops the headers on an error: Retry-After never leaves the
// package. An error or a value built around them goes on to the user, and
// so do they when a caller returns the call whole (return call(req)).
func (r *Result) headerResult(f *Func, cur inspector.Cursor) bool {
	if f == nil || f.Obj.Exported() {
		return false
	}
	for bare := false; !bare; cur = cur.Parent() {
		switch n := cur.Parent().Node().(type) {
		case *ast.ParenExpr:
		case *ast.UnaryExpr:
			if n.Op != token.AND {
				return false
			}
		case *ast.ReturnStmt:
			bare = true
		default:
			return false
		}
	}
	for _, c := range r.callsOf(f) {
		if _, ok := c.cur.Parent().Node().(*ast.ReturnStmt); ok {
			return false
		}
	}
	return true
}

// nakedResult reports whether v is a named result of the function fn and
// a bare return after pos hands it to the caller.
func (r *Result) nakedResult(fn ast.Node, v types.Object, pos token.Pos) bool {
	sig, body := r.sigBody(fn)
	if sig == nil || body == nil {
		return false
	}
	named := false
	for res := range sig.Results().Variables() {
		named = named || res == v
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			found = found || len(n.Results) == 0 && n.Pos() > pos
		}
		return named && !found
	})
	return found
}

// drops reports whether fn, which returns s's response, also returns
// without it in a branch on its status: `if resp.StatusCode >= 400 {
// return nil, fmt.Errorf("status %d", resp.StatusCode) }`. A return that
// keeps the response (or its Header) in any result, or hands it to a
// function, does not drop it, nor does the return of a failed read of
// the error body (readGuards).
func (r *Result) drops(fn ast.Node, s *Send) bool {
	found := false
	guards := r.readGuards(fn)
	ast.Inspect(fn, func(n ast.Node) bool {
		if found {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		var body ast.Node
		switch n := n.(type) {
		case *ast.IfStmt:
			if n.Pos() > s.Call.Pos() && r.statusOf(n.Cond, s.Resp) {
				body = n.Body
			}
		case *ast.SwitchStmt:
			if n.Pos() > s.Call.Pos() && n.Tag != nil && r.statusOf(n.Tag, s.Resp) {
				body = n.Body
			}
		}
		if body == nil {
			return true
		}
		ast.Inspect(body, func(m ast.Node) bool {
			if ret, ok := m.(*ast.ReturnStmt); ok && len(ret.Results) > 1 && !found {
				found = isNil(r.info, ret.Results[0]) && !r.keeps(ret, s.Resp)
			}
			_, lit := m.(*ast.FuncLit)
			ifs, _ := m.(*ast.IfStmt)
			return !found && !lit && !guards[ifs] // a failed read of the body
		})
		return !found
	})
	return found
}

// statusOf reports whether e reads resp.StatusCode or resp.Status.
func (r *Result) statusOf(e ast.Expr, resp types.Object) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && (sel.Sel.Name == "StatusCode" || sel.Sel.Name == "Status") {
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && r.info.Uses[id] == resp {
				found = true
			}
		}
		return !found
	})
	return found
}

// keeps reports whether a return statement passes on the response itself
// or its headers: resp anywhere in a result other than resp.StatusCode,
// resp.Status or resp.Body, or a local variable built from it.
func (r *Result) keeps(ret *ast.ReturnStmt, resp types.Object) bool {
	kept := false
	for _, res := range ret.Results {
		ast.Inspect(res, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && r.info.Uses[id] == resp {
					switch n.Sel.Name {
					case "StatusCode", "Status", "Body":
						return false
					}
				}
			case *ast.Ident:
				obj := r.info.Uses[n]
				if obj == resp {
					kept = true
				}
				if v, ok := obj.(*types.Var); ok && v != resp && !v.IsField() && r.holds(v, resp) {
					kept = true
				}
			}
			return !kept
		})
	}
	return kept
}

// holds reports whether a local variable was assigned a value that uses
// the response whole (err := &APIError{Response: resp}).
func (r *Result) holds(v *types.Var, resp types.Object) bool {
	for _, e := range r.values[v] {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && r.info.Uses[id] == resp {
				if p, ok := parentSel(e, id); !ok || p == "Header" {
					found = true
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// parentSel returns the selector name id is the operand of inside e.
func parentSel(e ast.Expr, id *ast.Ident) (string, bool) {
	name, ok := "", false
	ast.Inspect(e, func(n ast.Node) bool {
		if sel, is := n.(*ast.SelectorExpr); is && sel.X == id {
			name, ok = sel.Sel.Name, true
		}
		return !ok
	})
	return name, ok
}

// handedOver reports whether the response at cur goes, inside a value
// built from it (&APIError{Response: resp}, Result{Raw: resp}), to the
// function's caller: that value is returned, directly or through a local
// variable it is assigned to (or a field of one is set to), a few steps
// deep. resp.StatusCode in an error message does not hand the response
// over: only the response itself placed in a literal does.
func (r *Result) handedOver(body, cur inspector.Cursor, holders map[types.Object]bool) bool {
	for range 4 {
		var holder types.Object
		c := cur
	up:
		for {
			p := c.Parent()
			switch n := p.Node().(type) {
			case *ast.ParenExpr, *ast.CompositeLit:
			case *ast.UnaryExpr:
				if n.Op != token.AND {
					return false
				}
			case *ast.KeyValueExpr:
				if n.Value != c.Node() {
					return false
				}
			case *ast.ReturnStmt:
				return true
			case *ast.CallExpr:
				// newResponse(resp, v): a value built around the response.
				if n.Fun == c.Node() || !holdsResponse(r.info.TypeOf(n)) {
					return false
				}
			case *ast.AssignStmt:
				if len(n.Lhs) != len(n.Rhs) {
					return false
				}
				for i, rhs := range n.Rhs {
					if rhs == c.Node() {
						holder = r.baseVar(n.Lhs[i])
					}
				}
				break up
			case *ast.ValueSpec:
				for i, v := range n.Values {
					if v == c.Node() && i < len(n.Names) {
						holder = r.info.ObjectOf(n.Names[i])
					}
				}
				break up
			default:
				return false
			}
			c = p
		}
		if holder == nil || holders[holder] {
			return false
		}
		holders[holder] = true
		// Follow the holder to its first use that builds or is returned.
		next := inspector.Cursor{}
		for u := range body.Preorder((*ast.Ident)(nil)) {
			if r.info.Uses[u.Node().(*ast.Ident)] != holder {
				continue
			}
			switch u.Parent().Node().(type) {
			case *ast.ReturnStmt:
				return true
			case *ast.CompositeLit, *ast.KeyValueExpr, *ast.UnaryExpr, *ast.ParenExpr:
				if !next.Valid() {
					next = u
				}
			}
		}
		if !next.Valid() {
			return false
		}
		cur = next
	}
	return false
}

// holdsResponse reports whether t is a struct, or a pointer to one, with
// an *http.Response field (go-jira's Response embeds it).
func holdsResponse(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for f := range st.Fields() {
		if isResponse(f.Type()) {
			return true
		}
	}
	return false
}

// baseVar returns the local variable an assignment's left side writes: v
// for v, and for v.Field (the response stored in a field of v).
func (r *Result) baseVar(lhs ast.Expr) types.Object {
	for {
		switch l := ast.Unparen(lhs).(type) {
		case *ast.Ident:
			if l.Name == "_" {
				return nil
			}
			if v, ok := r.info.ObjectOf(l).(*types.Var); ok && !v.IsField() {
				return v
			}
			return nil
		case *ast.SelectorExpr:
			if _, ok := r.info.Selections[l]; !ok {
				return nil // a package-qualified name
			}
			lhs = l.X
		default:
			return nil
		}
	}
}

func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

// Credentialed reports whether the request s sends carries credentials:
// its function (or a same-package function it calls) writes an
// Authorization or API-key header or sets basic auth; a resty chain or
// client has an auth token or credential header; or the client adds them
// (an oauth2 client, a transport of the package that adds them).
func (r *Result) Credentialed(s *Send) bool { return r.credentialed(s, 0) }

func (r *Result) credentialed(s *Send, depth int) bool {
	if r.Authenticated(s.Func) || !r.madeHere(s) && r.callerAuthenticated(s.Func, 0) {
		return true
	}
	if s.Wrapper != nil {
		if depth > 4 {
			return false
		}
		for _, in := range r.Sends {
			if in.Func == s.Wrapper && in.Returned && r.credentialed(in, depth+1) {
				return true
			}
		}
		return false
	}
	if sinks.IsResty(pkgPath(s.Callee)) {
		return r.restyCr || r.chainCredential(s.Call)
	}
	return r.ClientCredentialed(s.Client)
}

// madeHere reports whether the request s sends is made in its function:
// a local variable set only from calls that make a new request
// (http.NewRequest, a same-package newRequest), not from a parameter or
// from the caller's request (req.WithContext(ctx)). What a caller puts on
// its own requests cannot reach it: go-buildkite's presigned S3 upload
// builds its request apart from the authenticated API call made before it.
func (r *Result) madeHere(s *Send) bool {
	if s.Func == nil || s.Func.Decl == nil || s.Func.Decl.Body == nil {
		return false
	}
	var v *types.Var
	for _, a := range s.Call.Args {
		if astutil.IsNamed(r.info.TypeOf(a), "net/http", "Request") {
			id, ok := ast.Unparen(a).(*ast.Ident)
			if !ok {
				return false
			}
			v, _ = r.info.ObjectOf(id).(*types.Var)
			break
		}
	}
	if v == nil || isParam(s.Func.Obj.Signature(), v) {
		return false // no request argument (http.Get(url)), or a parameter
	}
	made := false
	fresh := true
	ast.Inspect(s.Func.Decl.Body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || !fresh {
			return fresh
		}
		for i, lhs := range as.Lhs {
			if id, ok := lhs.(*ast.Ident); !ok || r.info.ObjectOf(id) != v {
				continue
			}
			rhs := as.Rhs[0]
			if len(as.Rhs) == len(as.Lhs) {
				rhs = as.Rhs[i]
			}
			call, ok := ast.Unparen(rhs).(*ast.CallExpr)
			if !ok {
				fresh = false
				return false
			}
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && astutil.IsNamed(r.info.TypeOf(sel.X), "net/http", "Request") {
				fresh = false // req.WithContext(ctx), req.Clone(ctx): the caller's request
				return false
			}
			made = true
		}
		return true
	})
	return made && fresh
}

// isParam reports whether v is a parameter or the receiver of sig.
func isParam(sig *types.Signature, v *types.Var) bool {
	if sig.Recv() == v {
		return true
	}
	for p := range sig.Params().Variables() {
		if p == v {
			return true
		}
	}
	return false
}

// callerAuthenticated reports whether a caller of f (a few levels up) puts
// credentials on the request before it reaches f: the API method sets the
// vendor header, then hands the request to the client's do().
func (r *Result) callerAuthenticated(f *Func, depth int) bool {
	if f == nil || depth > 3 {
		return false
	}
	for g := range f.callers {
		if g != f && (r.Authenticated(g) || r.callerAuthenticated(g, depth+1)) {
			return true
		}
	}
	return false
}

// ClientCredentialed reports whether requests sent through the client e
// get credentials from it: an oauth2 client, or a client whose transport is
// a RoundTripper of the package that adds them. http.DefaultClient (and a
// nil e, as for http.Get) does not.
func (r *Result) ClientCredentialed(e ast.Expr) bool {
	if e == nil || r.isDefaultClient(e) {
		return false
	}
	if isRestyClient(r.info.TypeOf(e)) && r.restyCr {
		return true
	}
	return r.authRT || r.client(e, 0).cred
}

// ClientRetrying reports whether the client e retries on 429: a
// go-retryablehttp client, a transport that handles 429 (of this package,
// or of another by its fact), a constructor whose fact says so.
func (r *Result) ClientRetrying(e ast.Expr) bool {
	if e == nil || isNil(r.info, e) || r.isDefaultClient(e) {
		return false
	}
	return r.retryRT || r.client(e, 0).retry
}

// Retrying reports whether s retries on its own: a retrying client or
// library, a retry helper around the call, a resty client with retries, a
// transport of the package that handles 429.
func (r *Result) Retrying(s *Send) bool { return r.retrying(s, 0) }

func (r *Result) retrying(s *Send, depth int) bool {
	if s.Retrying {
		return true
	}
	if s.Wrapper != nil {
		if depth > 4 {
			return false
		}
		if r.Handles429(s.Wrapper) {
			return true // the shared helper deals with 429 for its callers
		}
		for _, in := range r.Sends {
			if in.Func == s.Wrapper && in.Returned && r.retrying(in, depth+1) {
				return true
			}
		}
		return false
	}
	if sinks.IsResty(pkgPath(s.Callee)) {
		return r.restyRt
	}
	if s.Client == nil || r.isDefaultClient(s.Client) {
		return false
	}
	return r.retryRT || r.client(s.Client, 0).retry
}

// chainCredential reports whether a resty call chain
// (c.R().SetAuthToken(t).Get(u)) puts a credential on the request.
func (r *Result) chainCredential(call *ast.CallExpr) bool {
	for {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok {
			return false
		}
		if r.creds[inner] {
			return true
		}
		call = inner
	}
}

func (r *Result) isDefaultClient(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	obj := r.info.ObjectOf(sel.Sel)
	return pkgPath(obj) == "net/http" && obj.Name() == "DefaultClient"
}

type clientState struct{ cred, retry bool }

func (a clientState) or(b clientState) clientState {
	return clientState{a.cred || b.cred, a.retry || b.retry}
}

// client follows a client expression to the values assigned to it in the
// package and reads what they are made of.
func (r *Result) client(e ast.Expr, depth int) clientState {
	var st clientState
	if e == nil || depth > 4 {
		return st
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return r.client(e.X, depth+1)
		}
	case *ast.StarExpr:
		return r.client(e.X, depth+1)
	case *ast.Ident, *ast.SelectorExpr:
		obj := r.objectOf(e)
		if obj == nil || r.isDefaultClient(e) {
			return st
		}
		for _, v := range r.values[obj] {
			st = st.or(r.client(v, depth+1))
		}
	case *ast.CompositeLit:
		if astutil.IsNamed(r.info.TypeOf(e), "net/http", "Client") {
			if tr := astutil.Field(e, "Transport"); tr != nil {
				st = st.or(r.transport(tr, depth+1))
			}
		}
	case *ast.CallExpr:
		fn := calleeFunc(r.info, e)
		if fn == nil {
			return st
		}
		path := pkgPath(fn)
		switch {
		case strings.HasPrefix(path, "golang.org/x/oauth2"):
			st.cred = oauth2Credentialed(r.info, fn, e)
		case path == sinks.RetryableHTTP && fn.Name() == "StandardClient":
			st.retry = true
		default:
			if f := r.funcs[fn]; f != nil && f.Decl != nil {
				for _, res := range returnedFirst(f.Decl) {
					st = st.or(r.client(res, depth+1)).or(r.transport(res, depth+1))
				}
			} else {
				st = r.importedClient(fn)
			}
			st.retry = st.retry || r.decoratesRetrying(e, depth)
		}
	}
	return st
}

// decoratesRetrying reports whether call returns an *http.Client made
// from a retrying one it is given: a decorator that logs or signs
// (lego's clientdebug.Wrap(retryClient.StandardClient())) keeps the
// retries of the client it wraps.
func (r *Result) decoratesRetrying(call *ast.CallExpr, depth int) bool {
	if !isHTTPClient(r.info.TypeOf(call)) {
		return false
	}
	for _, a := range call.Args {
		if isHTTPClient(r.info.TypeOf(a)) && r.client(a, depth+1).retry {
			return true
		}
	}
	return false
}

// oauth2Credentialed reports whether call, of a function of x/oauth2,
// returns a client that adds credentials. oauth2.NewClient(ctx, nil) and
// Config.Client(ctx, nil) return the context's plain client (or
// http.DefaultClient), and internal.ContextClient always does: a nil
// TokenSource or *Token argument, or no such parameter at all on a
// function of x/oauth2/internal, means no credentials.
func oauth2Credentialed(info *types.Info, fn *types.Func, call *ast.CallExpr) bool {
	if strings.HasPrefix(pkgPath(fn), "golang.org/x/oauth2/internal") || fn.Name() == "ContextClient" {
		return false
	}
	params := fn.Signature().Params()
	for i, arg := range call.Args {
		if i >= params.Len() {
			break
		}
		if isTokenSource(params.At(i).Type()) && isNil(info, arg) {
			return false
		}
	}
	return true
}

// isTokenSource reports whether t is oauth2.TokenSource or *oauth2.Token.
func isTokenSource(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || pkgPath(n.Obj()) != "golang.org/x/oauth2" {
		return false
	}
	return n.Obj().Name() == "TokenSource" || n.Obj().Name() == "Token"
}

// transport reads a RoundTripper: oauth2's adds credentials,
// go-retryablehttp's retries, one of the package adds credentials or
// handles 429 if its RoundTrip method does.
func (r *Result) transport(e ast.Expr, depth int) clientState {
	var st clientState
	t := r.info.TypeOf(e)
	if t == nil {
		return st
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return st
	}
	path := pkgPath(named.Obj())
	switch {
	case strings.HasPrefix(path, "golang.org/x/oauth2"):
		st.cred = true
	case path == sinks.RetryableHTTP:
		st.retry = true
	case types.IsInterface(named):
		// http.RoundTripper: follow what was assigned, or the constructor.
		switch v := ast.Unparen(e).(type) {
		case *ast.Ident, *ast.SelectorExpr:
			if obj := r.objectOf(v); obj != nil && depth < 4 {
				for _, val := range r.values[obj] {
					st = st.or(r.transport(val, depth+1))
				}
			}
		case *ast.CallExpr:
			if depth < 4 {
				st = r.client(v, depth+1)
			}
		}
	default:
		obj, _, _ := types.LookupFieldOrMethod(named, true, named.Obj().Pkg(), "RoundTrip")
		if fn, ok := obj.(*types.Func); ok {
			if f := r.funcs[fn]; f != nil {
				st.cred = r.Authenticated(f)
				st.retry = r.Handles429(f)
			} else {
				st = r.importedTransport(named.Obj())
			}
		}
	}
	return st
}

func (r *Result) objectOf(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return r.info.ObjectOf(e)
	case *ast.SelectorExpr:
		return r.info.ObjectOf(e.Sel)
	}
	return nil
}

// returnedFirst returns the first result of each return statement of d,
// outside function literals.
func returnedFirst(d *ast.FuncDecl) []ast.Expr {
	var out []ast.Expr
	ast.Inspect(d.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) > 0 {
				out = append(out, n.Results[0])
			}
		}
		return true
	})
	return out
}
