package sinks

import (
	"go/ast"
	"go/build"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
)

// Analyzer finds, once per package, the calls that send arguments to a log
// or error sink: entries of the table, functions of the package that pass
// a parameter on to one (log wrappers), and wrappers of other packages
// known by their WrapperFact. secretlog and headerlog share its result.
var Analyzer = &analysis.Analyzer{
	Name:       "sinkcalls",
	Doc:        "find calls that send their arguments to a log, standard output or an error message",
	Requires:   []*analysis.Analyzer{FactsAnalyzer},
	ResultType: reflect.TypeFor[[]Call](),
	Run:        findCalls,
}

// FactsAnalyzer learns the package's wrappers and exports a WrapperFact
// for each exported one, so that a log wrapper or an error helper of
// another package is a sink too. go vet runs it on every dependency: it
// skips the standard library (its sinks are in the table) at the cost of
// one file-name test.
var FactsAnalyzer = &analysis.Analyzer{
	Name:       "sinkfacts",
	Doc:        "export which parameters of a function reach a log, standard output or an error message",
	FactTypes:  []analysis.Fact{new(WrapperFact)},
	ResultType: reflect.TypeFor[*finder](),
	Run:        exportWrappers,
	// See astutil.IllTyped.
	RunDespiteErrors: true,
}

// A WrapperFact says which parameters of a function reach a sink, and
// under which conditions. The package's own wrappers are learnt in this
// type too: what a fact carries is all that was learnt, field for field.
type WrapperFact struct {
	Kind   Kind
	Params []bool
	Format int  // index of a format parameter passed to a printf-like sink, or -1
	Fmt    bool // every sink it reaches prints with fmt's rules (see Call.Fmt)
	// Guard[i] ≥ 0 says parameter i reaches a sink only while the string
	// parameter Guard[i] is empty (uriDecode(raw, secretName) quotes raw
	// only without a secret name): a call passing a non-empty constant
	// there does not send argument i. -1, or no entry: always.
	Guard []int
	// Rejected[i] says parameter i reaches a sink only on a branch where
	// the function finds the value itself of the wrong shape (its length,
	// a separator or prefix it lacks: see finder.guards), which a value
	// it takes never is. A caller in another package is not reported for
	// it: what it passes is what the function asks for, and the leak,
	// where a bad value comes, is the function's package's to fix
	// (pion/srtp printed a key of the wrong length until v3.0.13). A
	// caller in the same package still is, unless the function reports
	// the leak itself (package own): the finding stays in the package
	// that holds the branch.
	Rejected []bool
	// Computed[i] says a test that rejects parameter i compares its
	// length with a value the function computes (pion/srtp: the key
	// length of the context's profile). A caller that cuts the value at a
	// constant length (keyBytes[:16]) has not asked the function for it:
	// diago fixes 16 bytes while the profile is configurable, and a
	// 256-bit profile prints the key. Its argument is reported.
	Computed []bool
	// URLError: the function sends a request whose URL or request its
	// parameters give and returns the send's error, a *url.Error that
	// quotes the URL (see Call.URLError).
	URLError bool
	// ParseEcho: every sink its parameters reach is a URL parse whose
	// error it passes on (see Call.ParseEcho).
	ParseEcho bool
	// shaped: every sink its parameters reach is a logger interface's
	// method known by its shape alone (see Call.Shaped). Such a wrapper
	// is never exported, so the field need not travel.
	shaped bool
}

func (*WrapperFact) AFact() {}

func (f *WrapperFact) String() string { return "wrapper(" + f.Kind.String() + ")" }

// Standard reports whether the pass analyses a package of the standard
// library, by where its first file lives.
func Standard(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return false
	}
	return StandardFile(pass.Fset.File(pass.Files[0].Pos()).Name())
}

// StandardFile is Standard's test on the name of a package's first file
// (as the driver gave it), for a driver that decides before any pass.
func StandardFile(name string) bool {
	root := filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)
	return build.Default.GOROOT != "" && strings.HasPrefix(name, root)
}

func exportWrappers(pass *analysis.Pass) (any, error) {
	if astutil.IllTyped(pass) {
		return (*finder)(nil), nil
	}
	if Standard(pass) {
		Stat("sinkfacts", pass.Pkg.Path(), "skip-std")
		return (*finder)(nil), nil
	}
	Stat("sinkfacts", pass.Pkg.Path(), "walk")
	f := learnWrappers(pass, true)
	for fn, w := range f.wrappers {
		if fn.Exported() && fn.Pkg() == pass.Pkg && !w.shaped {
			pass.ExportObjectFact(fn, w) // learnt: nothing changes it now
		}
	}
	return f, nil
}

// A Call is one call of a sink.
type Call struct {
	Call *ast.CallExpr
	// Name is the callee as users write it: log.Printf, (*Client).debugf.
	Name string
	Kind Kind
	// Wrapper is set when the callee is a function of this package that
	// passes its arguments to a sink.
	Wrapper bool
	// Args are the arguments whose value reaches the output (those printed
	// with %T or %p are left out).
	Args []ast.Expr
	// Echo is set for a call whose error repeats its argument whole
	// (url.Parse): the error escapes the function, returned or printed.
	Echo bool
	// URLError is set for an Echo call that sends a request (client.Do,
	// http.Get): its error, a *url.Error, quotes the request URL, whose
	// argument is Args[0], with the password of its user info starred
	// out. The error is reported where it escapes: ErrUse is the use of
	// the error variable there, ErrTo the sink (empty for a return).
	URLError bool
	ErrUse   ast.Expr
	ErrTo    string
	// ParseEcho is set for an Echo call, or a call of a wrapper whose
	// parameters reach nothing but such a call: the argument shows only
	// if parsing it as a URL fails, which the text a url.URL's String
	// wrote never does (see ParsedURLText).
	ParseEcho bool
	// Shaped is set for a call of a logger interface's printing method
	// known by its name and shape alone (interfaceLog), or of a wrapper
	// that reaches nothing else. Whichever logger the user plugs in, the
	// line is the package's to fix: a wrapper learned from it exports no
	// fact, and callers in other packages are not reported (diago passes
	// the remote ICE password to pion/ice's Agent.StartDial, which logs it
	// at Debug through its LeveledLogger: the fix is pion's).
	Shaped bool
	// Serialized is set for an encoder (json.NewEncoder(os.Stdout).Encode):
	// only the fields it encodes reach the output.
	Serialized bool
	// Fmt is set when the arguments are printed by fmt's verbs (fmt, log,
	// testing, the printf-style methods of logrus, klog, glog and zap's
	// SugaredLogger): a pointer nested in a struct shows as an address.
	// Structured loggers may encode by reflection and follow it.
	Fmt bool
	// Formats is set for the fmt.Sprint* call a String or Error method
	// returns: its text is what every print of the value shows (see
	// formatterCall).
	Formats bool
	// Body is the body of the top-level function that holds the call, for
	// following values derived in it; nil outside functions.
	Body *ast.BlockStmt
	// Forwarded are the parameters of that function which reach a sink:
	// the function is a wrapper, and its callers' arguments are reported
	// at the call, not again inside it.
	Forwarded []*types.Var
}

