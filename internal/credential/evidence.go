package credential

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/sinks"
)

// Analyzer gathers, in one walk over a package, the evidence the model
// needs beyond one expression: where each variable and field of the package
// is assigned, what each function returns, which values are used as
// credentials (corroborating an ambiguous name such as token), and where a
// value is known to be empty. Checks build their Model on its result with
// NewPassModel; the result is read-only, so checks running in parallel
// share it.
var Analyzer = &analysis.Analyzer{
	Name:       "credmodel",
	Doc:        "gather the package-wide evidence of credlint's credential model",
	Requires:   []*analysis.Analyzer{FactsAnalyzer},
	Run:        gather,
	ResultType: reflect.TypeFor[*lazyEvidence](),
	// Facts analyzers in the same package require it (see astutil.IllTyped).
	RunDespiteErrors: true,
}

// lazyEvidence is Analyzer's result: the walk happens on the first
// NewPassModel, so that an analyzer which rarely needs the model (httpreq,
// which go vet runs on every dependency for its facts) costs nothing in a
// package where it does not ask.
type lazyEvidence struct {
	once  sync.Once
	ev    *Evidence
	build func() *Evidence
}

func (l *lazyEvidence) get() *Evidence {
	l.once.Do(func() {
		if l.ev == nil {
			l.ev = l.build()
		}
	})
	return l.ev
}

// FactsAnalyzer exports a SummaryFact for each exported function of a
// package that returns a credential or passes an argument to its result,
// so that a credential getter or a header builder of another package is
// known. go vet runs it on every dependency: it skips the standard library
// and packages without an exported function returning text, before any
// walk.
var FactsAnalyzer = &analysis.Analyzer{
	Name:       "credfacts",
	Doc:        "export which functions return a credential",
	FactTypes:  []analysis.Fact{new(SummaryFact)},
	Run:        exportSummaries,
	ResultType: reflect.TypeFor[*factsResult](),
	// See astutil.IllTyped.
	RunDespiteErrors: true,
}

// A SummaryFact summarises a function for callers in other packages.
type SummaryFact struct {
	Returns bool  // it returns a credential of its own (a getter)
	Passes  []int // parameters (−1: the receiver) its result carries
	// Path: named for a credential, it returns where one is stored
	// (certmagic's KeyBuilder.SitePrivateKey) or a record's key, so its
	// name says nothing (see locates).
	Path bool
	// Public, on a type: its doc comment says its values are public keys
	// (mautrix's "Ed25519 is the base64 representation of an Ed25519
	// public key", aliased as SigningKey), so a value of it is none of a
	// credential whatever its name.
	Public bool
}

func (*SummaryFact) AFact() {}

func (f *SummaryFact) String() string {
	return fmt.Sprintf("summary(%v, %v, path=%v, public=%v)", f.Returns, f.Passes, f.Path, f.Public)
}

type factsResult struct {
	ev  *Evidence
	imp func(types.Object, analysis.Fact) bool
}

func exportSummaries(pass *analysis.Pass) (any, error) {
	if astutil.IllTyped(pass) {
		return (*factsResult)(nil), nil
	}
	if sinks.Standard(pass) {
		sinks.Stat("credfacts", pass.Pkg.Path(), "skip-std")
		return (*factsResult)(nil), nil
	}
	r := &factsResult{imp: pass.ImportObjectFact}
	for _, tn := range publicKeyTypes(pass.TypesInfo, pass.Files) {
		if tn.Exported() {
			pass.ExportObjectFact(tn, &SummaryFact{Public: true})
		}
	}
	if !exportsText(pass) {
		sinks.Stat("credfacts", pass.Pkg.Path(), "skip-prescan")
		return r, nil
	}
	sinks.Stat("credfacts", pass.Pkg.Path(), "gather")
	r.ev = Gather(pass.Fset, pass.TypesInfo, pass.Pkg, pass.Files)
	r.ev.imp = r.imp
	m := newEvidenceModel(r.ev)
	for fn, decl := range r.ev.decls {
		if !fn.Exported() || decl.Type.Results == nil {
			continue
		}
		_, returns := m.returns(fn)
		passes := r.ev.passes[fn]
		path := !returns && IsStrongName(strings.TrimPrefix(fn.Name(), "Get")) && r.ev.locates(fn)
		if returns || len(passes) > 0 || path {
			pass.ExportObjectFact(fn, &SummaryFact{Returns: returns, Passes: passes, Path: path})
		}
	}
	return r, nil
}

// publicKeyTypes returns the types the files declare with a doc comment
// that says their values are public keys.
func publicKeyTypes(info *types.Info, files []*ast.File) []*types.TypeName {
	var out []*types.TypeName
	for _, f := range files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, sp := range gd.Specs {
				ts := sp.(*ast.TypeSpec)
				doc := ts.Doc
				if doc == nil && len(gd.Specs) == 1 {
					doc = gd.Doc
				}
				if doc == nil || !documentsPublicKey(doc.Text()) {
					continue
				}
				if tn, ok := info.Defs[ts.Name].(*types.TypeName); ok {
					out = append(out, tn)
				}
			}
		}
	}
	return out
}

// documentsPublicKey reports whether a type's doc comment says its values
// are public keys: it names a public key and no private or secret one
// ("the private half of a public key pair" is a private key).
func documentsPublicKey(doc string) bool {
	d := strings.ToLower(doc)
	return strings.Contains(d, "public key") && !strings.Contains(d, "private") && !strings.Contains(d, "secret")
}

// PublicKeyType reports whether values of t (or of what t points to) are
// public keys by the name of its type (publicTypeName) or by its doc
// comment, in this package or, by its fact, in another.
func (ev *Evidence) PublicKeyType(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	tn := named.Origin().Obj()
	if publicTypeName(tn.Name()) {
		return true
	}
	ev.mu.Lock()
	defer ev.mu.Unlock()
	if ev.public == nil {
		ev.public = make(map[*types.TypeName]bool)
		for _, own := range publicKeyTypes(ev.info, ev.files) {
			ev.public[own] = true
		}
	}
	if v, ok := ev.public[tn]; ok || tn.Pkg() == ev.pkg {
		return v
	}
	fact := new(SummaryFact)
	v := ev.imp != nil && tn.Pkg() != nil && ev.imp(tn, fact) && fact.Public
	ev.public[tn] = v
	return v
}

// publicTypeName reports whether a type's name says its values are public
// keys: it ends in Public (tailscale's key.NodePublic, "the public portion
// of a NodePrivate", whose doc names no public key), PublicKey or PubKey.
func publicTypeName(name string) bool {
	w := splitWords(name)
	n := len(w)
	return n > 0 && (w[n-1] == "public" || n > 1 && w[n-1] == "key" && (w[n-2] == "public" || w[n-2] == "pub"))
}

// exportsText is the pre-scan: does the package declare an exported
// function whose first result is text? Only those get a fact.
func exportsText(pass *analysis.Pass) bool {
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || !fd.Name.IsExported() || fd.Type.Results == nil || len(fd.Type.Results.List) == 0 {
				continue
			}
			if IsStringLike(pass.TypesInfo.TypeOf(fd.Type.Results.List[0].Type)) {
				return true
			}
		}
	}
	return false
}

