package httpreq

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// A statusEnv names what stands for a response in one function: the
// response variables (resp), and int variables holding its status (a
// helper's code parameter given resp.StatusCode). text widens what keeps
// the status to an error that only says it (see handsStatusText).
type statusEnv struct {
	resps map[types.Object]bool
	codes map[types.Object]bool
	text  bool
	after token.Pos // the send, or the start of a helper given the response
	preds int       // predicate calls evaluated on the way (see predicateFor)
}

func (e statusEnv) empty() bool { return len(e.resps)+len(e.codes) == 0 }

// handsStatus reports whether fn, after the send at pos, turns every error
// status of resp into an error value that keeps the status as a typed,
// exported field: &APIError{StatusCode: resp.StatusCode},
// errutils.NewUnexpectedStatusCodeError(req, resp.StatusCode, body), a
// same-package parseError(resp) all of whose errors do, or such an error
// wrapped with %w. The caller tells 429 apart with errors.As and backs off;
// the status in an error's text, or an error some error status builds
// without it (a decoded JSON body alone), does not count.
func (r *Result) handsStatus(fn ast.Node, resp types.Object, pos token.Pos) bool {
	return r.statusHanded(fn, r.respEnv(fn, resp, pos, false), pos)
}

// respEnv returns the env of the response resp of fn sent at pos: resp,
// and the local copies of it that fn makes after the send (see copies).
func (r *Result) respEnv(fn ast.Node, resp types.Object, pos token.Pos, text bool) statusEnv {
	env := statusEnv{resps: map[types.Object]bool{resp: true}, text: text, after: pos}
	if _, body := r.sigBody(fn); body != nil {
		r.copies(body, env)
	}
	return env
}

// copies adds to env the local variables of body set, after the send, by
// a same-package function given the response that copies its status into
// a StatusCode field of its result (clerk-sdk-go's apiResponse :=
// NewAPIResponse(resp, body), an APIResponse with the status and the
// headers, clerk.go:292): the code looks at the response through the copy
// (apiResponse.Success(), handleError(apiResponse, body)).
func (r *Result) copies(body *ast.BlockStmt, env statusEnv) {
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Pos() <= env.after || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			return true
		}
		id, ok := as.Lhs[0].(*ast.Ident)
		call, isCall := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok || !isCall {
			return true
		}
		v, ok := r.info.ObjectOf(id).(*types.Var)
		fn := calleeFunc(r.info, call)
		if !ok || fn == nil || r.funcs[fn] == nil || r.funcs[fn].Decl == nil || r.funcs[fn].Decl.Body == nil {
			return true
		}
		inner := r.bindArgs(fn.Signature(), call, env)
		for p := range inner.resps {
			if r.copiesStatus(r.funcs[fn].Decl.Body, p) {
				env.resps[v] = true
			}
		}
		return true
	})
}

// copiesStatus reports whether body sets a StatusCode field to resp's
// (StatusCode: resp.StatusCode in a literal, or x.StatusCode =
// resp.StatusCode).
func (r *Result) copiesStatus(body *ast.BlockStmt, resp types.Object) bool {
	env := statusEnv{resps: map[types.Object]bool{resp: true}}
	status := func(key, val ast.Expr) bool {
		var name string
		switch k := ast.Unparen(key).(type) {
		case *ast.Ident:
			name = k.Name
		case *ast.SelectorExpr:
			name = k.Sel.Name
		}
		sel, ok := ast.Unparen(val).(*ast.SelectorExpr)
		return name == "StatusCode" && ok && sel.Sel.Name == "StatusCode" && r.isStatus(sel, env)
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.KeyValueExpr:
			found = found || status(n.Key, n.Value)
		case *ast.AssignStmt:
			for i := range n.Lhs {
				found = found || len(n.Lhs) == len(n.Rhs) && status(n.Lhs[i], n.Rhs[i])
			}
		}
		return !found
	})
	return found
}