// Where says where the call sends its arguments, for messages: "a log line
// via log.Printf", "an error message via fmt.Errorf", naming a wrapper's sink.
func (c Call) Where() string {
	if c.Formats {
		return "the text of " + c.Name + ", which every print of the value shows"
	}
	s := "a log line via " + c.Name
	switch c.Kind {
	case Error:
		s = "an error message via " + c.Name
	case Response:
		s = "an HTTP response via " + c.Name
	case Panic:
		s = "a panic message via " + c.Name
	}
	if c.Wrapper {
		s += " (it passes it to " + c.Kind.article() + ")"
	}
	if c.Echo {
		s += ", whose error quotes the whole value and is passed on"
	}
	return s
}

type site struct {
	call   *ast.CallExpr
	decl   *ast.FuncDecl
	callee types.Object // typeutil.Callee, looked up once
}

// learnWrappers collects the package's call sites and learns its
// wrappers; with facts, it first imports the facts of the other packages'
// functions the package calls.
func learnWrappers(pass *analysis.Pass, facts bool) *finder {
	// Chunks, not one slice: a package with its tests can have a few
	// hundred thousand calls, and a slice that large grows by a quarter
	// at a time, allocating five times what it ends up holding.
	var sites [][]site
	count := 0
	f := &finder{pkg: pass.Pkg, files: pass.Files, info: pass.TypesInfo, wrappers: make(map[*types.Func]*WrapperFact), encoders: make(map[types.Object]ast.Expr)}
	for _, file := range pass.Files {
		for _, d := range file.Decls {
			if gen, ok := d.(*ast.GenDecl); ok && gen.Tok == token.VAR {
				f.packageVars(gen) // var logf = log.Printf
			}
			decl, ok := d.(*ast.FuncDecl)
			if !ok || decl.Body == nil {
				continue
			}
			ast.Inspect(decl.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					callee := typeutil.Callee(f.info, n)
					if len(sites) == 0 || len(sites[len(sites)-1]) == siteChunk {
						sites = append(sites, make([]site, 0, siteChunk))
					}
					sites[len(sites)-1] = append(sites[len(sites)-1], site{n, decl, callee})
					count++
					if fn, ok := callee.(*types.Func); ok && facts && fn.Pkg() != nil && fn.Pkg() != pass.Pkg {
						fn = fn.Origin()
						if _, done := f.wrappers[fn]; !done {
							fact := new(WrapperFact)
							if pass.ImportObjectFact(fn, fact) {
								f.wrappers[fn] = fact
							}
						}
					}
				case *ast.ReturnStmt:
					for _, r := range n.Results {
						if call, ok := ast.Unparen(r).(*ast.CallExpr); ok {
							if f.returned == nil {
								f.returned = make(map[*ast.CallExpr]bool)
							}
							f.returned[call] = true // return c.do(req): its error is the result
						}
					}
				case *ast.AssignStmt:
					f.encoderVars(n)
					f.fixedVars(n)
					f.stdVars(n.Lhs, n.Rhs)
					f.logVars(n.Lhs, n.Rhs)
					f.echoVars(n.Lhs, n.Rhs, decl)
				case *ast.KeyValueExpr:
					if id, ok := n.Key.(*ast.Ident); ok {
						if v, ok := f.info.Uses[id].(*types.Var); ok && v.IsField() {
							if f.isStd(n.Value) {
								f.markStd(v) // &tracer{out: os.Stdout}
							}
							f.logVars([]ast.Expr{n.Key}, []ast.Expr{n.Value}) // Options{Logf: log.Printf}
						}
					}
				case *ast.ValueSpec:
					if len(n.Values) == 1 {
						names := astutil.IdentExprs(n.Names)
						f.echoVars(names, n.Values, decl) // var u, err = url.Parse(dsn)
						f.logVars(names, n.Values)
					}
				}
				return true
			})
		}
	}
	// Wrappers of wrappers: a few rounds reach the depth seen in practice.
	// Only a sink call, or a call of a function of this package (which a
	// round may find to be a wrapper), can be a sink once wrappers are
	// known: the rounds after the first, and findCalls, look at those
	// alone, not at every call of the package.
	f.sites = make([]site, 0, count)
	learning := sites
	for round := range 3 {
		changed := false
		for _, chunk := range learning {
			for _, s := range chunk {
				c, ok := f.sinkCall(s.call, s.callee)
				if ok && f.learn(s, c) {
					changed = true
				}
				if round == 0 && (ok || calls(s.callee, pass.Pkg) || f.returned[s.call] && isFmt(s.callee) || s.callee == nil && isConversion(f.info, s.call)) {
					f.sites = append(f.sites, s)
				}
			}
		}
		if f.liftInterfaces(pass) {
			changed = true
		}
		if !changed {
			break
		}
		learning = [][]site{f.sites}
	}
	return f
}

// siteChunk is the number of call sites per chunk of learnWrappers' list.
const siteChunk = 4096

// calls reports whether callee is a function of pkg.
func calls(callee types.Object, pkg *types.Package) bool {
	fn, ok := callee.(*types.Func)
	return ok && fn.Pkg() == pkg
}

func findCalls(pass *analysis.Pass) (any, error) {
	f := pass.ResultOf[FactsAnalyzer].(*finder)
	if f == nil {
		f = learnWrappers(pass, false) // the standard library: no facts
	}
	sites := f.sites
	var calls []Call
	for _, s := range sites {
		c, ok := f.sinkCall(s.call, s.callee)
		if !ok {
			c, ok = f.formatterCall(s)
		}
		if !ok && s.callee == nil {
			c, ok = f.errorConversion(s.call)
		}
		if ok {
			f.place(&c, s.decl)
			calls = append(calls, c)
		}
	}
	return calls, nil
}

// place sets the Body and Forwarded of c, a sink call in decl.
func (f *finder) place(c *Call, decl *ast.FuncDecl) {
	c.Body = decl.Body
	if fn, ok := f.info.Defs[decl.Name].(*types.Func); ok {
		if w := f.wrappers[fn]; w != nil {
			for i, on := range w.Params {
				if on {
					c.Forwarded = append(c.Forwarded, fn.Signature().Params().At(i))
				}
			}
		}
	}
}

// A Forward is an argument of a sink call inside a wrapper that carries
// parameters of the wrapper: what makes it one.
type Forward struct {
	Call   Call // Body and Forwarded set
	Arg    ast.Expr
	Params []int // the wrapper's parameters Arg carries
}

// Forwards returns, for each wrapper of the package, the arguments of its
// sink calls that carry its parameters, in source order. The pass's
// analyzer must require FactsAnalyzer.
func Forwards(pass *analysis.Pass) map[*types.Func][]Forward {
	f, _ := pass.ResultOf[FactsAnalyzer].(*finder)
	if f == nil || len(f.wrappers) == 0 {
		return nil
	}
	out := make(map[*types.Func][]Forward)
	for _, s := range f.sites {
		fn, ok := f.info.Defs[s.decl.Name].(*types.Func)
		if !ok || f.wrappers[fn] == nil {
			continue
		}
		c, ok := f.sinkCall(s.call, s.callee)
		if !ok {
			continue
		}
		f.place(&c, s.decl)
		for _, a := range c.Args {
			if ps := f.paramsIn(a, fn.Signature().Params()); len(ps) > 0 {
				out[fn] = append(out[fn], Forward{Call: c, Arg: a, Params: ps})
			}
		}
	}
	return out
}