// Evidence is what one walk over a package found. Flow through it is
// flow-insensitive and field-based: a field of a package type holds a
// credential if any assignment anywhere in the package puts one there.
type Evidence struct {
	info *types.Info
	pkg  *types.Package
	// defs are the values assigned to a variable, a field of a package
	// type, a parameter of a package function (its call arguments), an
	// element of a map or slice variable (m[k] = v), or a range variable.
	defs map[types.Object][]ast.Expr
	// returns are the first results of each package function's returns.
	returns map[*types.Func][]ast.Expr
	// passes lists the parameters of a package function whose value flows
	// into its first result (−1 is the receiver): bearer(t) returns
	// "Bearer " + t.
	passes map[*types.Func][]int
	// used marks the variables and fields whose value is used as a
	// credential somewhere in the package; usedOn, for a field of another
	// package's type, the variables whose field was so used (c in c.Value).
	used   map[types.Object]bool
	usedOn map[types.Object][]types.Object
	// usedPart marks those a part of whose value is used as a credential
	// (cfg.Passwd = dsn[k+1:j]): the whole holds one, but another part
	// taken out of it (the DSN's host or database name) need not.
	usedPart map[types.Object]bool
	// markedAt holds, for what markUsed and markPart marked, 1 + the
	// smallest depth it was reached at: a walk cut short at the depth limit
	// is walked again from a shorter path (asynq: a field given to an SDK
	// reaches the parsed URL four steps back, its u.User.Password() one).
	markedAt map[types.Object]int
	// passwordUnread holds the u.User.Password() calls whose password is
	// discarded (see notePasswordUnread).
	passwordUnread map[*ast.CallExpr]bool
	// entryDefs holds, for a field written through a map entry at a
	// constant key (opts["DB"].value = pw), the values written per key
	// (see entryField).
	entryDefs map[types.Object]map[string][]ast.Expr
	// aliasWrites holds, per such field, the writes through a local bound
	// to an entry (e := opts[k]; e.value = pw), keyedWrites those at a
	// variable key (o.m[key].value = v); secretEntries the constant
	// keys of entries a literal flags as secret ({secret: true}).
	aliasWrites   map[types.Object][]aliasWrite
	keyedWrites   map[types.Object][]aliasWrite
	secretEntries map[string]bool
	// opened marks the variables and fields whose value is a file's name,
	// given to os.ReadFile, os.Open and the like or to a parameter of the
	// package so given (see envPath, pathOnly); content, those also used
	// as the file's content ([]byte(v)); calls, the calls of the package's
	// functions, to carry opened parameters back to their arguments.
	opened  map[types.Object]bool
	content map[types.Object]bool
	calls   []*ast.CallExpr
	// usedAt holds, for a local variable, where it is used as a credential
	// (see apart).
	usedAt map[types.Object][]token.Pos
	files  []*ast.File
	// harmless holds, per variable, the blocks where it provably holds no
	// credential (see harmlessIn, failedResults).
	harmless map[types.Object][]span
	// zeroVars are the local variables declared without a value (var zero
	// T), to compare with (see zeroWhen).
	zeroVars map[types.Object]bool
	// headerValues are range variables over a request's headers;
	// headerPicked, those used only where the key is one of the names it
	// maps them to (see headerPicks).
	headerValues map[types.Object]string
	headerPicked map[types.Object][]ast.Expr
	// headerWrites are the http.Header variables of the package that get a
	// header which may carry a credential (h.Set(name, v) with a name not
	// known to be harmless, h["Authorization"] = v): see cleanHeader.
	headerWrites map[types.Object]bool
	// headerSets are the values written into such a variable under a
	// harmless name: a credential there makes it unclean too.
	headerSets map[types.Object][]ast.Expr
	// headerArgs are the parameters of package functions an http.Header
	// variable is passed to; headerEscapes, the variables passed to a
	// function of another package that may write into them.
	headerArgs    map[types.Object][]*types.Var
	headerEscapes map[types.Object]bool
	decls         map[*types.Func]*ast.FuncDecl
	// constParams, built on first use, holds the parameters every call of
	// the package gives a constant (see constParam).
	constParams map[*types.Var]bool
	// flows lists, per declared function's body, its assignments,
	// declarations and ranges in source order, function literals included:
	// what (*Model).Enter reads. flowing collects the current body's.
	flows   map[*ast.BlockStmt][]ast.Node
	flowing []ast.Node
	setters map[string]bool // see setter
	// attach says where the package puts credentials on requests, and
	// headerKeys holds the keys of ranges over a header (see transport.go).
	attach     attachment
	headerKeys map[types.Object]bool
	// fset and inTest (the file being walked is a _test.go file) keep a
	// test's fixtures out of the flow of the code it tests.
	fset   *token.FileSet
	inTest bool
	// imp imports a fact of another package's function; facts caches them
	// (checks share the Evidence, hence mu).
	imp   func(types.Object, analysis.Fact) bool
	mu    sync.Mutex
	facts map[*types.Func]*SummaryFact
	// public: types whose values are public keys (PublicKeyType), filled
	// on first use.
	public map[*types.TypeName]bool
	// halves: fields that are the ID half of a key/secret pair
	// (PublicHalf), filled on first use.
	halves map[*types.Var]bool
	// shown are the variables and fields the package hands to its user
	// (see handover.go), prints its calls of fmt's printers, handover the
	// arguments of those prints that show a handed-over value.
	shown    map[types.Object]bool
	prints   []*ast.CallExpr
	handover map[ast.Expr]bool
	// consented: the bodies of ifs that an option to show a secret guards
	// (see consentIn).
	consented []span
	// flowVars: the locals whose assignments reaches judges (flowVar),
	// filled on first use under mu.
	flowVars map[*types.Var]bool
	// envFields: the struct fields of the package that a config loader
	// fills from a credential environment variable, by its name (see
	// noteEnvTags).
	envFields map[types.Object]string
	// variadic: per variadic parameter of a package function, the
	// arguments each call gives it (nil: a spread slice); see noteVariadic.
	variadic map[*types.Var][][]ast.Expr
	// foreignEnv: the same for the struct types of imported packages,
	// read from their types' tags on first use, under mu.
	foreignEnv map[*types.Package]map[*types.Var]string
}

type span struct{ pos, end token.Pos }

func gather(pass *analysis.Pass) (any, error) {
	if astutil.IllTyped(pass) {
		return (*lazyEvidence)(nil), nil
	}
	r := pass.ResultOf[FactsAnalyzer].(*factsResult)
	if r != nil && r.ev != nil {
		return &lazyEvidence{ev: r.ev}, nil
	}
	return &lazyEvidence{build: func() *Evidence {
		sinks.Stat("credmodel", pass.Pkg.Path(), "gather")
		ev := Gather(pass.Fset, pass.TypesInfo, pass.Pkg, pass.Files)
		if r != nil {
			ev.imp = r.imp
		}
		return ev
	}}, nil
}

// summary returns the fact of a function of another package, if any.
func (ev *Evidence) summary(fn *types.Func) *SummaryFact {
	if ev.imp == nil || fn.Pkg() == nil || fn.Pkg() == ev.pkg {
		return nil
	}
	ev.mu.Lock()
	f, ok := ev.facts[fn]
	ev.mu.Unlock()
	if ok {
		return f
	}
	if fact := new(SummaryFact); ev.imp(fn, fact) {
		f = fact
	}
	ev.mu.Lock()
	ev.facts[fn] = f
	ev.mu.Unlock()
	return f
}

// locates reports whether every return of a package function says where
// something is stored, whatever the function's name: a path.Join or
// filepath.Join (SitePrivateKey, TokenFile-less getters of a layout), or
// a record's key, constants and an ID (see identifies:
// mochi-mqtt's clientKey(cl), "CL" + "_" + cl.ID).
func (ev *Evidence) locates(fn *types.Func) bool {
	rs := ev.returns[fn.Origin()]
	for _, r := range rs {
		if !ev.joinsPath(r) && !ev.identifies(r) {
			return false
		}
	}
	return len(rs) > 0
}

func (ev *Evidence) joinsPath(r ast.Expr) bool {
	call, ok := ast.Unparen(r).(*ast.CallExpr)
	if !ok {
		return false
	}
	f, ok := typeutil.Callee(ev.info, call).(*types.Func)
	return ok && f.Name() == "Join" && f.Pkg() != nil && (f.Pkg().Path() == "path" || f.Pkg().Path() == "path/filepath")
}

// identifies reports whether r is a record's key: text built (by + or
// fmt.Sprintf) of constants and values named as record identifiers
// (clientKeyPrefix + "_" + cl.ID), or a bare x.ID. A number is no such
// part: a one-time password is fmt.Sprintf("%06d", rand.Intn(1e6)).
func (ev *Evidence) identifies(r ast.Expr) bool {
	parts := sinks.URLParts(ev.info, r)
	if parts == nil {
		parts = sinks.ConcatParts(ev.info, r)
	}
	ids, lits := 0, 0
	for _, p := range parts {
		if p.Lit {
			lits++
			continue
		}
		if !recordID(astutil.Name(p.Expr)) {
			return false
		}
		ids++
	}
	if ids == 0 {
		return false
	}
	_, sel := ast.Unparen(r).(*ast.SelectorExpr)
	return lits > 0 || sel
}

