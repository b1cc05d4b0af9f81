package httpreq

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/sinks"
)

// walker makes the package's one pass over the syntax.
type walker struct {
	r     *Result
	pass  *analysis.Pass
	fn    *Func // the function being walked
	calls []pkgCall

	// A 429 mentioned in a package-level variable (minio-go's
	// retryableHTTPStatusCodes set) is handled by the functions that use it.
	spec    *ast.ValueSpec // the package-level declaration being walked
	vars429 map[*types.Var]bool
	varUses map[*Func]map[*types.Var]bool
}

// pkgCall is a call of a function of the package, kept to find the calls
// of wrappers once they are known.
type pkgCall struct {
	cur    inspector.Cursor
	callee *Func
	caller *Func
}

var walkTypes = []ast.Node{
	(*ast.FuncDecl)(nil),
	(*ast.CallExpr)(nil),
	(*ast.AssignStmt)(nil),
	(*ast.ValueSpec)(nil),
	(*ast.CompositeLit)(nil),
	(*ast.BasicLit)(nil),
	(*ast.Ident)(nil),
}

func (w *walker) walk(insp *inspector.Inspector) {
	for cur := range insp.Root().Preorder(walkTypes...) {
		n := cur.Node()
		// Leaving a declaration: by range, not by order, as files are
		// parsed concurrently and a later file may have lower positions.
		if w.fn != nil && !inside(n, w.fn.Decl) {
			w.fn = nil
		}
		if w.spec != nil && !inside(n, w.spec) {
			w.spec = nil
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			w.funcDecl(n)
		case *ast.CallExpr:
			w.call(cur, n)
		case *ast.AssignStmt:
			w.assign(n)
		case *ast.ValueSpec:
			if w.fn == nil {
				w.spec = n
			}
			for i, name := range n.Names {
				if i < len(n.Values) {
					w.value(name, n.Values[i])
				}
			}
		case *ast.CompositeLit:
			w.composite(n)
		case *ast.BasicLit:
			if is429Literal(n) {
				w.mention429()
			}
		case *ast.Ident:
			switch obj := w.pass.TypesInfo.Uses[n].(type) {
			case *types.Const:
				if is429Value(obj.Val()) {
					w.mention429()
				}
			case *types.Var:
				if w.fn != nil && obj.Parent() == w.pass.Pkg.Scope() {
					if w.varUses[w.fn] == nil {
						w.varUses[w.fn] = make(map[*types.Var]bool)
					}
					w.varUses[w.fn][obj] = true
				}
			}
		}
	}
	for f, vars := range w.varUses {
		for v := range vars {
			if w.vars429[v] {
				f.Handles429 = true
			}
		}
	}
	for _, f := range w.r.decls {
		if f.Decl.Recv != nil && f.Decl.Name.Name == "RoundTrip" {
			w.r.authRT = w.r.authRT || w.r.Authenticated(f)
			w.r.retryRT = w.r.retryRT || w.r.Handles429(f)
		}
	}
}

// optIn reports whether n runs only under an if whose condition is not a
// constant: `if cfg.Insecure { tls.InsecureSkipVerify = true }` is the same
// user opt-in as `InsecureSkipVerify: cfg.Insecure` (vault/api's
// VAULT_SKIP_VERIFY).
func (w *walker) optIn(n ast.Node) bool {
	if w.fn == nil {
		return false
	}
	found := false
	ast.Inspect(w.fn.Decl.Body, func(m ast.Node) bool {
		if found || m == nil || !inside(n, m) {
			return false
		}
		if st, ok := m.(*ast.IfStmt); ok && inside(n, st.Body) {
			if tv, ok := w.pass.TypesInfo.Types[st.Cond]; ok && tv.Value == nil {
				found = true
			}
		}
		return true
	})
	return found
}

func inside(n, outer ast.Node) bool {
	return outer.Pos() <= n.Pos() && n.Pos() < outer.End()
}

// mention429 records a 429 / Retry-After mention: for the function being
// walked, or for the package-level variables being declared.
func (w *walker) mention429() {
	switch {
	case w.fn != nil:
		w.fn.Handles429 = true
	case w.spec != nil:
		for _, name := range w.spec.Names {
			if v, ok := w.pass.TypesInfo.Defs[name].(*types.Var); ok {
				w.vars429[v] = true
			}
		}
	}
}

// funcOf returns the record of a function of the package.
func (r *Result) funcOf(obj *types.Func) *Func {
	f, ok := r.funcs[obj]
	if !ok {
		f = &Func{Obj: obj, callees: make(map[*Func]bool), callers: make(map[*Func]bool)}
		r.funcs[obj] = f
	}
	return f
}

func (w *walker) funcDecl(d *ast.FuncDecl) {
	obj, _ := w.pass.TypesInfo.Defs[d.Name].(*types.Func)
	if obj == nil || d.Body == nil {
		return
	}
	f := w.r.funcOf(obj)
	f.Decl = d
	w.r.decls[d] = f
	for res := range obj.Signature().Results().Variables() {
		if isResponse(res.Type()) {
			f.returnsRsp = true
		}
	}
	w.fn = f
}