// handsStatusText reports whether fn, after the send at pos, gives the
// caller the status of every error status at least in the error's text
// ("webhook status: 429 Too Many Requests", a same-package decodeError(resp)
// that formats resp.StatusCode), or typed as handsStatus says: the caller
// sees a 429 and can stop. When fn has no branch on the status, one error
// that says the status is enough (the shape of the code is not known);
// an error status whose error names no status at all (a decoded body, a
// fixed error value) leaves the caller blind to 429.
func (r *Result) handsStatusText(fn ast.Node, resp types.Object, pos token.Pos) bool {
	env := r.respEnv(fn, resp, pos, true)
	if r.statusHanded(fn, env, pos) {
		return true
	}
	sig, body := r.sigBody(fn)
	if sig == nil || body == nil || len(r.statusReturns(body, pos, env, sig)) > 0 {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok || found {
			return false
		}
		if ret, ok := n.(*ast.ReturnStmt); ok && ret.Pos() > pos {
			if e := r.errResult(ret, sig); e != nil && !isNil(r.info, e) {
				found = r.keepsStatus(e, env, body, 0)
			}
		}
		return true
	})
	return found
}

func (r *Result) statusHanded(fn ast.Node, env statusEnv, pos token.Pos) bool {
	sig, body := r.sigBody(fn)
	if sig == nil || body == nil {
		return false
	}
	rets := r.statusReturns(body, pos, env, sig)
	if len(rets) > 0 {
		return r.allKeep(rets, env, body, 0)
	}
	// No branch on the status here: a helper given the response decides
	// (return c.checkResponse(resp)).
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if ret, ok := n.(*ast.ReturnStmt); ok && ret.Pos() > pos {
			if e := r.errResult(ret, sig); e != nil && r.givenResponse(e, env, body) {
				rets = append(rets, e)
			}
		}
		return true
	})
	return r.allKeep(rets, env, body, 0)
}

// allKeep reports whether the error results are at least one and each
// keeps the status (nil results aside).
func (r *Result) allKeep(rets []ast.Expr, env statusEnv, body ast.Node, depth int) bool {
	n := 0
	for _, e := range rets {
		if isNil(r.info, e) {
			continue
		}
		if !r.keepsStatus(e, env, body, depth) {
			return false
		}
		n++
	}
	return n > 0
}

// sigBody returns the signature and body of a function declaration or
// literal.
func (r *Result) sigBody(fn ast.Node) (*types.Signature, *ast.BlockStmt) {
	switch f := fn.(type) {
	case *ast.FuncDecl:
		if obj, ok := r.info.Defs[f.Name].(*types.Func); ok {
			return obj.Signature(), f.Body
		}
	case *ast.FuncLit:
		if sig, ok := r.info.TypeOf(f).(*types.Signature); ok {
			return sig, f.Body
		}
	}
	return nil, nil
}

var errorIface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// varOf returns the variable id uses, or the named result a bare
// return's identifier stands for (errResult).
func (r *Result) varOf(id *ast.Ident) (*types.Var, bool) {
	if v, ok := r.named[id]; ok {
		return v, true
	}
	v, ok := r.info.Uses[id].(*types.Var)
	return v, ok
}

// errResult returns ret's error result: the last, when the function's last
// result is an error; nil otherwise.
// For return f(…), f's results being the function's, it is the call: its
// error result is what f returns.
// A bare return of a named error result is that result: an identifier
// made for it, which resultVar knows.
func (r *Result) errResult(ret *ast.ReturnStmt, sig *types.Signature) ast.Expr {
	info := r.info
	n := sig.Results().Len()
	if n == 0 || !types.Implements(sig.Results().At(n-1).Type(), errorIface) {
		return nil
	}
	if v := sig.Results().At(n - 1); len(ret.Results) == 0 && v.Name() != "" && v.Name() != "_" {
		id := &ast.Ident{NamePos: ret.Pos(), Name: v.Name()}
		if r.named == nil {
			r.named = make(map[*ast.Ident]*types.Var)
		}
		r.named[id] = v
		return id
	}
	if n > 1 && len(ret.Results) == 1 {
		if tup, ok := info.TypeOf(ret.Results[0]).(*types.Tuple); ok && tup.Len() == n {
			return ret.Results[0]
		}
	}
	if len(ret.Results) != n {
		return nil
	}
	return ret.Results[n-1]
}