// recordID reports whether name is a record's identifier (cl.ID, userID),
// not one that is itself a credential: a session ID logs its holder in.
func recordID(name string) bool {
	if !namesID(name) {
		return false
	}
	for _, w := range splitWords(name) {
		if w == "session" || w == "auth" || secretWords(w) {
			return false
		}
	}
	return true
}

// Gather walks files and returns their evidence. Analyzer calls it; it is
// exported for tools that type-check without the analysis framework.
func Gather(fset *token.FileSet, info *types.Info, pkg *types.Package, files []*ast.File) *Evidence {
	ev := &Evidence{
		fset:           fset,
		info:           info,
		pkg:            pkg,
		defs:           make(map[types.Object][]ast.Expr),
		returns:        make(map[*types.Func][]ast.Expr),
		passes:         make(map[*types.Func][]int),
		used:           make(map[types.Object]bool),
		usedOn:         make(map[types.Object][]types.Object),
		usedPart:       make(map[types.Object]bool),
		markedAt:       make(map[types.Object]int),
		passwordUnread: make(map[*ast.CallExpr]bool),
		opened:         make(map[types.Object]bool),
		content:        make(map[types.Object]bool),
		usedAt:         make(map[types.Object][]token.Pos),
		files:          files,
		harmless:       make(map[types.Object][]span),
		headerValues:   make(map[types.Object]string),
		headerPicked:   make(map[types.Object][]ast.Expr),
		headerWrites:   make(map[types.Object]bool),
		headerSets:     make(map[types.Object][]ast.Expr),
		headerArgs:     make(map[types.Object][]*types.Var),
		headerEscapes:  make(map[types.Object]bool),
		decls:          make(map[*types.Func]*ast.FuncDecl),
		facts:          make(map[*types.Func]*SummaryFact),
		flows:          make(map[*ast.BlockStmt][]ast.Node),
		setters:        make(map[string]bool),
		headerKeys:     make(map[types.Object]bool),
	}
	var uses []ast.Expr
	for _, f := range files {
		ev.inTest = InTestFile(fset, f.Pos())
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				fn, _ := info.Defs[d.Name].(*types.Func)
				if fn != nil {
					ev.decls[fn] = d
				}
				if !ev.inTest {
					ev.noteServes(d.Type)
				}
				if d.Body != nil {
					ev.flowing = nil
					uses = ev.walk(d.Body, fn, uses)
					ev.flows[d.Body] = ev.flowing
				}
			case *ast.GenDecl:
				uses = ev.walk(d, nil, uses)
			}
		}
	}
	for _, u := range uses {
		ev.markUsed(u, 0)
	}
	ev.finishOpened()
	ev.finishHandover()
	// A helper may return another helper's result: rounds until nothing
	// changes, in source order, so that a chain of helpers of any length
	// comes out the same on every run (map order made the summaries of
	// three-helper chains differ between two runs of the same binary).
	// After the first round only the functions that read another helper's
	// passes are redone; the cap bounds what the depth limit could make
	// oscillate.
	fns := make([]*types.Func, 0, len(ev.returns))
	for fn := range ev.returns {
		fns = append(fns, fn)
	}
	slices.SortFunc(fns, func(a, b *types.Func) int { return cmp.Compare(a.Pos(), b.Pos()) })
	var again []*types.Func
	for _, fn := range fns {
		var reads bool
		ev.passes[fn], reads = ev.paramsReaching(fn, ev.returns[fn])
		if reads {
			again = append(again, fn)
		}
	}
	for range 8 {
		changed := false
		for _, fn := range again {
			p, _ := ev.paramsReaching(fn, ev.returns[fn])
			if !slices.Equal(p, ev.passes[fn]) {
				ev.passes[fn], changed = p, true
			}
		}
		if !changed {
			break
		}
	}
	return ev
}

// walk records the evidence in n; fn is the function whose returns are
// recorded (nil inside function literals).
func (ev *Evidence) walk(n ast.Node, fn *types.Func, uses []ast.Expr) []ast.Expr {
	info := ev.info
	ast.Inspect(n, func(n ast.Node) bool {
		if isFlowNode(n) {
			ev.flowing = append(ev.flowing, n)
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			if !ev.inTest {
				ev.noteServes(n.Type)
			}
			uses = ev.walk(n.Body, nil, uses)
			return false
		case *ast.AssignStmt:
			if len(n.Rhs) == 1 && len(n.Lhs) > 0 {
				ev.notePasswordUnread(n.Lhs[0], n.Rhs[0])
			}
			for i, lhs := range n.Lhs {
				uses = ev.assignPair(lhs, assignedAt(info, len(n.Lhs), n.Rhs, i), fn, uses)
			}
		case *ast.ValueSpec:
			if len(n.Values) == 0 && fn != nil {
				ev.noteZeroVars(n)
			}
			if len(n.Values) == 1 && len(n.Names) > 0 {
				ev.notePasswordUnread(n.Names[0], n.Values[0])
			}
			for i, name := range n.Names {
				uses = ev.assignPair(name, assignedAt(info, len(n.Names), n.Values, i), fn, uses)
			}
		case *ast.RangeStmt:
			ev.noteHeaderRange(n)
			if n.Value != nil {
				ev.assign(n.Value, n.X)
				ev.rangeHeaders(n)
			}
		case *ast.CompositeLit:
			uses = ev.compositeLit(n, uses)
		case *ast.StructType:
			ev.noteEnvTags(n)
		case *ast.BinaryExpr:
			if n.Op == token.ADD {
				uses = ev.queryUses(sinks.ConcatParts(info, n), uses)
			}
		case *ast.CallExpr:
			uses = ev.queryUses(sinks.URLParts(info, n), uses)
			ev.noteContent(n)
			uses = ev.call(n, fn, uses)
		case *ast.ReturnStmt:
			ev.noteReturned(n)
			if fn != nil && len(n.Results) > 0 {
				ev.returns[fn] = append(ev.returns[fn], n.Results[0])
			}
		case *ast.SwitchStmt:
			ev.harmlessInSwitch(n)
		case *ast.IfStmt:
			ev.harmlessIn(n)
			ev.consentIn(n)
			if a, ok := n.Init.(*ast.AssignStmt); ok {
				ev.failedResults(a, n)
			}
		case *ast.BlockStmt:
			for i := 1; i < len(n.List); i++ {
				if a, ok := n.List[i-1].(*ast.AssignStmt); ok {
					if ifs, ok := n.List[i].(*ast.IfStmt); ok && ifs.Init == nil {
						ev.failedResults(a, ifs)
					}
				}
			}
		}
		return true
	})
	return uses
}

// assignPair records what an assignment or declaration puts into lhs: rhs,
// nil when nothing is known (see assignedAt); fn holds the statement.
func (ev *Evidence) assignPair(lhs, rhs ast.Expr, fn *types.Func, uses []ast.Expr) []ast.Expr {
	if !ev.inTest {
		ev.noteAttachAssign(lhs, rhs, fn)
	}
	if rhs == nil {
		return uses
	}
	ev.assign(lhs, rhs)
	uses = ev.intoCredential(lhs, rhs, uses)
	if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok {
		ev.headerWrite(ix.X, ix.Index, rhs)
	}
	return uses
}

// target is the object an assignment to e defines: a variable, a field
// of a package type (field-based), or the map or slice written by index.
func (ev *Evidence) target(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if e.Name == "_" {
			return nil
		}
		return ev.info.ObjectOf(e)
	case *ast.SelectorExpr:
		if v, ok := ev.info.ObjectOf(e.Sel).(*types.Var); ok {
			if v.IsField() && v.Pkg() != ev.pkg {
				return nil // another package's type: one field for every use
			}
			return v.Origin()
		}
	case *ast.IndexExpr:
		return ev.target(e.X)
	case *ast.StarExpr:
		return ev.target(e.X)
	}
	return nil
}

func (ev *Evidence) assign(lhs, rhs ast.Expr) {
	if obj := ev.target(lhs); obj != nil {
		ev.define(obj, rhs)
		ev.noteEntryDef(obj, lhs, rhs)
	}
}