type finder struct {
	sites    []site // the calls that may be sinks (see learnWrappers)
	pkg      *types.Package
	files    []*ast.File
	info     *types.Info
	wrappers map[*types.Func]*WrapperFact
	// encoders are variables assigned an encoder: enc := json.NewEncoder(w).
	encoders map[types.Object]ast.Expr
	// echoes are the calls of Echo sinks whose error is assigned to a
	// variable (u, err := url.Parse(dsn)); escaped, those whose error was
	// found to escape (a later round's wrappers only add escapes).
	echoes  map[*ast.CallExpr]echoErr
	escaped map[*ast.CallExpr]errUse
	// returned are the calls whose results a return statement returns.
	returned map[*ast.CallExpr]bool
	// inEscape guards the walk of escapes against echo calls within it.
	inEscape bool
	// fixed are the variables set from a slice of a constant length
	// (see fixedVars).
	fixed map[types.Object]bool
	// std are the variables and fields the package assigns os.Stdout or
	// os.Stderr (see stdVars).
	std map[types.Object]bool
	// lift is what liftInterfaces computes once.
	lift *liftIndex
	// logFns are the variables and fields of func type the package
	// assigns a log sink of the table (see logVars).
	logFns map[*types.Var]*types.Func
}

// fixedVars records the variables that n sets from a slice of a constant
// length: masterKey := keyBytes[:16].
func (f *finder) fixedVars(n *ast.AssignStmt) {
	if len(n.Lhs) != len(n.Rhs) {
		return
	}
	for i, l := range n.Lhs {
		if id, ok := l.(*ast.Ident); ok && fixedSlice(f.info, n.Rhs[i]) {
			if f.fixed == nil {
				f.fixed = make(map[types.Object]bool)
			}
			f.fixed[f.info.ObjectOf(id)] = true
		}
	}
}

// fixedLen reports whether e is a slice of a constant length, or a
// variable once set from one (fixedVars).
func (f *finder) fixedLen(e ast.Expr) bool {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		return f.fixed[f.info.Uses[id]]
	}
	return fixedSlice(f.info, e)
}

// fixedSlice reports whether e is s[:n] or s[m:n] with constant bounds.
func fixedSlice(info *types.Info, e ast.Expr) bool {
	s, ok := ast.Unparen(e).(*ast.SliceExpr)
	if !ok || s.High == nil || s.Slice3 {
		return false
	}
	return info.Types[s.High].Value != nil && (s.Low == nil || info.Types[s.Low].Value != nil)
}

// stdVars records the variables and fields assigned os.Stdout or
// os.Stderr, directly or through a variable so assigned before: minio-go's
// TraceOn defaults its writer to os.Stdout and keeps it in
// c.traceOutput, which dumpHTTP prints requests to.
func (f *finder) stdVars(lhs, rhs []ast.Expr) {
	if len(lhs) != len(rhs) {
		return
	}
	for i, l := range lhs {
		if !f.isStd(rhs[i]) {
			continue
		}
		var obj types.Object
		switch l := ast.Unparen(l).(type) {
		case *ast.Ident:
			obj = f.info.ObjectOf(l)
		case *ast.SelectorExpr:
			obj = f.info.Uses[l.Sel]
		}
		if v, ok := obj.(*types.Var); ok {
			f.markStd(v)
		}
	}
}

func (f *finder) markStd(v *types.Var) {
	if f.std == nil {
		f.std = make(map[types.Object]bool)
	}
	f.std[v.Origin()] = true
}

// isStd reports whether e is os.Stdout or os.Stderr, or a variable or
// field the package assigns one of them (stdVars).
func (f *finder) isStd(e ast.Expr) bool {
	if isStdStream(f.info, e) {
		return true
	}
	if len(f.std) == 0 {
		return false
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return f.std[f.info.Uses[e]]
	case *ast.SelectorExpr:
		if v, ok := f.info.Uses[e.Sel].(*types.Var); ok {
			return f.std[v.Origin()]
		}
	}
	return false
}

type echoErr struct {
	v    *types.Var
	decl *ast.FuncDecl
	// url is, for a request sent, the variable of the URL or request the
	// error quotes: a sink that prints it as well is reported for it.
	url *types.Var
}

// expr is the use of the error variable, nil for a bare return or a
// call returned whole.
func (u errUse) expr() ast.Expr {
	if u.id == nil {
		return nil
	}
	return u.id
}

// An errUse is where an echoed error escapes: id, a use of its variable,
// in the sink call named to ("" for a return).
type errUse struct {
	id *ast.Ident
	to string
}

// sinkCall reports whether call, of callee (typeutil.Callee), sends
// arguments to a sink, and which.
func (f *finder) sinkCall(call *ast.CallExpr, callee types.Object) (Call, bool) {
	var fn *types.Func
	switch callee := callee.(type) {
	case *types.Func:
		fn = callee.Origin()
	case *types.Builtin:
		buildTable()
		if s, ok := table[callee.Name()]; ok {
			return Call{Call: call, Name: callee.Name(), Kind: s.Kind, Args: call.Args, Fmt: callee.Name() != "panic"}, true
		}
		return Call{}, false
	case *types.Var:
		return f.funcValueCall(call, callee)
	default:
		return Call{}, false
	}
	if s, ok := Lookup(fn); ok && s.Echo {
		// A parser the table knows (redis.ParseURL), whatever its
		// package's facts say: they count a URL it fails to parse as a
		// value rejected for its shape, which its callers do not report,
		// yet the caller is the one that passes the error on.
		return f.echoCall(call, fn, s)
	}
	if w, ok := f.wrappers[fn]; ok && w.URLError {
		use, escapes := f.escape(call)
		c := Call{Call: call, Name: astutil.CalleeName(call, fn), Kind: Error, Wrapper: true, Echo: true, URLError: true, ErrUse: use.expr(), ErrTo: use.to, Fmt: true}
		for i, a := range call.Args {
			if w.reaches(i) {
				c.Args = append(c.Args, a)
			}
		}
		return c, escapes && len(c.Args) > 0
	}
	if w, ok := f.wrappers[fn]; ok {
		c := Call{Call: call, Name: astutil.CalleeName(call, fn), Kind: w.Kind, Wrapper: true, Fmt: w.Fmt, ParseEcho: w.ParseEcho, Shaped: w.shaped}
		for i, a := range call.Args {
			if w.reaches(i) && !w.guarded(f.info, call, i) && !(fn.Pkg() != f.pkg && w.rejects(i) && !(w.computes(i) && f.fixedLen(a))) {
				c.Args = append(c.Args, a)
			}
		}
		if w.Format >= 0 {
			c.Args = f.dropHidden(call, w.Format, c.Args)
		}
		if c.Fmt {
			c.Args = dropAddresses(f.info, c.Args)
		}
		return c, len(c.Args) > 0
	}
	if c, ok := f.encoderCall(call, fn); ok {
		return c, true
	}
	if c, ok := f.logWriterCall(call, fn); ok {
		return c, true
	}
	s, ok := Lookup(fn)
	shaped := false
	if !ok {
		s, ok = interfaceLog(fn)
		shaped = ok
	}
	if ok && s.Kind == Send && pkgOf(fn) == "net/http" && s.First < len(call.Args) {
		use, ok := f.escape(call)
		if !ok {
			return Call{}, false
		}
		return Call{Call: call, Name: astutil.CalleeName(call, fn), Kind: Error, Args: call.Args[s.First : s.First+1], Echo: true,
			URLError: true, ErrUse: use.expr(), ErrTo: use.to, Fmt: true}, true
	}
	if !ok || !printed(s.Kind) || s.First >= len(call.Args) {
		return Call{}, false
	}
	if s.Echo {
		return f.echoCall(call, fn, s)
	}
	if s.Writer >= 0 {
		switch w := call.Args[s.Writer]; {
		case f.isStd(w), IsLogWriter(w):
		case isResponseWriter(f.info, w):
			s.Kind = Response
		default:
			return Call{}, false
		}
	}
	fmtIface := (shaped || s.Shape) && (strings.HasSuffix(fn.Name(), "f") || strings.HasPrefix(fn.Name(), "Print"))
	c := Call{Call: call, Name: astutil.CalleeName(call, fn), Kind: s.Kind, Args: call.Args[s.First:], Fmt: fmtPrinted(fn) || fmtIface, Shaped: shaped}
	c.Serialized = reflected(f.info, fn, c.Args)
	if strings.HasSuffix(fn.Name(), "f") {
		c.Args = f.dropHidden(call, s.First, c.Args)
	}
	if c.Fmt {
		c.Args = dropAddresses(f.info, c.Args)
	}
	return c, true
}