// statusReturns returns the error results of the returns in fn's branches
// on the response status after pos (if resp.StatusCode != 200, a switch on
// it), leaving out branches only a non-429 status takes (== 404) and the
// returns of a failed read of the body (readGuards).
func (r *Result) statusReturns(body ast.Node, pos token.Pos, env statusEnv, sig *types.Signature) []ast.Expr {
	var out []ast.Expr
	guards := r.readGuards(body)
	var visit func(n ast.Node, in bool)
	visit = func(n ast.Node, in bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if in {
					if e := r.errResult(m, sig); e != nil {
						out = append(out, e)
					}
				}
				return false
			case *ast.BlockStmt:
				// After `if resp.StatusCode < 300 { return … }`, the rest of
				// the block is what an error status runs.
				rest := in
				for _, st := range m.List {
					visit(st, rest)
					if ifs, ok := st.(*ast.IfStmt); ok && ifs.Else == nil && ifs.Pos() >= pos && !guards[ifs] && endsInReturn(ifs.Body) {
						// A test that 200 passes and 429 fails: only error
						// statuses go on (not after `/100 == 5`, which
						// both fail).
						ok, known := r.holdsFor(ifs.Cond, env, 200)
						v, known429 := r.holds429(ifs.Cond, env)
						if known && ok && known429 && !v {
							rest = true
						}
					}
				}
				return false
			case *ast.IfStmt:
				if guards[m] {
					return false // a failed read of the body, not its status
				}
				if m.Pos() < pos || !r.readsStatus(m.Cond, env) {
					return true
				}
				if v, known := r.holds429(m.Cond, env); known {
					visit(m.Body, v)
					if m.Else != nil {
						visit(m.Else, !v)
					}
					return false
				}
				other := r.otherStatus(m.Cond, env)
				visit(m.Body, !other)
				if m.Else != nil {
					visit(m.Else, other || in)
				}
				return false
			case *ast.SwitchStmt:
				if m.Pos() < pos {
					return true
				}
				tagged := m.Tag != nil && r.readsStatus(m.Tag, env)
				onStatus := false // a tagless switch with a case on the status
				for _, s := range m.Body.List {
					onStatus = onStatus || m.Tag == nil && r.anyReadsStatus(s.(*ast.CaseClause).List, env)
				}
				for _, s := range m.Body.List {
					cc := s.(*ast.CaseClause)
					branch := in
					switch {
					case tagged:
						// switch resp.StatusCode / 100 { case 4: … } takes 429 at 4.
						branch = !r.isStatus(ast.Unparen(m.Tag), env) || !r.otherCodes(cc.List)
					case r.anyReadsStatus(cc.List, env):
						branch = !r.allOtherStatus(cc.List, env)
					case onStatus && cc.List == nil:
						branch = true // default: the statuses no case took
					}
					for _, st := range cc.Body {
						visit(st, branch)
					}
				}
				return false
			}
			return true
		})
	}
	visit(body, false)
	return out
}

// endsInReturn reports whether the block's last statement is a return.
func endsInReturn(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	_, ok := b.List[len(b.List)-1].(*ast.ReturnStmt)
	return ok
}

// holds429 evaluates cond for a status of 429, when it is made of
// comparisons of the status (or status/100) with integer constants, joined
// by &&, || and !: `resp.StatusCode < 300` is false, `resp.StatusCode/100
// != 2` true. known is false for anything else.
func (r *Result) holds429(cond ast.Expr, env statusEnv) (v, known bool) {
	return r.holdsFor(cond, env, 429)
}

// holdsFor is holds429 for a status of code.
func (r *Result) holdsFor(cond ast.Expr, env statusEnv, code int64) (v, known bool) {
	switch e := ast.Unparen(cond).(type) {
	case *ast.CallExpr:
		return r.predicateFor(e, env, code)
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			v, known = r.holdsFor(e.X, env, code)
			return !v, known
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND, token.LOR:
			x, kx := r.holdsFor(e.X, env, code)
			y, ky := r.holdsFor(e.Y, env, code)
			and := e.Op == token.LAND
			switch {
			case kx && ky:
				if and {
					return x && y, true
				}
				return x || y, true
			case kx && x != and, ky && y != and:
				return !and, true // false && …, true || …
			}
			return false, false
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			x, okx := r.statusValue(e.X, env, code)
			y, oky := r.statusValue(e.Y, env, code)
			if !okx || !oky {
				return false, false
			}
			switch e.Op {
			case token.EQL:
				return x == y, true
			case token.NEQ:
				return x != y, true
			case token.LSS:
				return x < y, true
			case token.LEQ:
				return x <= y, true
			case token.GTR:
				return x > y, true
			default:
				return x >= y, true
			}
		}
	}
	return false, false
}