// define records rhs as a value of obj, unless a test puts it into a
// field or parameter of the code under test: New(ctx, domain,
// clientSecretFixture, …) in a test does not make the clientID parameter
// a credential.
func (ev *Evidence) define(obj types.Object, rhs ast.Expr) {
	if ev.inTest && !InTestFile(ev.fset, obj.Pos()) {
		if v, ok := obj.(*types.Var); ok && (v.IsField() || v.Parent() != nil && v.Parent().Parent() != types.Universe) {
			return
		}
	}
	ev.defs[obj] = append(ev.defs[obj], rhs)
}

// intoCredential records rhs as used as a credential when it is assigned to
// a strong-named variable or field (cfg.APIKey = key) or to an element
// keyed by a credential header (headers["Authorization"] = "Bearer " + t).
func (ev *Evidence) intoCredential(lhs, rhs ast.Expr, uses []ast.Expr) []ast.Expr {
	switch l := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		if IsStrongName(l.Name) {
			uses = append(uses, rhs)
		}
	case *ast.SelectorExpr:
		if IsStrongName(l.Sel.Name) {
			uses = append(uses, rhs)
		}
	case *ast.IndexExpr:
		if name, ok := astutil.ConstString(ev.info, l.Index); ok && credentialHeaderLike(name) {
			uses = append(uses, rhs)
		}
	}
	return uses
}

func (ev *Evidence) compositeLit(lit *ast.CompositeLit, uses []ast.Expr) []ast.Expr {
	t := ev.info.TypeOf(lit)
	if t == nil {
		return uses
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		local := true
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != ev.pkg {
			local = false
		}
		for f, val := range fieldValues(ev.info, lit, u) {
			if local {
				ev.define(f.Origin(), val)
			}
			if IsStrongName(f.Name()) {
				uses = append(uses, val) // oauth2.Token{AccessToken: t}
			}
		}
	case *types.Map:
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				ev.noteEntryLit(kv)
				if name, ok := astutil.ConstString(ev.info, kv.Key); ok && credentialHeaderLike(name) {
					uses = append(uses, kv.Value) // map[string]string{"Authorization": …}
					if vals, ok := ast.Unparen(kv.Value).(*ast.CompositeLit); ok {
						uses = append(uses, vals.Elts...) // http.Header{"Authorization": {…}}
					}
				}
			}
		}
	}
	return uses
}

// call records arguments as the values of a package function's parameters,
// arguments used as credentials, and whether the call may attach a
// credential to a request (see transport.go); around is the declared
// function that holds the call.
func (ev *Evidence) call(call *ast.CallExpr, around *types.Func, uses []ast.Expr) []ast.Expr {
	fn, _ := typeutil.Callee(ev.info, call).(*types.Func)
	if fn == nil {
		return uses
	}
	fn = fn.Origin()
	if _, ok := ev.urlPassword(call); ok && !ev.passwordUnread[call] {
		// A URL whose password the package reads holds one, whatever it
		// does with it (lib/pq writes it into a key=value DSN).
		uses = append(uses, call)
	}
	if x, ok := connURL(ev.info, call); ok {
		// So does a connection URL the library logs in with (see
		// sinks.ConnURLArg): redis.ParseURL(opts.ConnectionURL), on
		// that value of opts alone when the field is another package's.
		uses = append(uses, call)
		for _, obj := range ev.roots(x, nil, nil) {
			ev.noteUsedOn(x, obj)
		}
	}
	ev.noteOpened(call, fn)
	sig := fn.Signature()
	params := sig.Params()
	if fn.Pkg() == ev.pkg {
		for i, a := range call.Args {
			j := min(i, params.Len()-1)
			if j < 0 || call.Ellipsis.IsValid() && i == len(call.Args)-1 {
				break
			}
			ev.define(params.At(j), a)
		}
		ev.noteVariadic(call, sig)
	}
	ev.headerArgsOf(call, fn)
	s, isSink := sinks.Lookup(fn)
	if !ev.inTest {
		ev.noteHandover(call, fn, isSink && s.Kind == sinks.Log && fn.Pkg() != nil && fn.Pkg().Path() == "fmt")
	}
	if !ev.inTest {
		ev.noteAttachCall(call, fn, s, isSink, around)
	}
	if isSink {
		switch s.Kind {
		case sinks.Header:
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && s.First == 0 && len(call.Args) > 1 {
				ev.headerWrite(sel.X, call.Args[0], call.Args[1]) // h.Set(name, v)
			}
			if s.First+1 < len(call.Args) {
				name, isConst := astutil.ConstString(ev.info, call.Args[s.First])
				if isConst && credentialHeaderLike(name) || !(isConst && challengeHeader(name)) && schemePrefixed(ev.info, call.Args[s.First+1]) {
					uses = append(uses, call.Args[s.First+1])
				}
			}
		case sinks.BasicAuth:
			if s.First+1 < len(call.Args) {
				uses = append(uses, call.Args[s.First+1])
			}
		case sinks.AuthToken:
			if s.First < len(call.Args) {
				uses = append(uses, call.Args[s.First])
			}
		}
		return uses
	}
	if fn.Pkg() != nil && fn.Pkg().Path() == "net/url" && len(call.Args) > 0 {
		switch fn.Name() {
		case "UserPassword", "User":
			uses = append(uses, call.Args[len(call.Args)-1])
		}
		return uses
	}
	// An argument for a parameter named like a credential (NewClient(apiKey
	// string)), or the one argument of an option or setter named after one
	// (WithAPIKey, SetToken, NewFromToken).
	for i, a := range call.Args {
		if i >= params.Len() || !IsStringLike(params.At(i).Type()) {
			continue
		}
		if IsStrongName(params.At(i).Name()) || params.Len() == 1 && ev.setter(fn.Name()) {
			uses = append(uses, a)
		}
	}
	return uses
}

// noteVariadic records the arguments a call of a package function gives
// its variadic parameter, in order, so that args[0] is judged by the
// first of each call alone (dbos's runDocker(args ...string) prints
// args[0], the docker command, not the "-e POSTGRES_PASSWORD=…" after
// it). A call that spreads a slice (f(xs...)) leaves the elements unknown.
func (ev *Evidence) noteVariadic(call *ast.CallExpr, sig *types.Signature) {
	if !sig.Variadic() {
		return
	}
	v := sig.Params().At(sig.Params().Len() - 1)
	if ev.inTest && !InTestFile(ev.fset, v.Pos()) {
		return // as define: a test's arguments are no flow of the code
	}
	if ev.variadic == nil {
		ev.variadic = make(map[*types.Var][][]ast.Expr)
	}
	if call.Ellipsis.IsValid() || len(call.Args) < sig.Params().Len()-1 {
		ev.variadic[v] = append(ev.variadic[v], nil)
		return
	}
	ev.variadic[v] = append(ev.variadic[v], call.Args[sig.Params().Len()-1:])
}

// variadicElems returns element i of what each call gives v, a variadic
// parameter, when every value v has comes from such calls. The count
// check holds because the call loop defines v once per argument it takes
// and skips exactly the calls noteVariadic skips (test calls into non-test
// code); a spread call records nil and gives up.
func (ev *Evidence) variadicElems(v *types.Var, i int64) ([]ast.Expr, bool) {
	calls, ok := ev.variadic[v]
	if !ok {
		return nil, false
	}
	var out []ast.Expr
	n := 0
	for _, args := range calls {
		if args == nil {
			return nil, false
		}
		n += len(args)
		if int(i) < len(args) {
			out = append(out, args[i])
		}
	}
	if n != len(ev.defs[v]) {
		return nil, false // assigned in the body too
	}
	return out, true
}

// queryUses records as used as a credential the values with an ambiguous
// name (token, c.Token) that text built from parts (by + or fmt.Sprintf)
// puts under a query parameter named for one (?token=, &access_token=,
// not the ambiguous key= or auth=), as secreturl reports them: the API
// takes the value as its credential, which corroborates the name as a
// credential header would. A value whose name says nothing (k, v) is
// judged where the URL goes, as before.
func (ev *Evidence) queryUses(parts []sinks.URLPart, uses []ast.Expr) []ast.Expr {
	text := ""
	for _, p := range parts {
		if p.Lit {
			text += p.Text
			continue
		}
		if name, ok := sinks.QueryParam(text); ok && ClassifyName(name) == Secret && !InURLBySpec(name) {
			if v := astutil.Name(p.Expr); IsWeakName(v) && !IsCursor(v) && !NamesOtherValue(name, v) &&
				IsStringLike(ev.info.TypeOf(p.Expr)) {
				uses = append(uses, p.Expr)
			}
		}
		text += "*"
	}
	return uses
}