// funcValueCall is the sink call through v, a variable, parameter or field
// of func type: one the package assigns a log sink of the table (out :=
// log.Printf, c.logf = t.Logf), or one named and shaped like a logger's
// printing function (funcValueLog), which is Shaped: whatever the user
// plugs in, the line is the package's.
func (f *finder) funcValueCall(call *ast.CallExpr, v *types.Var) (Call, bool) {
	var c Call
	if fn := f.logFns[v.Origin()]; fn != nil {
		s, _ := Lookup(fn)
		if s.First >= len(call.Args) {
			return Call{}, false
		}
		c = Call{Call: call, Kind: Log, Args: call.Args[s.First:], Fmt: fmtPrinted(fn)}
		if strings.HasSuffix(fn.Name(), "f") {
			c.Args = f.dropHidden(call, s.First, c.Args)
		}
	} else {
		first, printf, ok := funcValueLog(f.info, call, v)
		if !ok || first >= len(call.Args) {
			return Call{}, false
		}
		c = Call{Call: call, Kind: Log, Args: call.Args[first:], Fmt: true, Shaped: true}
		if printf {
			c.Args = f.dropHidden(call, first, c.Args)
		}
	}
	if c.Fmt {
		c.Args = dropAddresses(f.info, c.Args)
	}
	if len(c.Args) == 0 {
		return Call{}, false
	}
	// Named only now: ExprString allocates, and most calls through a func
	// value are no sink.
	if c.Name = types.ExprString(call.Fun); strings.ContainsAny(c.Name, "()[]") {
		c.Name = v.Name()
	}
	return c, true
}

// logVars records the variables and fields of func type that lhs are
// assigned from rhs when that is a log sink of the table whose every
// argument is printed: out := log.Printf, c.logf = t.Logf.
func (f *finder) logVars(lhs, rhs []ast.Expr) {
	if len(lhs) != len(rhs) {
		return
	}
	for i, l := range lhs {
		var fn *types.Func
		switch r := ast.Unparen(rhs[i]).(type) {
		case *ast.Ident:
			fn, _ = f.info.Uses[r].(*types.Func)
		case *ast.SelectorExpr:
			fn, _ = f.info.Uses[r.Sel].(*types.Func)
		}
		if fn == nil {
			continue
		}
		if s, ok := Lookup(fn.Origin()); !ok || s.Kind != Log || s.Writer >= 0 || s.First != 0 {
			continue
		}
		var v *types.Var
		switch l := ast.Unparen(l).(type) {
		case *ast.Ident:
			v, _ = f.info.ObjectOf(l).(*types.Var)
		case *ast.SelectorExpr:
			v, _ = f.info.Uses[l.Sel].(*types.Var)
		}
		if v != nil {
			if f.logFns == nil {
				f.logFns = make(map[*types.Var]*types.Func)
			}
			f.logFns[v.Origin()] = fn.Origin()
		}
	}
}

// packageVars records the package-level variables gen assigns a log
// sink of the table (logVars).
func (f *finder) packageVars(gen *ast.GenDecl) {
	for _, spec := range gen.Specs {
		vs := spec.(*ast.ValueSpec)
		f.logVars(astutil.IdentExprs(vs.Names), vs.Values)
	}
}

// echoCall is the sink call of fn, an Echo entry of the table, where its
// error escapes.
func (f *finder) echoCall(call *ast.CallExpr, fn *types.Func, s Sink) (Call, bool) {
	if _, ok := f.escape(call); !ok || s.First >= len(call.Args) {
		return Call{}, false
	}
	return Call{Call: call, Name: astutil.CalleeName(call, fn), Kind: s.Kind, Args: call.Args[s.First : s.First+1], Echo: true, ParseEcho: true, Fmt: true}, true
}

// reflected reports whether fn, a structured logger's field constructor,
// encodes its one value through encoding/json, which leaves out the
// fields tagged json:"-": zap.Reflect always; zap.Any unless the value's
// type has a String, Error or zap marshaler method (Any prefers those);
// zerolog's Interface and Any unless it has MarshalZerologObject.
func reflected(info *types.Info, fn *types.Func, args []ast.Expr) bool {
	if fn.Pkg() == nil || len(args) != 1 {
		return false
	}
	var prefer []string
	switch path, name := fn.Pkg().Path(), fn.Name(); {
	case path == "go.uber.org/zap" && name == "Reflect":
		return true
	case path == "go.uber.org/zap" && name == "Any":
		prefer = []string{"String", "Error", "MarshalLogObject", "MarshalLogArray"}
	case path == "github.com/rs/zerolog" && (name == "Interface" || name == "Any"):
		prefer = []string{"MarshalZerologObject"}
	default:
		return false
	}
	t := info.TypeOf(args[0])
	if t == nil {
		return false
	}
	for _, m := range prefer {
		if obj, _, _ := types.LookupFieldOrMethod(t, false, nil, m); obj != nil {
			return false
		}
	}
	return true
}

// fmtPrinted reports whether a table sink prints its arguments with fmt's
// verbs (Sprint, Sprintf, Sprintln) rather than encoding them as
// structured fields, which may follow pointers by reflection.
func fmtPrinted(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	name := fn.Name()
	switch path := fn.Pkg().Path(); path {
	case "fmt", "log", "errors", "testing", "io":
		return true
	case "github.com/sirupsen/logrus", "k8s.io/klog/v2", "k8s.io/klog", "github.com/golang/glog":
		return !strings.HasPrefix(name, "With") && !strings.HasSuffix(name, "S")
	case "go.uber.org/zap":
		recv := fn.Signature().Recv()
		return recv != nil && strings.HasSuffix(types.TypeString(recv.Type(), nil), "SugaredLogger") &&
			!strings.HasSuffix(name, "w") && name != "With"
	case "github.com/rs/zerolog":
		return name == "Print" || name == "Printf" || name == "Msgf"
	}
	return false
}

// printed reports whether a sink of kind k writes its arguments out as
// text. The table also holds request header setters and senders (http.go),
// which are not log or error sinks.
func printed(k Kind) bool { return k == Log || k == Error || k == Response || k == Panic }

func (w *WrapperFact) reaches(i int) bool {
	if i >= len(w.Params) {
		i = len(w.Params) - 1 // variadic
	}
	return i >= 0 && w.Params[i]
}

// rejects reports whether parameter i reaches a sink only when the
// function turns its value away (WrapperFact.Rejected).
func (w *WrapperFact) rejects(i int) bool {
	i = min(i, len(w.Params)-1) // variadic
	return i >= 0 && i < len(w.Rejected) && w.Rejected[i]
}