// predicateFor evaluates, for a status of code, a call of a same-package
// predicate given the status or the response whose body is one return
// (line-bot-sdk-go's `if isSuccess(res.StatusCode) { return nil }`, with
// isSuccess returning code/100 == 2): its result, its parameters standing
// for what the call passes. A success test through a helper is a test of
// the status as much as one written out.
func (r *Result) predicateFor(call *ast.CallExpr, env statusEnv, code int64) (v, known bool) {
	fn, ok := typeutil.Callee(r.info, call).(*types.Func)
	if !ok || env.preds > 2 {
		return false, false
	}
	f := r.funcs[fn]
	if f == nil || f.Decl == nil || f.Decl.Body == nil || len(f.Decl.Body.List) != 1 {
		return false, false
	}
	ret, ok := f.Decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false, false
	}
	inner := r.bindArgs(fn.Signature(), call, env)
	if inner.empty() {
		return false, false
	}
	inner.preds = env.preds + 1
	return r.holdsFor(ret.Results[0], inner, code)
}

// statusValue is the value of e with a status of code: an integer
// constant, the status (resp.StatusCode, a code variable), or the status
// divided by a constant.
func (r *Result) statusValue(e ast.Expr, env statusEnv, code int64) (int64, bool) {
	e = ast.Unparen(e)
	if tv, ok := r.info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() != constant.Int {
			return 0, false
		}
		return constant.Int64Val(tv.Value)
	}
	if sel, ok := e.(*ast.SelectorExpr); ok && sel.Sel.Name == "Status" {
		return 0, false // "429 Too Many Requests", a string
	}
	if r.isStatus(e, env) {
		return code, true
	}
	if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.QUO {
		x, okx := r.statusValue(b.X, env, code)
		y, oky := r.statusValue(b.Y, env, code)
		if okx && oky && y != 0 && r.readsStatus(b.X, env) {
			return x / y, true
		}
	}
	return 0, false
}

// readsStatus reports whether e reads the status: resp.StatusCode,
// resp.Status, or a code variable of env.
func (r *Result) readsStatus(e ast.Expr, env statusEnv) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if r.isStatus(n, env) {
			found = true
		}
		if call, ok := n.(*ast.CallExpr); ok && !found {
			// A success test through a helper (isSuccess(res.StatusCode),
			// apiResponse.Success()).
			_, found = r.predicateFor(call, env, 200)
		}
		return !found
	})
	return found
}

func (r *Result) isStatus(n ast.Node, env statusEnv) bool {
	switch n := n.(type) {
	case *ast.SelectorExpr:
		if n.Sel.Name != "StatusCode" && n.Sel.Name != "Status" {
			return false
		}
		id, ok := ast.Unparen(n.X).(*ast.Ident)
		return ok && env.resps[r.info.Uses[id]]
	case *ast.Ident:
		return env.codes[r.info.Uses[n]]
	}
	return false
}

func (r *Result) anyReadsStatus(exprs []ast.Expr, env statusEnv) bool {
	for _, e := range exprs {
		if r.readsStatus(e, env) {
			return true
		}
	}
	return false
}

// allOtherStatus: a tagless switch's case taken only for other statuses
// (`status == 403`, `status == 400 && strings.Contains(msg, "unique")`,
// `status < 300`).
func (r *Result) allOtherStatus(exprs []ast.Expr, env statusEnv) bool {
	for _, e := range exprs {
		if v, known := r.holds429(e, env); known && v || !known && !r.otherStatus(e, env) {
			return false
		}
	}
	return true
}