// headerWrite records a write of value under name into h, when h is an
// http.Header variable of the package: as a credential header when the
// name may be one (not a constant, or credentialHeaderLike), else with its
// value, which the model judges (h.Set("Content-Type", …) is harmless).
func (ev *Evidence) headerWrite(h, name, value ast.Expr) {
	t := ev.info.TypeOf(h)
	if t == nil || !astutil.IsNamed(t, "net/http", "Header") {
		return
	}
	obj := ev.target(h)
	if obj == nil {
		return
	}
	if harmlessHeaderName(ev.info, name) {
		ev.headerSets[obj] = append(ev.headerSets[obj], value)
		return
	}
	ev.headerWrites[obj] = true
}

// headerArgsOf records the http.Header variables call passes to fn: to a
// package function's parameter, or, escaping, to a function of another
// package that is not a printer (maps.Copy(h, creds) writes into h).
func (ev *Evidence) headerArgsOf(call *ast.CallExpr, fn *types.Func) {
	for i, a := range call.Args {
		// target first: most arguments have none, and it is cheaper than
		// the type.
		obj := ev.target(a)
		if obj == nil {
			continue
		}
		if t := ev.info.TypeOf(a); t == nil || !astutil.IsNamed(t, "net/http", "Header") {
			continue
		}
		params := fn.Signature().Params()
		switch {
		case fn.Pkg() == ev.pkg && params.Len() > 0:
			ev.headerArgs[obj] = append(ev.headerArgs[obj], params.At(min(i, params.Len()-1)))
		case fn.Pkg() != nil && (fn.Pkg().Path() == "fmt" || fn.Pkg().Path() == "log"):
		default:
			if _, ok := sinks.Lookup(fn); !ok {
				ev.headerEscapes[obj] = true
			}
		}
	}
}

// setter is setterOfCredential, remembered per name: a package calls the
// same one-argument functions over and over.
func (ev *Evidence) setter(name string) bool {
	v, ok := ev.setters[name]
	if !ok {
		v = setterOfCredential(name)
		ev.setters[name] = v
	}
	return v
}

// setterOfCredential reports whether a function of this name sets or
// builds from a credential: WithAPIKey, SetToken, NewFromToken,
// UseAccessToken.
func setterOfCredential(name string) bool {
	words := splitWords(name)
	if len(words) < 2 {
		return false
	}
	switch words[0] {
	case "with", "set", "new", "use":
	default:
		return false
	}
	rest := words[1:]
	if rest[0] == "from" || rest[0] == "with" {
		rest = rest[1:]
	}
	// Only the credential itself after the verb: NewDNSProviderCredentials
	// builds a provider from a project name.
	return len(rest) <= 2 && classifyWords(rest) == Secret
}

// harmlessHeaderName reports whether e is a constant header name that
// carries no credential (Content-Type, Accept, User-Agent).
func harmlessHeaderName(info *types.Info, e ast.Expr) bool {
	n, ok := astutil.ConstString(info, e)
	return ok && !credentialHeaderLike(n)
}

// credentialHeaderLike reports whether a header of this name carries a
// credential: the known ones (IsCredentialHeader) and vendor headers whose
// name says so (X-LSW-Auth, AuthorizationToken, PddToken, X-Token,
// X-Storage-Key). A key that is not a header's, bare or qualified only by
// what it looks up, names no credential: an object storage POST policy's
// {"key": object} is a file name, OpenFeature's ctx["targetingKey"] a user.
func credentialHeaderLike(name string) bool {
	if IsCredentialHeader(name) {
		return true
	}
	words := splitWords(name)
	for _, w := range words {
		if notSecretQualifiers(w) || w == "request" || w == "id" && len(words) == 1 {
			return false
		}
	}
	if len(words) == 0 {
		return false
	}
	switch words[len(words)-1] {
	case "key":
		return strings.Contains(name, "-") || ClassifyName(name) == Secret
	case "auth", "token", "secret", "authorization", "apikey", "password", "otp":
		return true
	}
	return ClassifyName(name) == Secret
}

// challengeHeader reports whether a header of this name is a server's
// challenge (WWW-Authenticate: Bearer realm="…"): it names a scheme and
// carries no credential.
func challengeHeader(name string) bool {
	return strings.EqualFold(name, "WWW-Authenticate") || strings.EqualFold(name, "Proxy-Authenticate")
}

// schemePrefixed reports whether e is "Bearer " + x, "Basic " + x or
// fmt.Sprintf("Bearer %s", x): an Authorization value whatever the header.
func schemePrefixed(info *types.Info, e ast.Expr) bool {
	var lit string
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		lit, _ = astutil.ConstString(info, e.X)
	case *ast.CallExpr:
		if len(e.Args) > 0 {
			lit, _ = astutil.ConstString(info, e.Args[0])
		}
	}
	l := strings.ToLower(lit)
	for _, s := range []string{"bearer ", "basic ", "token ", "bot ", "apikey ", "sso-key "} {
		if strings.HasPrefix(l, s) {
			return true
		}
	}
	return false
}

// rangeHeaders records the value variable of a range over a request's
// http.Header, unless the loop body names a credential header (it filters
// or masks them).
func (ev *Evidence) rangeHeaders(n *ast.RangeStmt) {
	t := ev.info.TypeOf(n.X)
	if t == nil || !astutil.IsNamed(t, "net/http", "Header") {
		return
	}
	if sel, ok := ast.Unparen(n.X).(*ast.SelectorExpr); ok && astutil.FieldOf(ev.info, sel, "net/http", "Response") {
		return
	}
	if picks := ev.headerPicks(n); picks != nil {
		if obj := ev.info.ObjectOf(n.Value.(*ast.Ident)); obj != nil {
			ev.headerPicked[obj] = picks // one header, by name: judged by the name
		}
		return
	}
	filtered := false
	ast.Inspect(n.Body, func(n ast.Node) bool {
		if s, ok := astutil.ConstString(ev.info, asExpr(n)); ok && credentialHeaderLike(s) {
			filtered = true
		}
		if call, ok := n.(*ast.CallExpr); ok {
			if fn, ok := typeutil.Callee(ev.info, call).(*types.Func); ok && (IsRedactor(fn.Name()) || strings.Contains(strings.ToLower(fn.Name()), "sensitive")) {
				filtered = true
			}
		}
		return !filtered
	})
	if id, ok := n.Value.(*ast.Ident); ok && !filtered {
		if obj := ev.info.ObjectOf(id); obj != nil {
			ev.headerValues[obj] = "a value of " + ShowExpr(n.X)
		}
	}
}

func asExpr(n ast.Node) ast.Expr {
	if e, ok := n.(*ast.BasicLit); ok {
		return e
	}
	return nil
}

// harmlessIn records the blocks where a variable provably holds no
// credential. Empty: the body of `if v == ""` (or len(v) == 0), the else of
// `if v != ""`, also as one of several alternatives (`if key == "" || secret
// == ""` reports what is missing). Known text: where the condition proves
// that v equals a constant that is no key or starts with a constant no
// credential starts with (v == "none", strings.HasPrefix(v, "error:"); see
// NoCredentialPrefix) — Casdoor's server puts its error text into the access
// token field, and the SDK returns that text as an error inside such a test.
func (ev *Evidence) harmlessIn(n *ast.IfStmt) {
	// mark records b for the variables that prove finds in the parts of
	// the condition joined by split.
	mark := func(b ast.Stmt, split token.Token, prove func(ast.Expr) types.Object) {
		for _, c := range disjuncts(n.Cond, split) {
			if obj := prove(c); obj != nil {
				ev.harmless[obj] = append(ev.harmless[obj], span{b.Pos(), b.End()})
			}
		}
	}
	mark(n.Body, token.LOR, func(c ast.Expr) types.Object { return ev.emptyWhen(c, token.EQL) })
	mark(n.Body, token.LAND, func(c ast.Expr) types.Object { return ev.knownIn(c, token.EQL, token.LOR) })
	mark(n.Body, token.LAND, ev.fileTest)
	mark(n.Body, token.LOR, func(c ast.Expr) types.Object { return ev.zeroWhen(c, token.EQL) })
	if n.Else != nil {
		mark(n.Else, token.LAND, func(c ast.Expr) types.Object { return ev.zeroWhen(c, token.NEQ) })
		mark(n.Else, token.LAND, func(c ast.Expr) types.Object { return ev.emptyWhen(c, token.NEQ) })
		mark(n.Else, token.LOR, func(c ast.Expr) types.Object { return ev.knownIn(c, token.NEQ, token.LAND) })
	}
}