// computes reports whether a test that rejects parameter i compares its
// length with a computed value (WrapperFact.Computed).
func (w *WrapperFact) computes(i int) bool {
	i = min(i, len(w.Params)-1) // variadic
	return i >= 0 && i < len(w.Computed) && w.Computed[i]
}

// guarded reports whether call passes a non-empty constant for the
// parameter that must be empty for parameter i to reach the sink.
func (w *WrapperFact) guarded(info *types.Info, call *ast.CallExpr, i int) bool {
	if i >= len(w.Guard) || w.Guard[i] < 0 || w.Guard[i] >= len(call.Args) {
		return false
	}
	s, ok := astutil.ConstString(info, call.Args[w.Guard[i]])
	return ok && s != ""
}

// learn records the enclosing function of a sink call as a wrapper when one
// of its parameters reaches the call's output. It reports whether that
// added anything.
func (f *finder) learn(s site, c Call) bool {
	fn, ok := f.info.Defs[s.decl.Name].(*types.Func)
	if !ok {
		return false
	}
	if c.URLError || f.wrappers[fn] != nil && f.wrappers[fn].URLError {
		return f.learnURLError(fn, c)
	}
	params := fn.Signature().Params()
	changed := false
	empty := -2 // not looked for yet
	var rejected, computed []bool
	for _, a := range c.Args {
		for _, i := range f.paramsIn(a, params) {
			if f.zeroAt(s.decl, c.Call, params.At(i)) {
				continue // printed only where it is its zero value
			}
			w := f.wrappers[fn]
			if w == nil {
				w = &WrapperFact{Kind: c.Kind, Params: make([]bool, params.Len()), Format: -1, Fmt: c.Fmt, Guard: make([]int, params.Len()),
					Rejected: make([]bool, params.Len()), Computed: make([]bool, params.Len()), ParseEcho: c.ParseEcho, shaped: c.Shaped}
				f.wrappers[fn] = w
			}
			if w.ParseEcho && !c.ParseEcho {
				w.ParseEcho = false
				changed = true
			}
			if w.shaped && !c.Shaped {
				w.shaped = false
				changed = true
			}
			if empty == -2 {
				empty, rejected, computed = f.guards(s.decl, fn, c.Call)
			}
			rejects, computes := i < len(rejected) && rejected[i], i < len(computed) && computed[i]
			if !rejects && c.Wrapper {
				rejects, computes = f.passedRejected(s, a, i)
			}
			guard := empty
			if guard < 0 && c.Wrapper {
				guard = f.passedGuard(s, fn, a)
			}
			switch {
			case !w.Params[i]:
				w.Guard[i] = guard
				w.Rejected[i] = rejects
			case w.Guard[i] != guard && w.Guard[i] != -1:
				w.Guard[i] = -1 // another sink call reaches it unguarded, or under another guard
				changed = true
			}
			if w.Params[i] && w.Rejected[i] && !rejects {
				w.Rejected[i] = false // another sink call takes it as it is
				changed = true
			}
			if rejects && computes && !w.Computed[i] {
				w.Computed[i] = true
				changed = true
			}
			if w.Fmt && !c.Fmt {
				w.Fmt = false
				changed = true
			}
			if !w.Params[i] {
				w.Params[i] = true
				changed = true
			}
			if i+1 < params.Len() && f.formatOf(s, c, a, params) == i {
				w.Format = i // func logf(format string, args ...any) { log.Printf(format, args...) }
			}
		}
	}
	return changed
}

// learnURLError records fn as a wrapper whose error quotes the URL of
// its parameter when c, a send or such a wrapper in fn, is given that
// parameter whole and its error is returned (fn's callers see it). A
// function that also passes parameters to log or error sinks keeps that
// role alone.
func (f *finder) learnURLError(fn *types.Func, c Call) bool {
	w := f.wrappers[fn]
	if !c.URLError || c.ErrTo != "" || w != nil && !w.URLError || !returnsError(fn) {
		return false
	}
	params := fn.Signature().Params()
	changed := false
	for _, a := range c.Args {
		id, ok := ast.Unparen(a).(*ast.Ident)
		if !ok {
			continue
		}
		for i := range params.Len() {
			if params.At(i) != f.info.Uses[id] {
				continue
			}
			if w == nil {
				w = &WrapperFact{Kind: Error, Params: make([]bool, params.Len()), Format: -1, Fmt: true, URLError: true}
				f.wrappers[fn] = w
			}
			if !w.Params[i] {
				w.Params[i], changed = true, true
			}
		}
	}
	return changed
}

// returnsError reports whether fn's last result is an error.
func returnsError(fn *types.Func) bool {
	r := fn.Signature().Results()
	return r.Len() > 0 && types.Identical(r.At(r.Len()-1).Type(), types.Universe.Lookup("error").Type())
}

// passedGuard returns the parameter of fn that s, a call of a wrapper
// inside fn, passes on whole as the guard of its argument a: a wrapper of
// uriDecode(raw, secretName) that passes its own name parameter through
// keeps uriDecode's guard, one level further each round. -1 when none, or
// when fn assigns that parameter.
func (f *finder) passedGuard(s site, fn *types.Func, a ast.Expr) int {
	callee, ok := s.callee.(*types.Func)
	if !ok {
		return -1
	}
	w := f.wrappers[callee.Origin()]
	if w == nil {
		return -1
	}
	for j, ca := range s.call.Args {
		if ca != a {
			continue
		}
		j = min(j, len(w.Params)-1) // variadic
		if j < 0 || j >= len(w.Guard) || w.Guard[j] < 0 || w.Guard[j] >= len(s.call.Args) {
			return -1
		}
		id, ok := ast.Unparen(s.call.Args[w.Guard[j]]).(*ast.Ident)
		if !ok {
			return -1
		}
		params := fn.Signature().Params()
		for k := range params.Len() {
			if params.At(k) == f.info.Uses[id] && !f.assigned(s.decl, params.At(k)) {
				return k
			}
		}
	}
	return -1
}

// passedRejected reports whether s, a call of a wrapper inside fn, passes
// a, parameter i of fn, on whole to a parameter the wrapper reaches a sink
// with only when it turns the value away: CreateContext hands its
// masterKey to createCipher, which prints it only when its length is
// wrong, and so does CreateContext; computes passes on the wrapper's
// WrapperFact.Computed.
func (f *finder) passedRejected(s site, a ast.Expr, i int) (rejects, computes bool) {
	callee, ok := s.callee.(*types.Func)
	if !ok {
		return false, false
	}
	w := f.wrappers[callee.Origin()]
	fn, ok := f.info.Defs[s.decl.Name].(*types.Func)
	if w == nil || !ok || f.param(a, fn.Signature().Params()) != i || f.assigned(s.decl, fn.Signature().Params().At(i)) {
		return false, false
	}
	j := slices.Index(s.call.Args, a)
	return j >= 0 && w.rejects(j), j >= 0 && w.computes(j)
}

// paramsIn returns the indices of the parameters that e passes on whole:
// p, p..., p + "x", fmt.Sprintf("%s", p).
func (f *finder) paramsIn(e ast.Expr, params *types.Tuple) []int {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		obj := f.info.Uses[e]
		for i := range params.Len() {
			if params.At(i) == obj {
				return []int{i}
			}
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return append(f.paramsIn(e.X, params), f.paramsIn(e.Y, params)...)
		}
	case *ast.CallExpr:
		if tv, ok := f.info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return f.paramsIn(e.Args[0], params) // string(p)
		}
		if fn, ok := typeutil.Callee(f.info, e).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && strings.HasPrefix(fn.Name(), "Sprint") {
			var out []int
			for _, a := range FormatShown(f.info, e, fn) {
				out = append(out, f.paramsIn(a, params)...)
			}
			return out
		}
	}
	return nil
}