func (w *walker) call(cur inspector.Cursor, call *ast.CallExpr) {
	info := w.pass.TypesInfo
	fn := calleeFunc(info, call)
	if fn == nil {
		return
	}
	if fn.Pkg() == w.pass.Pkg && w.fn != nil {
		g := w.r.funcOf(fn)
		w.fn.callees[g] = true
		g.callers[w.fn] = true
		w.calls = append(w.calls, pkgCall{cur, g, w.fn})
	}
	if w.fn != nil && isRetryLib(pkgPath(fn)) {
		w.fn.retries = true // backoff.Retry(operation, b) with operation a variable
	}
	if sinks.IsResty(pkgPath(fn)) && fn.Name() == "SetRetryCount" && len(call.Args) == 1 {
		if tv := info.Types[call.Args[0]]; tv.Value == nil || tv.Value.String() != "0" {
			w.r.restyRt = true
		}
	}
	s, ok := sinks.Lookup(fn)
	if !ok {
		return
	}
	arg := func(i int) ast.Expr {
		if i >= 0 && i < len(call.Args) {
			return call.Args[i]
		}
		return nil
	}
	resty := sinks.IsResty(pkgPath(fn))
	switch s.Kind {
	case sinks.Header:
		if k, v := arg(s.First), arg(s.First+1); k != nil && v != nil {
			name, _ := astutil.ConstString(info, k)
			w.add(call, &Write{Node: call, Via: Call, Kind: sinks.Header, Key: k, Name: name, Values: []ast.Expr{v}, Resty: resty})
		}
	case sinks.HeaderMap:
		if lit, ok := ast.Unparen(arg(s.First)).(*ast.CompositeLit); ok {
			for _, elt := range lit.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					name, _ := astutil.ConstString(info, kv.Key)
					w.add(call, &Write{Node: kv, Via: Call, Kind: sinks.Header, Key: kv.Key, Name: name, Values: []ast.Expr{kv.Value}, Resty: resty})
				}
			}
		}
	case sinks.AuthToken, sinks.AuthScheme, sinks.BasicAuth:
		if len(call.Args) > s.First {
			w.add(call, &Write{Node: call, Via: Call, Kind: s.Kind, Values: call.Args[s.First:], Resty: resty})
		}
	case sinks.Send:
		send := &Send{Call: call, Callee: fn, Sink: s, Func: w.fn, cur: cur}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && fn.Signature().Recv() != nil {
			send.Client = sel.X
		}
		if u := arg(s.First); u != nil && astutil.IsString(info.TypeOf(u)) {
			send.URL = u
			w.r.URLs = append(w.r.URLs, URLUse{URL: u, Call: call, Kind: sinks.Send, Func: w.fn, Client: send.Client})
		}
		send.Retrying = pkgPath(fn) == sinks.RetryableHTTP || inRetryHelper(info, cur) || inBackoffLoop(info, cur)
		w.r.Sends = append(w.r.Sends, send)
	case sinks.NewRequest, sinks.BaseURL:
		if u := arg(s.First); u != nil {
			use := URLUse{URL: u, Call: call, Kind: s.Kind, Func: w.fn}
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && s.Kind == sinks.BaseURL {
				use.Client = sel.X
			}
			w.r.URLs = append(w.r.URLs, use)
		}
	}
}

func (w *walker) add(call *ast.CallExpr, wr *Write) {
	wr.Func = w.fn
	w.r.Writes = append(w.r.Writes, wr)
	if !wr.Credential() {
		return
	}
	w.r.creds[call] = true
	if w.fn != nil {
		w.fn.WritesCredential = true
	}
	if wr.Resty {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if t := w.pass.TypesInfo.TypeOf(sel.X); t != nil && isRestyClient(t) {
				w.r.restyCr = true
			}
		}
	}
}

func isRestyClient(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Name() == "Client" && sinks.IsResty(pkgPath(n.Obj()))
}

func (w *walker) assign(a *ast.AssignStmt) {
	info := w.pass.TypesInfo
	if len(a.Lhs) != len(a.Rhs) {
		if len(a.Rhs) == 1 {
			w.value(a.Lhs[0], a.Rhs[0])
		}
		return
	}
	for i, lhs := range a.Lhs {
		rhs := a.Rhs[i]
		w.value(lhs, rhs)
		switch l := ast.Unparen(lhs).(type) {
		case *ast.IndexExpr:
			if a.Tok == token.ASSIGN && astutil.IsNamed(info.TypeOf(l.X), "net/http", "Header") {
				name, _ := astutil.ConstString(info, l.Index)
				wr := &Write{Node: a, Via: Index, Kind: sinks.Header, Key: l.Index, Name: name, Values: elements(rhs), Func: w.fn}
				w.r.Writes = append(w.r.Writes, wr)
				if wr.Credential() && w.fn != nil {
					w.fn.WritesCredential = true
				}
			}
		case *ast.SelectorExpr:
			if l.Sel.Name == "InsecureSkipVerify" && isTrue(info, rhs) && !w.optIn(a) {
				w.r.InsecureTLS = append(w.r.InsecureTLS, Insecure{Node: a, Func: w.fn})
			}
		}
	}
}