// harmlessInSwitch is harmlessIn for the clauses of a switch that prove a
// string known text: switch v { case "none", "expired": … } and
// switch { case strings.HasPrefix(v, "error:"): … }.
func (ev *Evidence) harmlessInSwitch(n *ast.SwitchStmt) {
	var tag types.Object
	if n.Tag != nil {
		if tag = ev.stringVar(n.Tag); tag == nil {
			return
		}
	}
	for _, s := range n.Body.List {
		cc, ok := s.(*ast.CaseClause)
		if !ok || len(cc.List) == 0 {
			continue // the default clause
		}
		var known types.Object
		for _, e := range cc.List {
			obj := tag
			if tag == nil {
				if obj = ev.knownIn(e, token.EQL, token.LOR); obj == nil {
					obj = ev.fileTest(e)
				}
			} else if !ev.isKnownConst(e) {
				obj = nil
			}
			if obj == nil || known != nil && obj != known {
				known = nil
				break
			}
			known = obj
		}
		if known != nil {
			ev.harmless[known] = append(ev.harmless[known], span{cc.Colon, cc.End()})
		}
	}
}

// emptyWhen returns the variable that c proves empty when its outcome is op.
func (ev *Evidence) emptyWhen(c ast.Expr, op token.Token) types.Object {
	if obj, o := ev.emptyTest(c); o == op {
		return obj
	}
	return nil
}

// failedResults records the other results of a call as empty in the body
// of an if that tests the call's error: v, err := f(); if err != nil { … }
// holds f's zero values there, by Go's convention (go-jose's
// fmt.Errorf("unable to read private key %s: %w", priv, err) prints nil).
func (ev *Evidence) failedResults(a *ast.AssignStmt, ifs *ast.IfStmt) {
	if len(a.Rhs) != 1 || len(a.Lhs) < 2 {
		return
	}
	if _, ok := ast.Unparen(a.Rhs[0]).(*ast.CallExpr); !ok {
		return
	}
	errID, ok := a.Lhs[len(a.Lhs)-1].(*ast.Ident)
	if !ok || errID.Name == "_" {
		return
	}
	errObj := ev.info.ObjectOf(errID)
	if errObj == nil || !types.Identical(errObj.Type(), types.Universe.Lookup("error").Type()) {
		return
	}
	b, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ {
		return
	}
	x, y := ast.Unparen(b.X), ast.Unparen(b.Y)
	if id, ok := y.(*ast.Ident); ok && ev.info.ObjectOf(id) == errObj {
		x, y = y, x
	}
	if id, ok := x.(*ast.Ident); !ok || ev.info.ObjectOf(id) != errObj || !ev.info.Types[y].IsNil() {
		return
	}
	for _, l := range a.Lhs[:len(a.Lhs)-1] {
		if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
			if obj := ev.info.ObjectOf(id); obj != nil {
				ev.harmless[obj] = append(ev.harmless[obj], span{ifs.Body.Pos(), ifs.Body.End()})
			}
		}
	}
	if v := ev.failedOpen(a.Rhs[0].(*ast.CallExpr), ifs.Body); v != nil {
		ev.harmless[v] = append(ev.harmless[v], span{ifs.Body.Pos(), ifs.Body.End()})
	}
}

func disjuncts(e ast.Expr, op token.Token) []ast.Expr {
	if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == op {
		return append(disjuncts(b.X, op), disjuncts(b.Y, op)...)
	}
	return []ast.Expr{e}
}

// emptyTest matches v == "", "" == v, len(v) == 0 and their != forms.
func (ev *Evidence) emptyTest(e ast.Expr) (types.Object, token.Token) {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || b.Op != token.EQL && b.Op != token.NEQ {
		return nil, 0
	}
	x, y := b.X, b.Y
	if ev.isEmptyConst(x) {
		x, y = y, x
	}
	if !ev.isEmptyConst(y) {
		return nil, 0
	}
	if call, ok := ast.Unparen(x).(*ast.CallExpr); ok && len(call.Args) == 1 {
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "len" {
			x = call.Args[0]
		}
	}
	return ev.stringVar(x), b.Op
}

// knownIn returns the variable that c proves known when its outcome is
// op: c is one knownTest, or alternatives joined by split that all prove
// the same variable known (v == "none" || v == "expired").
func (ev *Evidence) knownIn(c ast.Expr, op, split token.Token) types.Object {
	var known types.Object
	for _, d := range disjuncts(c, split) {
		obj, o := ev.knownTest(d)
		if obj == nil || o != op || known != nil && obj != known {
			return nil
		}
		known = obj
	}
	return known
}

// knownTest matches a test whose truth (EQL) or falsity (NEQ) proves that
// a string is known text: v == c for a constant c that is no key (see
// isKnownConst), strings.HasPrefix(v, c) for a prefix no credential has,
// and their negations.
func (ev *Evidence) knownTest(e ast.Expr) (types.Object, token.Token) {
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			obj, op := ev.knownTest(e.X)
			return obj, negate(op)
		}
	case *ast.CallExpr:
		if len(e.Args) == 2 && isStringsFunc(ev.info, e, "HasPrefix") {
			if c, ok := astutil.ConstString(ev.info, e.Args[1]); ok && NoCredentialPrefix(c) {
				return ev.stringVar(e.Args[0]), token.EQL
			}
		}
	case *ast.BinaryExpr:
		if e.Op != token.EQL && e.Op != token.NEQ {
			break
		}
		if ev.isKnownConst(e.Y) {
			return ev.stringVar(e.X), e.Op
		}
		if ev.isKnownConst(e.X) {
			return ev.stringVar(e.Y), e.Op
		}
	}
	return nil, 0
}

// isStringsFunc reports whether call calls the function name of package
// strings.
func isStringsFunc(info *types.Info, call *ast.CallExpr, name string) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return ok && fn.Name() == name && fn.Pkg() != nil && fn.Pkg().Path() == "strings"
}

func negate(op token.Token) token.Token {
	switch op {
	case token.EQL:
		return token.NEQ
	case token.NEQ:
		return token.EQL
	}
	return op
}

// stringVar returns the variable or field a string-like x names.
func (ev *Evidence) stringVar(x ast.Expr) types.Object {
	if !IsStringLike(ev.info.TypeOf(x)) {
		return nil
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		return ev.info.ObjectOf(x)
	case *ast.SelectorExpr:
		return ev.info.ObjectOf(x.Sel)
	}
	return nil
}

// isKnownConst reports whether e is a non-empty string constant that does
// not look like a key: a value equal to it holds only what the source shows.
func (ev *Evidence) isKnownConst(e ast.Expr) bool {
	c, ok := astutil.ConstString(ev.info, e)
	return ok && c != "" && !Plausible(c)
}

func (ev *Evidence) isEmptyConst(e ast.Expr) bool {
	tv, ok := ev.info.Types[e]
	if !ok || tv.Value == nil {
		return false
	}
	// The common kinds without formatting the value (ExactString quotes a
	// string constant: an allocation per comparison).
	switch tv.Value.Kind() {
	case constant.String:
		return constant.StringVal(tv.Value) == ""
	case constant.Int:
		return constant.Sign(tv.Value) == 0
	}
	s := tv.Value.ExactString()
	return s == `""` || s == "0"
}