// formatOf returns the parameter of the enclosing function (params) that
// a, an argument of the sink call c at s, passes on as a printf format,
// or -1: the format of a printf-like sink (log.Printf(format, args...)),
// of a printf-like wrapper (s.debugf("[x] "+format, args...)), or of the
// fmt.Sprintf or fmt.Errorf whose text the sink prints
// (log.Output(2, fmt.Sprintf(format, args...))). The caller's format then
// decides what its arguments show (%T, %p).
func (f *finder) formatOf(s site, c Call, a ast.Expr, params *types.Tuple) int {
	var format ast.Expr
	switch {
	case c.Wrapper:
		if fn, ok := s.callee.(*types.Func); ok {
			if w := f.wrappers[fn.Origin()]; w != nil && w.Format >= 0 && w.Format < len(s.call.Args) && s.call.Args[w.Format] == a {
				format = a
			}
		}
	case a == c.Args[0] && isPrintf(f.info, c.Call):
		format = a
	}
	if call, ok := ast.Unparen(a).(*ast.CallExpr); format == nil && ok && len(call.Args) > 0 && isPrintf(f.info, call) {
		if fn, ok := typeutil.Callee(f.info, call).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" {
			format = call.Args[0] // fmt.Sprintf(format, args...), fmt.Errorf
		}
	}
	if format == nil {
		return -1
	}
	if ps := f.paramsIn(format, params); len(ps) == 1 {
		return ps[0]
	}
	return -1
}

func isPrintf(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return ok && strings.HasSuffix(fn.Name(), "f")
}

// dropHidden removes from args those that the constant format at
// call.Args[format] prints with %T, or with %p when they are pointers,
// maps, slices, channels or functions: their value is not shown. %p of a
// string prints %!p(string=…), the value.
func (f *finder) dropHidden(call *ast.CallExpr, format int, args []ast.Expr) []ast.Expr {
	return Shown(f.info, call, format, args)
}

// Shown returns those of args, arguments of call after its printf format
// call.Args[format], whose value the format shows: it leaves out those
// printed with %T, or with %p when they are pointers, maps or slices
// (fmt.Sprintf("[Req:%p]", req) prints an address).
func Shown(info *types.Info, call *ast.CallExpr, format int, args []ast.Expr) []ast.Expr {
	if format >= len(call.Args) || call.Ellipsis != token.NoPos {
		return args
	}
	tv, ok := info.Types[call.Args[format]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return args
	}
	hidden := hiddenArgs(constant.StringVal(tv.Value))
	if len(hidden) == 0 {
		return args
	}
	var out []ast.Expr
	for _, a := range args {
		i := -1
		for j, ca := range call.Args[format+1:] {
			if ca == a {
				i = j
			}
		}
		if v := hidden[i]; v == 'T' || v == 'p' && addressed(info.TypeOf(a)) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// dropAddresses removes from args, printed by fmt's verbs, those of a
// pointer to a string or number type: fmt prints the address (0xc000…,
// or %!s(*string=0xc000…)), not the value (mongo-driver's testoidcauth
// prints args.RefreshToken, a *string, with %v). A pointer to a named type
// may have a String method, and one to a struct or slice is printed as
// &{…}: both stay.
func dropAddresses(info *types.Info, args []ast.Expr) []ast.Expr {
	var out []ast.Expr
	for i, a := range args {
		if p, ok := info.TypeOf(a).(*types.Pointer); ok {
			if _, basic := p.Elem().(*types.Basic); basic {
				if out == nil {
					out = append([]ast.Expr{}, args[:i]...)
				}
				continue
			}
		}
		if out != nil {
			out = append(out, a)
		}
	}
	if out == nil {
		return args
	}
	return out
}

// FormatShown returns the arguments of call, a call of fn, that its
// output shows: for fmt.Sprintf, fmt.Errorf and the like, the format and
// the operands it shows (see Shown); all of them for other calls.
func FormatShown(info *types.Info, call *ast.CallExpr, fn *types.Func) []ast.Expr {
	if !strings.HasSuffix(fn.Name(), "f") || len(call.Args) == 0 {
		return call.Args
	}
	return append([]ast.Expr{call.Args[0]}, Shown(info, call, 0, call.Args[1:])...)
}

// addressed reports whether fmt's %p prints a value of type t as an
// address.
func addressed(t types.Type) bool {
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice, *types.Chan, *types.Signature:
		return true
	case *types.Basic:
		return u.Kind() == types.UnsafePointer
	}
	return false
}

// hiddenArgs returns the operands of a printf format that are printed with
// %T or %p, and the verb. With explicit argument indexes it gives up and
// returns nil.
func hiddenArgs(format string) map[int]byte {
	var hidden map[int]byte
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		for i++; i < len(format); i++ {
			c := format[i]
			if c == '[' {
				return nil
			}
			if c == '*' {
				arg++
			} else if !strings.ContainsRune("+-# 0123456789.", rune(c)) {
				break
			}
		}
		if i == len(format) || format[i] == '%' {
			continue
		}
		if format[i] == 'T' || format[i] == 'p' {
			if hidden == nil {
				hidden = make(map[int]byte)
			}
			hidden[arg] = format[i]
		}
		arg++
	}
	return hidden
}

// encoderVars records enc := json.NewEncoder(w).
func (f *finder) encoderVars(as *ast.AssignStmt) {
	if len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, rhs := range as.Rhs {
		call, ok := ast.Unparen(rhs).(*ast.CallExpr)
		if !ok {
			continue
		}
		if fn, ok := typeutil.Callee(f.info, call).(*types.Func); ok && fn.Name() == "NewEncoder" && fn.Pkg() != nil && isEncoderPkg(fn.Pkg().Path()) {
			if id, ok := as.Lhs[i].(*ast.Ident); ok {
				f.encoders[f.info.ObjectOf(id)] = call
			}
		}
	}
}

// encoderCall matches Encode on a JSON, YAML or TOML encoder made for
// standard output or error, in the call (json.NewEncoder(os.Stdout).Encode)
// or in a variable the function assigned it to.
func (f *finder) encoderCall(call *ast.CallExpr, fn *types.Func) (Call, bool) {
	if fn.Name() != "Encode" || fn.Pkg() == nil || len(call.Args) != 1 || !isEncoderPkg(fn.Pkg().Path()) {
		return Call{}, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return Call{}, false
	}
	mk := ast.Unparen(sel.X)
	if id, ok := mk.(*ast.Ident); ok {
		mk = f.encoders[f.info.ObjectOf(id)]
	}
	newCall, ok := mk.(*ast.CallExpr)
	if !ok || len(newCall.Args) != 1 || !isStdStream(f.info, newCall.Args[0]) {
		return Call{}, false
	}
	return Call{Call: call, Name: types.ExprString(call.Fun), Kind: Log, Args: call.Args, Serialized: true}, true
}

func isEncoderPkg(path string) bool {
	return path == "encoding/json" || path == "encoding/xml" || strings.HasSuffix(path, "yaml") ||
		strings.HasSuffix(path, "yaml.v2") || strings.HasSuffix(path, "yaml.v3") || strings.Contains(path, "toml")
}