// otherStatus reports whether cond holds only for statuses other than
// 429: status == C (or C == status) with a constant C ≠ 429, or several
// such joined by ||.
func (r *Result) otherStatus(cond ast.Expr, env statusEnv) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch b.Op {
	case token.LOR:
		return r.otherStatus(b.X, env) && r.otherStatus(b.Y, env)
	case token.EQL:
		x, y := ast.Unparen(b.X), ast.Unparen(b.Y)
		if r.isStatus(y, env) {
			x, y = y, x
		}
		return r.isStatus(x, env) && r.otherCodes([]ast.Expr{y})
	}
	return false
}

// otherCodes reports whether exprs are constants, none of them 429 (or
// "429 Too Many Requests").
func (r *Result) otherCodes(exprs []ast.Expr) bool {
	if len(exprs) == 0 {
		return false // default:
	}
	for _, e := range exprs {
		tv, ok := r.info.Types[e]
		if !ok || tv.Value == nil {
			return false
		}
		switch tv.Value.Kind() {
		case constant.Int:
			if v, ok := constant.Int64Val(tv.Value); !ok || v == 429 {
				return false
			}
		case constant.String:
			if strings.HasPrefix(constant.StringVal(tv.Value), "429") {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// givenResponse reports whether e is a call given the response of a
// same-package function, or of another package's that keeps its status
// (return parseError(req, resp), return response.DataResponse(resp)), or a
// local variable set from one (err = response.EmptyResponse(resp)).
func (r *Result) givenResponse(e ast.Expr, env statusEnv, body ast.Node) bool {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		v, ok := r.varOf(id)
		if !ok || v.IsField() {
			return false
		}
		for _, val := range r.valuesIn(body, v, env.after) {
			if _, ok := ast.Unparen(val).(*ast.CallExpr); ok && r.givenResponse(val, env, body) {
				return true
			}
		}
		return false
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := calleeFunc(r.info, call)
	if fn == nil || (r.funcs[fn] == nil || r.funcs[fn].Decl == nil) && !r.importedKeeps(fn) {
		return false
	}
	return r.anyResponse(call.Args, env)
}

// anyResponse reports whether one of args is the response.
func (r *Result) anyResponse(args []ast.Expr, env statusEnv) bool {
	for _, a := range args {
		if id, ok := ast.Unparen(a).(*ast.Ident); ok && env.resps[r.info.Uses[id]] {
			return true
		}
	}
	return false
}

// valuesIn returns the values of the local variable v: those of the
// package's assignments (r.values), and, in body after the send, the calls
// whose last result it is given (data, err := response.DataResponse(resp);
// not the send's own err, nor a wrapper's that returns a response).
func (r *Result) valuesIn(body ast.Node, v *types.Var, after token.Pos) []ast.Expr {
	vals := r.values[v]
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Pos() <= after || len(as.Rhs) != 1 || len(as.Lhs) < 2 {
			return true
		}
		id, ok := as.Lhs[len(as.Lhs)-1].(*ast.Ident)
		call, isCall := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok || !isCall || r.info.ObjectOf(id) != v {
			return true
		}
		if tup, ok := r.info.TypeOf(call).(*types.Tuple); ok && !isResponse(tup.At(0).Type()) {
			vals = append(vals, call)
		}
		return true
	})
	return vals
}

// keepsStatus reports whether the error e (in body) keeps the status typed
// (see handsStatus), or keeps the response or its headers.
func (r *Result) keepsStatus(e ast.Expr, env statusEnv, body ast.Node, depth int) bool {
	if depth > 4 {
		return false
	}
	e = ast.Unparen(e)
	if env.text && r.saysStatus(e, env, body, depth) {
		return true
	}
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch e := e.(type) {
	case *ast.Ident:
		v, ok := r.varOf(e)
		if !ok || v.IsField() || v.Parent() == nil || v.Pkg() != r.pass.Pkg || v.Parent() == r.pass.Pkg.Scope() {
			return false
		}
		if r.statusFieldSet(body, v, env) {
			return true // errAPI.StatusCode = resp.StatusCode; return &errAPI
		}
		kept := false
		for _, val := range r.valuesIn(body, v, env.after) {
			if call, ok := ast.Unparen(val).(*ast.CallExpr); ok && readsBody(calleeFunc(r.info, call)) {
				continue // err = json.Unmarshal(data, &out): a failed decode, not a status
			}
			if !r.keepsStatus(val, env, body, depth+1) {
				return false
			}
			kept = true
		}
		return kept
	case *ast.CompositeLit:
		if !isErrorType(r.info.TypeOf(e)) {
			return false
		}
		for _, elt := range e.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			key, ok := kv.Key.(*ast.Ident)
			if !ok || !key.IsExported() {
				continue
			}
			if r.isStatus(ast.Unparen(kv.Value), env) && isInteger(r.info.TypeOf(kv.Value)) || r.respOrHeader(kv.Value, env) {
				return true
			}
		}
	case *ast.CallExpr:
		fn := calleeFunc(r.info, e)
		if fn == nil {
			return false
		}
		switch {
		case pkgPath(fn) == "fmt" && fn.Name() == "Errorf":
			if len(e.Args) == 0 {
				return false
			}
			if format, ok := r.ConstString(e.Args[0]); !ok || !strings.Contains(format, "%w") {
				return false
			}
			return r.anyKeeps(e.Args[1:], env, body, depth)
		case pkgPath(fn) == "errors" && fn.Name() == "Join":
			return r.anyKeeps(e.Args, env, body, depth)
		}
		if f := r.funcs[fn]; f != nil && f.Decl != nil && f.Decl.Body != nil {
			return r.helperKeeps(f.Decl, e, env, depth+1)
		}
		// Another package's checker given the response that keeps its
		// status typed (a fact): response.DataResponse(resp).
		if r.importedKeeps(fn) && r.anyResponse(e.Args, env) {
			return true
		}
		// Another package's constructor given the status or the response
		// whose error type carries it: errutils.NewUnexpectedStatusCodeError.
		res := fn.Signature().Results()
		if res.Len() == 0 || !statusType(res.At(0).Type()) && !holdsResponse(res.At(0).Type()) {
			return false
		}
		for _, a := range e.Args {
			if r.isStatus(ast.Unparen(a), env) || r.respOrHeader(a, env) {
				return true
			}
		}
	}
	return false
}

func (r *Result) anyKeeps(args []ast.Expr, env statusEnv, body ast.Node, depth int) bool {
	for _, a := range args {
		if r.keepsStatus(a, env, body, depth+1) {
			return true
		}
	}
	return false
}

// saysStatus reports whether the error e names the status in any form
// (env.text): resp.StatusCode or resp.Status anywhere in it, a local
// variable built so (msg := fmt.Sprintf("…%d", resp.StatusCode)), a
// same-package helper given the response that does (helperKeeps), or the
// response handed whole to another package's function.
func (r *Result) saysStatus(e ast.Expr, env statusEnv, body ast.Node, depth int) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SelectorExpr:
			if r.isStatus(n, env) {
				found = true
			}
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && env.resps[r.info.Uses[id]] {
				return false // resp.Body, resp.Header: no status
			}
		case *ast.CallExpr:
			if fn := calleeFunc(r.info, n); fn != nil && r.funcs[fn] != nil && r.funcs[fn].Decl != nil && r.funcs[fn].Decl.Body != nil {
				found = r.helperKeeps(r.funcs[fn].Decl, n, env, depth+1)
				return false
			}
		case *ast.Ident:
			if v, ok := r.varOf(n); ok {
				if env.resps[v] || env.codes[v] {
					found = true
				} else if !v.IsField() && v.Pkg() == r.pass.Pkg && v.Parent() != r.pass.Pkg.Scope() && depth < 4 {
					for _, val := range r.values[v] {
						if r.saysStatus(val, env, body, depth+1) {
							found = true
						}
					}
				}
			}
		}
		return !found
	})
	return found
}