// harmlessAt reports whether obj provably holds no credential at pos.
func (ev *Evidence) harmlessAt(obj types.Object, pos token.Pos) bool {
	for _, s := range ev.harmless[obj] {
		if s.pos <= pos && pos < s.end {
			return true
		}
	}
	return false
}

// markUsed marks the variables and fields e is built from as used as a
// credential, and, backwards, what was assigned to them. Those e takes a
// part of (a slice, strings.Cut) are only partly used (see usedPart). The
// walk back stops at an assignment that takes a part: the link from a use
// to a value a part was cut from before is too weak (mysql passes the
// scramble it cuts out of a server packet to pwHash(password []byte)).
func (ev *Evidence) markUsed(e ast.Expr, depth int) {
	if depth > 4 {
		return
	}
	var parts []types.Object
	whole := ev.roots(e, nil, &parts)
	if len(whole)+len(parts) > 1 {
		// The value is built from several: those that locate the resource
		// the credential is for, or name it, are no part of it (syncthing
		// derives a file's key from append(folderKey[:], filename...)).
		whole, parts = slices.DeleteFunc(whole, namesContext), slices.DeleteFunc(parts, namesContext)
	}
	for _, obj := range whole {
		ev.noteUsedOn(e, obj)
		if isLocal(obj) {
			ev.usedAt[obj] = append(ev.usedAt[obj], e.Pos())
		}
		if ev.used[obj] && ev.reachedBy(obj, depth) {
			continue
		}
		ev.used[obj] = true
		ev.markedAt[obj] = depth + 1
		for _, d := range ev.defs[obj] {
			if !takesPart(ev.info, d) {
				ev.markUsed(d, depth+1)
			}
		}
	}
	ev.markPart(e, parts, depth)
}

// isLocator reports whether obj locates a resource: a URL, host or path by
// its name (partnerURL, reqPath, authHost; see IsLocatorName) or its type
// (a url.URL, or one of its fields but the userinfo). gowebdav's Passport
// sign-in puts the URL it signs in for into the Authorization value
// beside the password (passportAuth.go: ",OrgUrl=" + partnerUrl), and
// Digest puts the request path beside the response.
func isLocator(obj types.Object) bool {
	if astutil.IsNamed(obj.Type(), "net/url", "URL") {
		return true
	}
	if v, ok := obj.(*types.Var); ok && v.IsField() && v.Pkg() != nil && v.Pkg().Path() == "net/url" && v.Name() != "User" {
		return true
	}
	return IsLocatorName(obj.Name()) || namesDestText(obj)
}

// namesDestText reports whether obj is text named dst or dest: a signed
// request's destination host (X-Matrix destination=), where a byte
// buffer of that name is where key material is copied to.
func namesDestText(obj types.Object) bool {
	words := splitWords(obj.Name())
	if len(words) == 0 {
		return false
	}
	if w := words[len(words)-1]; w != "dst" && w != "dest" {
		return false
	}
	b, ok := obj.Type().Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// namesContext reports whether obj, one of several values a credential is
// built from, is the context it is for: a locator, or a value named as a
// file, path or name (see namesReference), which a key derivation mixes
// in to make one key per file.
func namesContext(obj types.Object) bool {
	return isLocator(obj) || namesReference(obj.Name())
}

// markPart marks objs, and backwards what was assigned to them, as partly
// used as a credential at e, which holds them. Another package's field
// is so marked on the variable e reads it from (dsn :=
// string(opts.ConnectionString), then sql.Open(driver, dsn)).
func (ev *Evidence) markPart(e ast.Expr, objs []types.Object, depth int) {
	if depth > 4 {
		return
	}
	for _, obj := range objs {
		ev.noteUsedOn(e, obj)
		if isLocal(obj) {
			ev.usedAt[obj] = append(ev.usedAt[obj], e.Pos())
		}
		if (ev.used[obj] || ev.usedPart[obj]) && ev.reachedBy(obj, depth) {
			continue
		}
		ev.usedPart[obj] = true
		ev.markedAt[obj] = depth + 1
		for _, d := range ev.defs[obj] {
			if !takesPart(ev.info, d) {
				var parts []types.Object
				whole := ev.roots(d, nil, &parts)
				ev.markPart(d, append(whole, parts...), depth+1)
			}
		}
	}
}

// reachedBy reports whether a mark of obj was walked from depth or less.
func (ev *Evidence) reachedBy(obj types.Object, depth int) bool {
	d := ev.markedAt[obj]
	return d > 0 && d-1 <= depth
}

// noteUsedOn records the variable or field whose field f of another
// package's type e uses (c for c.Value, the Token field for c.Token.Raw):
// see Model.foreignUse.
func (ev *Evidence) noteUsedOn(e ast.Expr, f types.Object) {
	if v, ok := f.(*types.Var); !ok || !v.IsField() || v.Pkg() == ev.pkg {
		return
	}
	ast.Inspect(e, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && ev.info.Uses[sel.Sel] == f {
			if base := baseOf(ev.info, sel.X); base != nil && !slices.Contains(ev.usedOn[f], base) {
				ev.usedOn[f] = append(ev.usedOn[f], base)
			}
		}
		return true
	})
}

// baseOf returns the variable or field x names: c, or the Token field in
// c.Token.
func baseOf(info *types.Info, x ast.Expr) types.Object {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		return info.Uses[x]
	case *ast.SelectorExpr:
		if v, ok := info.Uses[x.Sel].(*types.Var); ok && v.IsField() {
			return v.Origin()
		}
	}
	return nil
}

// takesPart reports whether e takes a part of a value: a slice, an index,
// strings.Cut, Split or Fields.
func takesPart(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.SliceExpr, *ast.IndexExpr:
		return true
	case *ast.CallExpr:
		return extractsPart(info, e)
	}
	return false
}

// extractsPart reports whether call takes a part out of its argument:
// strings.Cut, Split or Fields (or the bytes ones). A password cut out of a
// URL's authority does not make the rest of the authority (the host) one.
func extractsPart(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "strings" && fn.Pkg().Path() != "bytes" {
		return false
	}
	n := fn.Name()
	return strings.HasPrefix(n, "Split") || strings.HasPrefix(n, "Cut") || strings.HasPrefix(n, "Fields")
}

// roots returns the variables and fields whose whole value e carries:
// through concatenation, formatting, conversion, string functions and
// package functions that pass a parameter to their result; not through
// sanitizers (hashes, redactors, len). With parts not nil, those e takes
// only a part of (a slice, strings.Cut) go to *parts instead of out.
func (ev *Evidence) roots(e ast.Expr, out []types.Object, parts *[]types.Object) []types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := ev.info.ObjectOf(e).(*types.Var); ok {
			out = append(out, v)
		}
	case *ast.SelectorExpr:
		if sel, ok := ev.info.Selections[e]; ok {
			if sel.Kind() == types.FieldVal {
				out = append(out, sel.Obj().(*types.Var).Origin())
			}
		} else if v, ok := ev.info.ObjectOf(e.Sel).(*types.Var); ok {
			out = append(out, v) // pkg.Var
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			out = ev.roots(e.Y, ev.roots(e.X, out, parts), parts)
		}
	case *ast.StarExpr:
		out = ev.roots(e.X, out, parts)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			out = ev.roots(e.X, out, parts)
		}
	case *ast.CompositeLit:
		// url.URL{User: base.User, …}: the user info, and the password in
		// it, is a part of base (nomad's newRequest copies the parsed
		// Config.Address's User into each request's URL).
		if parts != nil && astutil.IsNamed(ev.info.TypeOf(e), "net/url", "URL") {
			if user, ok := ast.Unparen(astutil.Field(e, "User")).(*ast.SelectorExpr); ok && user.Sel.Name == "User" &&
				astutil.IsNamed(ev.info.TypeOf(user.X), "net/url", "URL") {
				*parts = ev.roots(user.X, *parts, nil)
			}
		}
	case *ast.SliceExpr:
		if parts != nil {
			*parts = ev.roots(e.X, *parts, nil)
		} else {
			out = ev.roots(e.X, out, nil)
		}
	case *ast.CallExpr:
		if tv, ok := ev.info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return ev.roots(e.Args[0], out, parts)
		}
		x, ok := ev.urlPassword(e)
		if !ok {
			x, ok = connURL(ev.info, e)
		}
		if ok {
			if parts != nil {
				*parts = ev.roots(x, *parts, nil) // u.User.Password(): a part of u
			}
			return out
		}
		if carries(ev.info, e) {
			if parts != nil && extractsPart(ev.info, e) {
				for _, a := range e.Args {
					*parts = ev.roots(a, *parts, nil)
				}
				return out
			}
			for _, a := range e.Args {
				out = ev.roots(a, out, parts)
			}
		}
	}
	return out
}