// logWriterCall matches Write or WriteString on a writer named as a log
// (c.Log.Write(b), debugLog.WriteString(s)): what it writes is logged.
func (f *finder) logWriterCall(call *ast.CallExpr, fn *types.Func) (Call, bool) {
	if fn.Name() != "Write" && fn.Name() != "WriteString" || len(call.Args) != 1 || fn.Signature().Recv() == nil {
		return Call{}, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !IsLogWriter(sel.X) {
		return Call{}, false
	}
	return Call{Call: call, Name: types.ExprString(call.Fun), Kind: Log, Args: call.Args, Fmt: true}, true
}

// IsLogWriter reports whether e is a variable or field named as a log
// (Log, logger, debugLog, logWriter, log_out), which an io.Writer of that
// name is: the user's log. The name must hold "log" as a word, not inside
// one (catalog, blog, logic, login).
func IsLogWriter(e ast.Expr) bool {
	name := astutil.Name(e)
	for i := 0; i+3 <= len(name); i++ {
		if !strings.EqualFold(name[i:i+3], "log") {
			continue
		}
		startOK := i == 0 || name[i-1] == '_' || name[i] == 'L' && isLowerByte(name[i-1])
		if !startOK {
			continue
		}
		rest := name[i+3:]
		if rest == "" || rest[0] == '_' || rest[0] >= 'A' && rest[0] <= 'Z' ||
			strings.HasPrefix(rest, "ger") && (len(rest) == 3 || rest[3] == '_' || rest[3] >= 'A' && rest[3] <= 'Z') {
			return true
		}
	}
	return false
}

func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// isResponseWriter reports whether e is an http.ResponseWriter.
func isResponseWriter(info *types.Info, e ast.Expr) bool {
	t := info.TypeOf(e)
	return t != nil && isNamed(t, "net/http", "ResponseWriter")
}

func isNamed(t types.Type, pkg, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// isStdStream reports whether e is os.Stdout or os.Stderr.
func isStdStream(info *types.Info, e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := info.Uses[sel.Sel].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "os" && (v.Name() == "Stdout" || v.Name() == "Stderr")
}

// echoVars records u, err := url.Parse(dsn): the variable that holds the
// error of a call of an Echo sink, the last of lhs.
func (f *finder) echoVars(lhs, rhs []ast.Expr, decl *ast.FuncDecl) {
	if len(rhs) != 1 || len(lhs) == 0 {
		return
	}
	call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
	if !ok {
		return
	}
	fn, ok := typeutil.Callee(f.info, call).(*types.Func)
	if !ok {
		return
	}
	s, ok := Lookup(fn)
	sends := ok && s.Kind == Send && pkgOf(fn) == "net/http" && s.First < len(call.Args)
	// Any other function may return a send's error (see learnURLError):
	// which does is known once the wrappers are.
	if ok && !s.Echo && !sends {
		return
	}
	id, ok := lhs[len(lhs)-1].(*ast.Ident)
	if !ok {
		return
	}
	if v, ok := f.info.ObjectOf(id).(*types.Var); ok {
		if f.echoes == nil {
			f.echoes = make(map[*ast.CallExpr]echoErr)
			f.escaped = make(map[*ast.CallExpr]errUse)
		}
		e := echoErr{v: v, decl: decl}
		if sends {
			if id, ok := ast.Unparen(call.Args[s.First]).(*ast.Ident); ok {
				e.url, _ = f.info.Uses[id].(*types.Var)
			}
		}
		f.echoes[call] = e
	}
}

// escape reports whether the error of call, an Echo sink, leaves the
// function, and where first: after the call and before the variable is
// assigned anew, it is returned (return err, return fmt.Errorf("…: %w",
// err), a bare return of a named result err) or is an argument of a sink
// (log.Print(err)). Comparing it with nil, dropping it or returning a
// fixed error in its place keeps the value in. For a request sent, a sink
// that also prints the URL or request the error quotes is left out: the
// URL is reported there.
func (f *finder) escape(call *ast.CallExpr) (errUse, bool) {
	e, ok := f.echoes[call]
	if !ok && f.returned[call] {
		return errUse{}, true
	}
	if !ok || f.inEscape {
		return errUse{}, false // the error is dropped (_) or used in place
	}
	if u, ok := f.escaped[call]; ok {
		return u, true
	}
	f.inEscape = true
	defer func() { f.inEscape = false }()
	end := e.decl.Body.End()
	named := isResult(f.info, e.decl, e.v)
	type use struct {
		at ast.Node // the return or sink call the use reaches
		id *ast.Ident
	}
	var uses []use
	inner, dead := f.urlErrorTests(e, call)
	var stack, callStack []ast.Node
	lits := 0 // function literals around the node: a bare return there is theirs
	ast.Inspect(e.decl.Body, func(n ast.Node) bool {
		if n == nil {
			if _, ok := stack[len(stack)-1].(*ast.FuncLit); ok {
				lits--
			}
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.CallExpr:
			if n == call {
				callStack = slices.Clone(stack)
			}
		case *ast.FuncLit:
			lits++
		case *ast.ReturnStmt:
			if named && lits == 0 && len(n.Results) == 0 && n.Pos() > call.End() {
				uses = append(uses, use{n, nil})
			}
		case *ast.AssignStmt:
			if n.Pos() > call.End() && n.Pos() < end && assigns(f.info, n, e.v) && !mentions(f.info, n.Rhs, e.v) &&
				!nilWhere(f.info, stack, e.v) && !exclusive(stack, callStack) && onErrorPath(f.info, stack, callStack, e.v) {
				end = n.Pos() // err = other(): a new error from here on
			}
		case *ast.Ident:
			v := f.info.Uses[n]
			if n.Pos() <= call.End() || v != e.v && !inner[v] || inDead(dead, n.Pos()) {
				break
			}
			if sel, ok := stack[len(stack)-2].(*ast.SelectorExpr); ok && inner[v] && sel.X == n && (sel.Sel.Name == "Err" || sel.Sel.Name == "Op") {
				break // urlErr.Err: the reason alone, without the URL
			}
			if to := f.reaches(stack); to != nil {
				uses = append(uses, use{to, n})
			}
		}
		return true
	})
	for _, u := range uses {
		if u.at.Pos() >= end {
			continue
		}
		to := ""
		if c, ok := u.at.(*ast.CallExpr); ok {
			if e.url != nil && mentions(f.info, c.Args, e.url) {
				continue
			}
			sc, _ := f.sinkCall(c, typeutil.Callee(f.info, c))
			to = sc.Where()
		}
		eu := errUse{id: u.id, to: to}
		f.escaped[call] = eu
		return eu, true
	}
	return errUse{}, false
}

// urlErrorTests finds, after call, the tests errors.As(err, &urlErr) of
// e's error with a *url.Error target (pgx's parseURLSettings: `if urlErr
// := new(url.Error); errors.As(err, &urlErr) { return nil, urlErr.Err }`).
// It returns the targets, which hold the same error (urlErr.Err and .Op do
// not quote the URL), and, for each test whose body ends in a return, the
// rest of its block: the error of url.Parse or of a request sent (Client.Do)
// is always a *url.Error, so that code never sees it.
func (f *finder) urlErrorTests(e echoErr, call *ast.CallExpr) (inner map[types.Object]bool, dead []span) {
	var stack []ast.Node
	ast.Inspect(e.decl.Body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		ifs, ok := n.(*ast.IfStmt)
		if !ok || ifs.Pos() < call.End() {
			return true
		}
		target := f.urlErrorTarget(ifs.Cond, e.v)
		if target == nil {
			return true
		}
		if inner == nil {
			inner = make(map[types.Object]bool)
		}
		inner[target] = true
		list := ifs.Body.List
		if len(list) == 0 {
			return true
		}
		if _, ok := list[len(list)-1].(*ast.ReturnStmt); !ok {
			return true
		}
		if block, ok := stack[len(stack)-2].(*ast.BlockStmt); ok {
			dead = append(dead, span{ifs.End(), block.End()})
		}
		return true
	})
	return inner, dead
}

type span struct{ pos, end token.Pos }

func inDead(dead []span, pos token.Pos) bool {
	for _, s := range dead {
		if s.pos <= pos && pos < s.end {
			return true
		}
	}
	return false
}

// urlErrorTarget returns v in cond, errors.As(err, &v) of the error
// variable errVar with v a *url.Error, or nil.
func (f *finder) urlErrorTarget(cond ast.Expr, errVar *types.Var) types.Object {
	call, ok := ast.Unparen(cond).(*ast.CallExpr)
	if !ok || len(call.Args) != 2 {
		return nil
	}
	fn, ok := typeutil.Callee(f.info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "As" {
		return nil
	}
	if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); !ok || f.info.Uses[id] != errVar {
		return nil
	}
	v := astutil.VarOperand(f.info, call.Args[1])
	if v == nil {
		return nil
	}
	if p, ok := types.Unalias(v.Type()).(*types.Pointer); !ok || !isNamed(p.Elem(), "net/url", "Error") {
		return nil
	}
	return v
}

// reaches returns the return statement or sink call that the identifier
// at the top of stack is part of, if any; nil for a comparison (err != nil).
func (f *finder) reaches(stack []ast.Node) ast.Node {
	if len(stack) >= 2 {
		if b, ok := stack[len(stack)-2].(*ast.BinaryExpr); ok && (b.Op == token.EQL || b.Op == token.NEQ) {
			return nil
		}
	}
	for i := len(stack) - 2; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.ReturnStmt:
			return n
		case *ast.CallExpr:
			if _, ok := f.sinkCall(n, typeutil.Callee(f.info, n)); ok {
				return n
			}
		case *ast.BlockStmt:
			return nil
		}
	}
	return nil
}