// isResp reports whether e is a variable env holds as the response.
func (r *Result) isResp(e ast.Expr, env statusEnv) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && env.resps[r.info.Uses[id]]
}

// respOrHeader reports whether e is the response or its Header.
func (r *Result) respOrHeader(e ast.Expr, env statusEnv) bool {
	e = ast.Unparen(e)
	if sel, ok := e.(*ast.SelectorExpr); ok && sel.Sel.Name == "Header" {
		e = ast.Unparen(sel.X)
	}
	id, ok := e.(*ast.Ident)
	return ok && env.resps[r.info.Uses[id]]
}

// statusFieldSet reports whether body sets an exported integer field of v
// to the status: errAPI.StatusCode = resp.StatusCode.
func (r *Result) statusFieldSet(body ast.Node, v *types.Var, env statusEnv) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || found || len(as.Lhs) != len(as.Rhs) {
			return !found
		}
		for i, lhs := range as.Lhs {
			sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
			if !ok || !sel.Sel.IsExported() {
				continue
			}
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && r.info.Uses[id] == v &&
				r.isStatus(ast.Unparen(as.Rhs[i]), env) && isInteger(r.info.TypeOf(as.Rhs[i])) {
				found = true
			}
		}
		return !found
	})
	return found
}

// helperKeeps reports whether the same-package function d, called by call
// with the response or its status, returns only errors that keep the
// status: those of its branches on the status, or, when it has none with a
// return (a parseError that builds the error), all of them.
func (r *Result) helperKeeps(d *ast.FuncDecl, call *ast.CallExpr, env statusEnv, depth int) bool {
	obj, ok := r.info.Defs[d.Name].(*types.Func)
	if !ok {
		return false
	}
	sig := obj.Signature()
	inner := r.bindArgs(sig, call, env)
	if inner.empty() {
		return false
	}
	inner.after = d.Pos()
	return r.keepsFor(d.Body, sig, inner, depth)
}