// carries reports whether a call's result carries its arguments' text:
// fmt.Sprint*, strings and bytes functions, base64 and hex encoders,
// strconv.Quote, path joins, append.
func carries(info *types.Info, call *ast.CallExpr) bool {
	switch fn := typeutil.Callee(info, call).(type) {
	case *types.Builtin:
		return fn.Name() == "append"
	case *types.Func:
		if fn.Pkg() == nil || IsSanitizer(fn) {
			return false
		}
		switch path := fn.Pkg().Path(); {
		case path == "fmt" && strings.HasPrefix(fn.Name(), "Sprint"),
			path == "strings" || path == "bytes",
			path == "strconv" && strings.HasPrefix(fn.Name(), "Quote"),
			path == "encoding/base64" || path == "encoding/hex" || path == "path" || path == "path/filepath",
			path == "net/url" && (fn.Name() == "Parse" || fn.Name() == "ParseRequestURI"):
			return true
		}
	}
	return false
}

// notePasswordUnread records a u.User.Password() call whose password is
// discarded (`_, set := u.User.Password()`): asking whether a URL has a
// password, to redact it, reads none (net/http's stripPassword would
// otherwise make every URL of the package, and what they were parsed from,
// a credential).
func (ev *Evidence) notePasswordUnread(first ast.Expr, rhs ast.Expr) {
	if id, ok := ast.Unparen(first).(*ast.Ident); !ok || id.Name != "_" {
		return
	}
	if call, ok := ast.Unparen(rhs).(*ast.CallExpr); ok {
		if _, ok := ev.urlPassword(call); ok {
			ev.passwordUnread[call] = true
		}
	}
}

// connURL matches a call of a connection URL parser (sinks.ConnURLArg)
// or a database driver's open (sinks.DSNArg) and returns its URL or data
// source name argument, whose user info or password= holds the password
// the library logs in with (dendrite's sqlutil.Open: sql.Open(driverName,
// dsn) with a postgres://user:password@host DSN). A file database's
// name (sql.Open("sqlite3", path)) holds no login.
func connURL(info *types.Info, call *ast.CallExpr) (ast.Expr, bool) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok {
		return nil, false
	}
	i, ok := sinks.ConnURLArg(fn)
	if !ok {
		i, ok = sinks.DSNArg(fn)
		if ok && i > 0 && fileDriver(info, call.Args[0]) {
			return nil, false
		}
	}
	if !ok || i >= len(call.Args) {
		return nil, false
	}
	return call.Args[i], true
}

// namesFileDB reports whether s names a database kept in a local file.
func namesFileDB(s string) bool {
	s = strings.ToLower(s)
	return strings.Contains(s, "sqlite") || strings.Contains(s, "duckdb")
}

// fileTest returns the text variable or field c tests to be a file
// database's name (ds.IsSQLite(), isSqlite(dsn)): where the test holds,
// it is a path, no login (dendrite's sqlutil.Open: case
// dbProperties.ConnectionString.IsSQLite(): ParseFileURI(…)).
func (ev *Evidence) fileTest(c ast.Expr) types.Object {
	call, ok := ast.Unparen(c).(*ast.CallExpr)
	if !ok {
		return nil
	}
	var x ast.Expr
	var name string
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		if len(call.Args) == 0 {
			x, name = fun.X, fun.Sel.Name
		} else if len(call.Args) == 1 {
			x, name = call.Args[0], fun.Sel.Name
		}
	case *ast.Ident:
		if len(call.Args) == 1 {
			x, name = call.Args[0], fun.Name
		}
	}
	if x == nil || !strings.HasPrefix(strings.ToLower(name), "is") || !namesFileDB(name) {
		return nil
	}
	return ev.stringVar(x)
}

// fileDriver reports whether e, sql.Open's driver name, names a database
// kept in a local file (sqlite, duckdb), whose data source name is a
// path: by its constant value, or by a name or type it is read from
// (dbos' sql.Open(driver.DriverName, dsn), driver a *SQLiteDriver).
func fileDriver(info *types.Info, e ast.Expr) bool {
	if name, ok := astutil.ConstString(info, e); ok {
		return namesFileDB(name)
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(ast.Expr); ok && !found {
			id, _ := x.(*ast.Ident)
			found = id != nil && namesFileDB(id.Name) || namesFileDB(typeName(info.TypeOf(x)))
		}
		return !found
	})
	return found
}

// urlPassword matches u.User.Password(), the password of a URL, and
// returns u. The user info may be held in a local first (nats.go's
// connectProto: ui := nc.current.URL.User; pass, _ = ui.Password()) when
// that local is given nothing else.
func (ev *Evidence) urlPassword(call *ast.CallExpr) (ast.Expr, bool) {
	fn, ok := typeutil.Callee(ev.info, call).(*types.Func)
	if !ok || fn.Name() != "Password" || fn.Pkg() == nil || fn.Pkg().Path() != "net/url" {
		return nil, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, false
	}
	x := ast.Unparen(sel.X)
	if id, ok := x.(*ast.Ident); ok {
		v, ok := ev.info.Uses[id].(*types.Var)
		if !ok || v.IsField() || v.Parent() == ev.pkg.Scope() || len(ev.defs[v]) != 1 {
			return nil, false
		}
		x = ast.Unparen(ev.defs[v][0])
	}
	user, ok := x.(*ast.SelectorExpr)
	if !ok || user.Sel.Name != "User" || !astutil.IsNamed(ev.info.TypeOf(user.X), "net/url", "URL") {
		return nil, false
	}
	return user.X, true
}

// paramsReaching returns the parameters of fn (−1 for the receiver) whose
// value its returns carry, following local variables.
func (ev *Evidence) paramsReaching(fn *types.Func, rets []ast.Expr) (_ []int, reads bool) {
	sig := fn.Signature()
	index := make(map[types.Object]int)
	for i := range sig.Params().Len() {
		index[sig.Params().At(i)] = i
	}
	if r := sig.Recv(); r != nil {
		index[r] = -1
	}
	var out []int
	seen := make(map[types.Object]bool)
	var visit func(e ast.Expr, depth int)
	visit = func(e ast.Expr, depth int) {
		if depth > 4 {
			return
		}
		if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
			if callee, ok := typeutil.Callee(ev.info, call).(*types.Func); ok && callee.Origin() != fn {
				// A package helper that passes its argument on.
				if _, ok := ev.returns[callee.Origin()]; ok {
					reads = true
				}
				for _, i := range ev.passes[callee.Origin()] {
					if i >= 0 && i < len(call.Args) {
						visit(call.Args[i], depth+1)
					}
				}
			}
		}
		for _, obj := range ev.roots(e, nil, nil) {
			if seen[obj] {
				continue
			}
			seen[obj] = true
			if i, ok := index[obj]; ok {
				out = append(out, i)
				continue
			}
			if obj.Parent() != nil && obj.Parent() != types.Universe { // a local
				for _, d := range ev.defs[obj] {
					visit(d, depth+1)
				}
			}
		}
	}
	for _, r := range rets {
		visit(r, 0)
	}
	slices.Sort(out)
	return out, reads
}

// fieldValues yields the fields a struct literal of type st sets, each
// with its value.
func fieldValues(info *types.Info, lit *ast.CompositeLit, st *types.Struct) iter.Seq2[*types.Var, ast.Expr] {
	return func(yield func(*types.Var, ast.Expr) bool) {
		for i, elt := range lit.Elts {
			var f *types.Var
			val := elt
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				id, _ := kv.Key.(*ast.Ident)
				if id == nil {
					continue
				}
				f, _ = info.ObjectOf(id).(*types.Var)
				val = kv.Value
			} else if i < st.NumFields() {
				f = st.Field(i)
			}
			if f != nil && !yield(f, val) {
				return
			}
		}
	}
}