// value records that rhs is assigned to what lhs names.
func (w *walker) value(lhs, rhs ast.Expr) {
	var obj types.Object
	switch l := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		obj = w.pass.TypesInfo.ObjectOf(l)
	case *ast.SelectorExpr:
		obj = w.pass.TypesInfo.ObjectOf(l.Sel)
	}
	if obj != nil && !w.r.InTest(rhs) {
		w.r.values[obj] = append(w.r.values[obj], rhs)
	}
}

func (w *walker) composite(lit *ast.CompositeLit) {
	info := w.pass.TypesInfo
	t := info.TypeOf(lit)
	if t == nil {
		return
	}
	if astutil.IsNamed(t, "net/http", "Header") {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				name, _ := astutil.ConstString(info, kv.Key)
				wr := &Write{Node: kv, Via: Literal, Kind: sinks.Header, Key: kv.Key, Name: name, Values: elements(kv.Value), Func: w.fn}
				w.r.Writes = append(w.r.Writes, wr)
				if wr.Credential() && w.fn != nil {
					w.fn.WritesCredential = true
				}
			}
		}
		return
	}
	if _, ok := t.Underlying().(*types.Struct); !ok {
		return
	}
	tlsConfig := astutil.IsNamed(t, "crypto/tls", "Config")
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		w.value(key, kv.Value)
		if tlsConfig && key.Name == "InsecureSkipVerify" && isTrue(info, kv.Value) && !w.optIn(kv) {
			w.r.InsecureTLS = append(w.r.InsecureTLS, Insecure{Node: kv, Func: w.fn})
		}
	}
}

// elements returns the elements of a []string{…} literal, else e itself.
func elements(e ast.Expr) []ast.Expr {
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
		return lit.Elts
	}
	return []ast.Expr{e}
}

func isTrue(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
}

func is429Literal(lit *ast.BasicLit) bool {
	switch lit.Kind {
	case token.INT:
		return lit.Value == "429"
	case token.STRING:
		if len(lit.Value) != len(`"Retry-After"`) {
			return false
		}
		s, err := strconv.Unquote(lit.Value)
		return err == nil && strings.EqualFold(s, "Retry-After")
	}
	return false
}

func is429Value(v constant.Value) bool {
	switch v.Kind() {
	case constant.Int:
		n, ok := constant.Int64Val(v)
		return ok && n == 429
	case constant.String:
		return strings.EqualFold(constant.StringVal(v), "Retry-After")
	}
	return false
}

// retryLibs are packages whose helpers call a function literal again with
// back-off until it succeeds.
var retryLibs = []string{
	"github.com/cenkalti/backoff", "github.com/avast/retry-go",
	"github.com/sethvargo/go-retry", "k8s.io/apimachinery/pkg/util/wait",
	"k8s.io/client-go/util/retry",
}

func isRetryLib(path string) bool {
	for _, p := range retryLibs {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// inRetryHelper reports whether cur is inside a function literal passed to
// a retry helper: one from a retry library, or any function whose name
// says it retries or backs off (withRetry, retry.Do).
func inRetryHelper(info *types.Info, cur inspector.Cursor) bool {
	for lit := range cur.Enclosing((*ast.FuncLit)(nil)) {
		call, ok := lit.Parent().Node().(*ast.CallExpr)
		if !ok {
			continue
		}
		fn := calleeFunc(info, call)
		if fn == nil {
			continue
		}
		if isRetryLib(pkgPath(fn)) {
			return true
		}
		name := strings.ToLower(fn.Name())
		if strings.Contains(name, "retry") || strings.Contains(name, "backoff") {
			return true
		}
	}
	return false
}

// inBackoffLoop reports whether cur is inside a hand-written retry loop
// that backs off: a loop, in the same function, that also waits for a
// computed delay (time.Sleep(backoff(n)), time.After(d)). A fixed
// time.Sleep(time.Second) is not backing off.
func inBackoffLoop(info *types.Info, cur inspector.Cursor) bool {
	for c := range cur.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		var body *ast.BlockStmt
		switch n := c.Node().(type) {
		case *ast.ForStmt:
			body = n.Body
		case *ast.RangeStmt:
			body = n.Body
		default:
			return false
		}
		found := false
		ast.Inspect(body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || found || len(call.Args) != 1 {
				return !found
			}
			if fn := calleeFunc(info, call); fn != nil && pkgPath(fn) == "time" {
				switch fn.Name() {
				case "Sleep", "After", "NewTimer", "Reset":
					found = info.Types[call.Args[0]].Value == nil
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