// bindArgs returns the env of a same-package function of signature sig
// called by call: its parameters given the status or the response of env.
func (r *Result) bindArgs(sig *types.Signature, call *ast.CallExpr, env statusEnv) statusEnv {
	inner := statusEnv{resps: make(map[types.Object]bool), codes: make(map[types.Object]bool), text: env.text, preds: env.preds}
	// A method of a copy of the response (apiResponse.Success()): its
	// receiver is the copy.
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sig.Recv() != nil && r.isResp(sel.X, env) {
		inner.resps[sig.Recv()] = true
	}
	for i, a := range call.Args {
		if i >= sig.Params().Len() {
			break
		}
		p := sig.Params().At(i)
		switch {
		case r.isStatus(ast.Unparen(a), env) && isInteger(p.Type()):
			inner.codes[p] = true
		case r.respOrHeader(a, env) && isResponse(p.Type()):
			inner.resps[p] = true
		case r.isResp(a, env) && types.Identical(p.Type(), r.info.TypeOf(a)):
			inner.resps[p] = true // a copy of the response: handleError(apiResponse, body)
		}
	}
	return inner
}

// keepsFor reports whether the function (body, sig), given the response
// or status env names, returns only errors that keep the status: those of
// its branches on the status, or, when it has none with a return (a
// parseError that builds the error), all of them but a failed read of the
// body.
func (r *Result) keepsFor(body *ast.BlockStmt, sig *types.Signature, env statusEnv, depth int) bool {
	rets := r.statusReturns(body, body.Pos(), env, sig)
	if len(rets) == 0 {
		guards := r.readGuards(body)
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.IfStmt:
				return !guards[n]
			case *ast.ReturnStmt:
				if e := r.errResult(n, sig); e != nil {
					rets = append(rets, e)
				}
			}
			return true
		})
	}
	return r.allKeep(rets, env, body, depth)
}

// isErrorType reports whether t or *t is an error.
func isErrorType(t types.Type) bool {
	return t != nil && (types.Implements(t, errorIface) || types.Implements(types.NewPointer(t), errorIface))
}

func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// statusType reports whether t (or what it points to) is an error type
// with an exported integer field for the status (StatusCode, Status, Code,
// HTTPStatus) or a StatusCode() int method: a caller reads 429 from it.
func statusType(t types.Type) bool {
	if !isErrorType(t) {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if m, _, _ := types.LookupFieldOrMethod(t, true, nil, "StatusCode"); m != nil {
		if fn, ok := m.(*types.Func); ok {
			res := fn.Signature().Results()
			return fn.Signature().Params().Len() == 0 && res.Len() == 1 && isInteger(res.At(0).Type())
		}
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for f := range st.Fields() {
		if f.Exported() && isInteger(f.Type()) && (strings.Contains(f.Name(), "Status") || f.Name() == "Code" || f.Name() == "HTTPCode") {
			return true
		}
	}
	return false
}