// isResult reports whether v is a named result of decl.
func isResult(info *types.Info, decl *ast.FuncDecl, v *types.Var) bool {
	if decl.Type.Results == nil {
		return false
	}
	for _, field := range decl.Type.Results.List {
		for _, name := range field.Names {
			if info.Defs[name] == v {
				return true
			}
		}
	}
	return false
}

// assigns reports whether as assigns v.
func assigns(info *types.Info, as *ast.AssignStmt, v *types.Var) bool {
	for _, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok && info.ObjectOf(id) == v {
			return true
		}
	}
	return false
}

// ParsedURLText reports whether e is the text of a parsed URL, u.String()
// of a url.URL: parsing it again does not fail, so a URL parse's error
// never quotes it.
func ParsedURLText(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "String" && astutil.IsNamed(info.TypeOf(sel.X), "net/url", "URL")
}

// exclusive reports whether the nodes on top of two stacks from one root
// run on no common path: they lie in different branches of an if, or in
// different clauses of a switch or select, the first not falling through.
// watermill-amqp's connect assigns err from amqp.DialConfig, DialTLS or
// Dial in three branches: the later two do not replace the first's error.
func exclusive(a, b []ast.Node) bool {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	if i == 0 || i == len(a) || i == len(b) {
		return false // one holds the other
	}
	switch n := a[i-1].(type) {
	case *ast.IfStmt:
		// Init and Cond run before either branch.
		return (a[i] == n.Body || a[i] == n.Else) && (b[i] == n.Body || b[i] == n.Else)
	case *ast.BlockStmt: // a switch's or select's clauses
		first := b[i]
		if a[i].Pos() < first.Pos() {
			first = a[i]
		}
		switch c := first.(type) {
		case *ast.CaseClause:
			if len(c.Body) > 0 {
				if br, ok := c.Body[len(c.Body)-1].(*ast.BranchStmt); ok && br.Tok == token.FALLTHROUGH {
					return false
				}
			}
			return true
		case *ast.CommClause:
			return true
		}
	}
	return false
}

// onErrorPath reports whether the node on top of stack, after the call
// whose error v holds (at the end of callStack), runs on every path where
// v holds that error: in the call's own block, or inside an if whose
// condition is v != nil alone (its else where it is v == nil), or a
// switch case that is. Anywhere else (a branch on another condition, a
// loop, a function literal) it may not run, and the call's error goes on
// where it does not: `if c.TLSConfig != nil { err = … }`.
func onErrorPath(info *types.Info, stack, callStack []ast.Node, v *types.Var) bool {
	i := 0
	for i < len(stack) && i < len(callStack) && stack[i] == callStack[i] {
		i++
	}
	for k := max(i-1, 0); k+1 < len(stack)-1; k++ {
		child := stack[k+1]
		switch n := stack[k].(type) {
		case *ast.BlockStmt, *ast.LabeledStmt, *ast.ExprStmt:
		case *ast.IfStmt:
			switch child {
			case n.Body:
				if !compared(info, n.Cond, v, token.NEQ) {
					return false
				}
			case n.Else:
				if !compared(info, n.Cond, v, token.EQL) {
					return false
				}
			}
		case *ast.SwitchStmt:
			if n.Tag != nil && child != n.Init {
				return false
			}
		case *ast.CaseClause:
			if k < i || child == nil {
				break // the call's own clause
			}
			if len(n.List) != 1 || !compared(info, n.List[0], v, token.NEQ) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// compared reports whether cond is v op nil alone.
func compared(info *types.Info, cond ast.Expr, v *types.Var, op token.Token) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != op {
		return false
	}
	id, ok := ast.Unparen(b.X).(*ast.Ident)
	return ok && info.Uses[id] == v && info.Types[b.Y].IsNil()
}

// nilWhere reports whether the node on top of stack runs only where v is
// nil: in the body of an if whose condition has v == nil as a conjunct
// (shoutrrr's `if err == nil && res.StatusCode != 204 { err = … }` gives
// an error where there was none, and the send's error passes on).
func nilWhere(info *types.Info, stack []ast.Node, v *types.Var) bool {
	for i := len(stack) - 2; i >= 0; i-- {
		ifs, ok := stack[i].(*ast.IfStmt)
		if !ok || stack[i+1] != ifs.Body {
			continue
		}
		for _, c := range conjuncts(ifs.Cond) {
			if b, ok := c.(*ast.BinaryExpr); ok && b.Op == token.EQL {
				x, y := ast.Unparen(b.X), ast.Unparen(b.Y)
				if id, ok := x.(*ast.Ident); ok && info.Uses[id] == v && info.Types[y].IsNil() {
					return true
				}
			}
		}
	}
	return false
}

// conjuncts splits a condition at its top-level &&.
func conjuncts(e ast.Expr) []ast.Expr {
	if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.LAND {
		return append(conjuncts(b.X), conjuncts(b.Y)...)
	}
	return []ast.Expr{ast.Unparen(e)}
}

// mentions reports whether any of exprs uses v.
func mentions(info *types.Info, exprs []ast.Expr, v *types.Var) bool {
	for _, e := range exprs {
		if astutil.Mentions(info, e, v) {
			return true
		}
	}
	return false
}
