package credential

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/sinks"
)

// SourceKind says why an expression is a credential.
type SourceKind int

const (
	// Named: a variable, field, parameter or function whose name says it
	// holds a secret (token, apiKey, clientSecret).
	Named SourceKind = iota + 1
	// Env: os.Getenv / os.LookupEnv of a credential-named variable.
	Env
	// HeaderRead: Header.Get of a credential header (Authorization, X-Api-Key).
	HeaderRead
	// Derived: computed in the function from another credential.
	Derived
)

// A Source explains why an expression is a credential, for messages.
type Source struct {
	Kind SourceKind
	Name string // the variable, field, env var or header name
	// Via is the call an Env source was read with, when not os.Getenv
	// (container.Env).
	Via string
}

// Describe renders the source for a diagnostic: `token`, `os.Getenv("X")`.
func (s Source) Describe() string {
	switch s.Kind {
	case Env:
		if s.Via != "" {
			return s.Via + `("` + s.Name + `")`
		}
		return `os.Getenv("` + s.Name + `")`
	case HeaderRead:
		return `Header.Get("` + s.Name + `")`
	}
	return s.Name
}

// Runtime reports whether the credential is read from the environment at
// run time. In tests only such a credential can be real: named variables,
// fields and request headers there hold fixtures.
func (s Source) Runtime() bool { return s.Kind == Env }

// InTestFile reports whether pos is in a _test.go file, or in a file or
// directory named as test support (mock_server.go, fake.go, mocks/), where
// checks report only Runtime credentials: printing a fixture token in a
// failing test's message leaks nothing, and a mock server's accounts are
// fixtures its users' tests log in with.
func InTestFile(fset *token.FileSet, pos token.Pos) bool {
	f := fset.File(pos)
	return f != nil && IsTestSupport(f.Name())
}

// InDemoFile reports whether pos is in a test file (see InTestFile) or in
// an example program (see IsExample): what an example prints to its own
// terminal or sends back to its own browser is shown to the person who
// runs it with their own credentials, so checks apply the test-file policy
// there (only Runtime credentials count).
func InDemoFile(fset *token.FileSet, pos token.Pos) bool {
	f := fset.File(pos)
	return f != nil && (IsTestSupport(f.Name()) || IsExample(f.Name()))
}

// testSupport are the names of files (before .go, or before or after an
// underscore) and directories that hold test support only.
func testSupport(w string) bool {
	switch w {
	case "mock", "mocks", "fake", "fakes",
		// docker/cli's e2e/internal/fixtures: what end-to-end tests log in with.
		"fixture", "fixtures":
		return true
	}
	return false
}

// testTreeWord reports whether w follows "test", "tests" or "testing" in
// the name of a directory of test support: testsetup, testenv,
// test_helpers, testutil. A list, not any second word: testimonials and
// testnet are no test support, and neither is t.TempDir's
// TestChecksums123 or a checkout under testing-area/ (the whole path is
// read).
func testTreeWord(w string) bool {
	switch w {
	case "setup", "env", "util", "utils", "helper", "helpers", "fixture", "fixtures",
		"support", "harness", "server", "servers", "suite", "kit", "certs", "infra", "lib":
		return true
	}
	return false
}

// isTestTree reports whether a directory's whole tree is test support by
// its name: test, tests or testing, then a word testTreeWord accepts,
// written as one word (testsetup, testutils) or two (test_helpers,
// testingSetup, tests-env). A bare test or testing directory is not:
// packages of that name ship harnesses other modules import.
func isTestTree(d string) bool {
	// Every name accepted holds "test": a directory that does not (nearly
	// all, and every file's path has several) is not split into words.
	// IsTestSupport runs for each definition the credential model
	// gathers; on go-github's package with its tests this split was 4 %
	// of the unit's CPU.
	if !holdsTest(d) {
		return false
	}
	w := splitWords(d)
	switch {
	case len(w) == 2:
		switch w[0] {
		case "test", "tests", "testing":
			return testTreeWord(w[1])
		}
	case len(w) == 1:
		// lego's internal/tester/servermock: a directory of testers.
		if w[0] == "tester" || w[0] == "testers" {
			return true
		}
		for _, p := range [...]string{"testing", "tests", "test"} {
			if rest, ok := strings.CutPrefix(w[0], p); ok && testTreeWord(rest) {
				return true
			}
		}
	}
	return false
}

// holdsTest reports whether s holds "test" in any ASCII case: only those
// letters lower to t, e and s.
func holdsTest(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if s[i]|0x20 == 't' && s[i+1]|0x20 == 'e' && s[i+2]|0x20 == 's' && s[i+3]|0x20 == 't' {
			return true
		}
	}
	return false
}

// IsTestSupport reports whether the file at path is a test or test
// support by its name: foo_test.go, mock.go, mock_server.go,
// client_mock.go, fakes/client.go.
func IsTestSupport(path string) bool {
	if strings.HasSuffix(path, "_test.go") {
		return true
	}
	path = filepath.ToSlash(path)
	dir, base := "", path
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		dir, base = path[:i], path[i+1:]
	}
	base = strings.ToLower(strings.TrimSuffix(base, ".go"))
	first, _, _ := strings.Cut(base, "_")
	last := base[strings.LastIndexByte(base, '_')+1:]
	if testSupport(first) || testSupport(last) {
		return true
	}
	// A tree of test utilities, at any depth (zitadel/oidc's
	// internal/testutil/gen generates the fixtures its tests verify; pgx's
	// testsetup generates the certificates its tests use).
	for d := range strings.SplitSeq(dir, "/") {
		if isTestTree(d) {
			return true
		}
	}
	// Else the package's own directory only: a mock package's parent is not one.
	if i := strings.LastIndexByte(dir, '/'); i >= 0 {
		dir = dir[i+1:]
	}
	return testSupport(strings.ToLower(dir))
}

// IsTestDoubleFile reports whether the file at path is where a test double
// lives by its name or its directory's: mock, fake, stub or double in it
// (sarama's mockkerberos.go, mocks/, fakes/, client_fake.go). A type named
// like a double elsewhere (a DNS StubResolver in resolver.go) is
// production code.
func IsTestDoubleFile(path string) bool {
	base := strings.ToLower(filepath.Base(path))
	dir := strings.ToLower(filepath.Base(filepath.Dir(path)))
	for _, w := range [...]string{"mock", "fake", "stub", "double"} {
		if strings.Contains(base, w) || strings.Contains(dir, w) {
			return true
		}
	}
	return false
}

// IsTestDoubleType reports whether a type of this name is a test double
// by its first word (MockKerberosClient, FakeServer, mockBroker,
// StubStore) or its last (ClientMock). Its methods hold the fixtures the tests that use it expect
// (sarama's MockKerberosClient decrypts a canned reply with the password
// "qwerty") — in a file named as a double's (IsTestDoubleFile).
func IsTestDoubleType(name string) bool {
	w := splitWords(name)
	if len(w) < 2 {
		return false // Mock, Fake: a type named for the word alone says less
	}
	switch w[0] {
	case "mock", "fake", "stub":
		return true
	}
	switch w[len(w)-1] {
	case "mock", "fake": // ClientMock; not ServiceStub, a gRPC client
		return true
	}
	return false
}

// TestHelperFile reports whether f, a file other than a _test.go file,
// is a library for tests: it imports "testing" (clickhouse-go's
// tests/utils.go starts the test containers and takes a *testing.T; a
// package's testing.go with NewTestServer(t testing.TB)). Only tests can
// call what needs a *testing.T, so the accounts and keys the file holds
// are fixtures, as in a _test.go file. The rest of its package is judged
// by its own files: a production package may ship such a helper.
func TestHelperFile(fset *token.FileSet, f *ast.File) bool {
	if tf := fset.File(f.FileStart); tf == nil || strings.HasSuffix(tf.Name(), "_test.go") {
		return false
	}
	for _, imp := range f.Imports {
		if imp.Path.Value == `"testing"` {
			return true
		}
	}
	return false
}

// IsExample reports whether the file at path belongs to an example
// program: a directory named example, examples or _examples anywhere on
// its path (livekit's examples/videotracke2ee/main.go), or samples or
// _samples (KurrentDB-Client-Go's documentation samples; not sample, a
// name sampling code takes too). What such a file writes where a password
// goes is for its reader to replace.
func IsExample(path string) bool {
	for _, d := range strings.Split(filepath.ToSlash(filepath.Dir(path)), "/") {
		switch strings.ToLower(d) {
		case "example", "examples", "_example", "_examples", "samples", "_samples":
			return true
		}
	}
	return false
}

// derived is the source of a value computed from s: an environment or
// header read keeps its origin, for messages.
func (s Source) derived() Source {
	if s.Kind == Env || s.Kind == HeaderRead {
		return s
	}
	return Source{Kind: Derived, Name: s.Name}
}

// A Model answers "is this expression a credential?" inside one package,
// following values derived in a function body (assignment, concatenation,
// Sprintf, conversion) from credential sources. Build one per pass with
// NewModel; it is not safe for concurrent use.
type Model struct {
	info *types.Info
	// ev is the package-wide evidence; nil means names alone decide, and an
	// ambiguous name (token) counts as it always did.
	ev     *Evidence
	memo   map[types.Object]*memo
	fnMemo map[*types.Func]*memo
	quiet  []*types.Var // see Quiet
	// wholeOnly is set while a part taken out of a value is judged (see
	// partOf), with partMemo and partFnMemo swapped in for memo and fnMemo.
	wholeOnly  bool
	partMemo   map[types.Object]*memo
	partFnMemo map[*types.Func]*memo
	// resultOf is the function whose returns are being judged: its
	// parameters count without what its callers pass (see returns).
	resultOf *types.Func
	// nilParams are the parameters of resultOf that a call passes nil
	// for, while clearWithNil judges it: what is read out of them is none.
	nilParams map[*types.Var]bool
	derived   map[types.Object]Source
	splits    map[types.Object]bool   // parts := strings.SplitN(auth, " ", 2)
	dumps     map[types.Object]string // text made from request headers
	masked    map[types.Object]bool   // text a sanitizer rewrote (see isMasking)
	syntax    map[types.Type]bool     // see (*Model).syntaxType
	seen      map[*ast.BlockStmt]bool
	// formatters and fmts memoise per type what localFormatters and
	// hasFormatter look up.
	formatters map[types.Type][2]*types.Func
	fmts       map[types.Type]bool
	changed    bool // a sweep of Enter recorded something new
	// cleanVars and params serve cleanHeader.
	cleanVars map[*types.Var]bool
	params    map[*types.Var]*types.Func
	apartBusy map[*types.Var]bool // see apartVar
	posMemo   map[posKey]memo
	// calls and declList serve cleanRequestAt.
	calls    map[*types.Func][]*ast.CallExpr
	declList []*ast.FuncDecl
	// urlUserSets serves URLPassword (urlpass.go).
	urlUserSets map[types.Object]urlUser
	// queryCreds serves valuesCarry (urlpass.go), per url.Values variable.
	queryCreds map[*types.Var]querySrc
	// credHeaders serves setCredentialHeaders (redaction.go).
	credHeaders *[]string
	// urlPartsOf serves urlParts (urlpass.go).
	urlPartsOf map[ast.Expr][]sinks.URLPart
	// ownFmts memoises printsItself.
	ownFmts map[types.Type]bool
	// entryBusy ends cycles in entryField.
	entryBusy map[entryKey]bool
}

// NewModel returns the credential model for a type-checked package.
func NewModel(info *types.Info) *Model {
	return &Model{
		info:    info,
		derived: make(map[types.Object]Source),
		splits:  make(map[types.Object]bool),
		dumps:   make(map[types.Object]string),
		masked:  make(map[types.Object]bool),
		seen:    make(map[*ast.BlockStmt]bool),
	}
}

// NewPassModel returns the credential model of a pass whose analyzer
// requires Analyzer: ambiguous names need corroboration, and values are
// followed through the whole package (fields, parameters, returns).
func NewPassModel(pass *analysis.Pass) *Model {
	l := pass.ResultOf[Analyzer].(*lazyEvidence)
	return newEvidenceModel(l.get())
}

func newEvidenceModel(ev *Evidence) *Model {
	m := NewModel(ev.info)
	m.ev = ev
	m.memo = make(map[types.Object]*memo)
	m.fnMemo = make(map[*types.Func]*memo)
	m.partMemo = make(map[types.Object]*memo)
	m.partFnMemo = make(map[*types.Func]*memo)
	return m
}

// memo is an object's or function's answer; busy while it is computed,
// which ends cycles (a value assigned from itself) with "no".
type memo struct {
	src  Source
	ok   bool
	busy bool
}

// Enter records the credential flow of a function body; call it for each
// body before asking about expressions inside it. Cheap to call again.
func (m *Model) Enter(body *ast.BlockStmt) {
	if body == nil || m.seen[body] {
		return
	}
	m.seen[body] = true
	// Gather listed the assignments of each declared function's body in
	// source order: reading them beats walking the body again for every
	// check that enters it.
	var nodes []ast.Node
	listed := false
	if m.ev != nil {
		nodes, listed = m.ev.flows[body]
	}
	// Two sweeps reach a fixpoint for the loops and reassignments seen in
	// practice without building SSA. A sweep that changed nothing would be
	// repeated exactly by the next one, so the second runs only after a
	// change (most bodies have none).
	for range 2 {
		m.changed = false
		if listed {
			for _, n := range nodes {
				m.flowNode(n)
			}
		} else {
			ast.Inspect(body, func(n ast.Node) bool {
				m.flowNode(n)
				return true
			})
		}
		if !m.changed {
			break
		}
	}
}

// isFlowNode reports whether n is a node flowNode acts on.
func isFlowNode(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.AssignStmt, *ast.ValueSpec, *ast.RangeStmt:
		return true
	case *ast.ExprStmt:
		return isWriteCall(n.X)
	}
	return false
}

// flowNode records the flow of one assignment, declaration or range.
func (m *Model) flowNode(n ast.Node) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		for i, lhs := range n.Lhs {
			if rhs := assignedAt(m.info, len(n.Lhs), n.Rhs, i); rhs != nil {
				m.flow(lhs, rhs)
			}
		}
	case *ast.ValueSpec:
		for i, name := range n.Names {
			if rhs := assignedAt(m.info, len(n.Names), n.Values, i); rhs != nil {
				m.flow(name, rhs)
			}
		}
	case *ast.RangeStmt:
		if n.Value != nil {
			m.flow(n.Value, n.X)
		}
	case *ast.ExprStmt:
		if isWriteCall(n.X) {
			m.flowWrite(n.X.(*ast.CallExpr))
		}
	}
}

func (m *Model) flow(lhs, rhs ast.Expr) {
	if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok {
		m.flowElem(ix, rhs)
		return
	}
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok || id.Name == "_" {
		return
	}
	obj := m.info.ObjectOf(id)
	if obj == nil {
		return
	}
	if _, done := m.derived[obj]; done {
		return
	}
	if call, ok := ast.Unparen(rhs).(*ast.CallExpr); ok && isSplit(m.info, call) && !m.splits[obj] {
		m.splits[obj], m.changed = true, true
	}
	if IsStringLike(obj.Type()) || isTextSlice(obj.Type()) && splitsText(m.info, rhs) {
		if what, ok := m.headers(rhs, false); ok {
			if old, had := m.dumps[obj]; !had || old != what {
				m.dumps[obj], m.changed = what, true // dump, err := httputil.DumpRequest(req, true)
			}
		} else if m.ev != nil && isMasking(m.info, rhs) && !m.masked[obj] {
			m.masked[obj], m.changed = true, true // dump = re.ReplaceAll(dump, []byte("[redacted]"))
		}
	}
	if m.ev != nil {
		return // the package's evidence holds every assignment already
	}
	if src, ok := m.Credential(rhs); ok {
		m.derived[obj], m.changed = src.derived(), true
	}
}

// Credential reports whether e evaluates to a credential value, and why.
// Only string-like values count (see IsStringLike); a secret-named
// constant's value is a literal, which is the rule file's business.
func (m *Model) Credential(e ast.Expr) (Source, bool) {
	e = ast.Unparen(e)
	if m.ev != nil && m.ev.handover[e] {
		return Source{}, false // shown to the user on purpose (handover.go)
	}
	tv, ok := m.info.Types[e]
	if !ok || tv.Value != nil {
		return Source{}, false
	}
	t := tv.Type
	if tup, ok := t.(*types.Tuple); ok && tup.Len() > 0 {
		t = tup.At(0).Type() // v, ok := os.LookupEnv(…); before, after, found := strings.Cut(…)
	}
	if !IsStringLike(t) {
		return m.holder(e)
	}
	switch e := e.(type) {
	case *ast.Ident:
		obj := m.info.ObjectOf(e)
		if m.ev != nil && m.ev.harmlessAt(obj, e.Pos()) {
			return Source{}, false // inside if v == "": provably empty
		}
		if v, ok := obj.(*types.Var); ok && m.ev != nil {
			if m.ev.usedApart(v, e.Pos()) {
				return m.apartVar(v, e.Pos(), false)
			}
			if m.ev.missesDef(v, e.Pos()) {
				return m.apartVar(v, e.Pos(), m.usedHere(v))
			}
		}
		return m.object(obj)
	case *ast.SelectorExpr:
		sel, ok := m.info.Selections[e]
		if ok && sel.Kind() == types.MethodVal {
			return Source{}, false // a method value, not a call
		}
		if ok && m.syntaxType(sel.Recv()) {
			return Source{}, false // p.token of a parser
		}
		obj := m.info.ObjectOf(e.Sel)
		if m.ev != nil && m.ev.harmlessAt(obj, e.Pos()) {
			return Source{}, false
		}
		if m.nilParams != nil && m.throughNil(e.X, 0) {
			return Source{}, false // a field of a parameter the call gives as nil
		}
		if m.foreignUse(obj, e.X) {
			return Source{Kind: Named, Name: obj.Name()}, true
		}
		if src, ok, known := m.entryField(obj, e.X); known {
			return src, ok
		}
		if ok && accessKeyID(obj, sel.Recv()) {
			return Source{}, false // cred.AccessKey beside cred.SecretKey: the key pair's ID
		}
		return m.object(obj)
	case *ast.StarExpr:
		return m.Credential(e.X)
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return m.concat(e)
		}
	case *ast.IndexExpr:
		return m.index(e)
	case *ast.SliceExpr:
		return m.partOf(e.X)
	case *ast.CallExpr:
		return m.call(e)
	}
	return Source{}, false
}

// concat answers for text built by +: a credential when an operand is
// one, except the values of specValues.
func (m *Model) concat(e *ast.BinaryExpr) (Source, bool) {
	parts := sinks.ConcatParts(m.info, e)
	skip := specValues(parts)
	for _, p := range parts {
		if !p.Lit && !skip[p.Expr] {
			if src, ok := m.Credential(p.Expr); ok {
				return src, true
			}
		}
	}
	return Source{}, false
}

// specValues returns the operands of text built from parts (by + or a
// printf format) that are the value of a query parameter a protocol puts
// in URLs and that holds no secret (InURLBySpec: a presigned URL's
// X-Amz-Credential, OSSAccessKeyId).
func specValues(parts []sinks.URLPart) map[ast.Expr]bool {
	var skip map[ast.Expr]bool
	text := "" // the constant text so far, operands as "*"
	for _, p := range parts {
		if p.Lit {
			text += p.Text
			continue
		}
		if name, ok := sinks.QueryParam(text); ok && InURLBySpec(name) {
			if skip == nil {
				skip = make(map[ast.Expr]bool)
			}
			skip[p.Expr] = true
		}
		text += "*"
	}
	return skip
}

// partOf answers for a part taken out of x (a slice, an element, what
// strings.Cut or Split returns): a credential when x is one by its own
// evidence, not when only another part of it is used as one (a DSN's
// host, cut out of the DSN whose password is also cut out of it).
func (m *Model) partOf(x ast.Expr) (Source, bool) {
	if m.ev == nil || m.wholeOnly {
		return m.Credential(x)
	}
	m.wholeOnly = true
	m.memo, m.partMemo = m.partMemo, m.memo
	m.fnMemo, m.partFnMemo = m.partFnMemo, m.fnMemo
	defer func() {
		m.wholeOnly = false
		m.memo, m.partMemo = m.partMemo, m.memo
		m.fnMemo, m.partFnMemo = m.partFnMemo, m.fnMemo
	}()
	return m.Credential(x)
}

func (m *Model) object(obj types.Object) (Source, bool) {
	if m.ev != nil {
		return m.evObject(obj)
	}
	v, ok := obj.(*types.Var)
	if !ok {
		if f, ok := obj.(*types.Func); ok && ClassifyName(f.Name()) == Secret {
			return Source{Kind: Named, Name: f.Name()}, true // a func value named apiKey
		}
		return Source{}, false
	}
	if src, ok := m.derived[v]; ok {
		return src, true
	}
	if secretVar(v.Name(), v.Type()) {
		return Source{Kind: Named, Name: v.Name()}, true
	}
	return Source{}, false
}

// holder reports whether e is a value that is not text but holds a
// credential built in this function, printed whole by %v: a composite
// literal with a credential element (Basic{User: u, Pass: token},
// logrus.Fields{"token": tok}, []any{"key", apiKey}), a variable assigned
// one, or the parts of a split credential.
func (m *Model) holder(e ast.Expr) (Source, bool) {
	if t := m.info.TypeOf(e); t != nil {
		if _, basic := t.Underlying().(*types.Basic); basic {
			return Source{}, false // a number or a bool shows no credential
		}
	}
	if t := m.info.TypeOf(e); t != nil {
		if src, ok := m.formatterLeaks(t); ok {
			return src, true // its String method returns a credential
		}
	}
	switch e := e.(type) {
	case *ast.Ident:
		if src, ok := m.derived[m.info.ObjectOf(e)]; ok {
			return src, true
		}
		if m.ev != nil {
			if v, ok := m.info.ObjectOf(e).(*types.Var); ok && !v.IsField() {
				if m.ev.harmlessAt(v, e.Pos()) {
					return Source{}, false // the zero value of a failed call
				}
				if m.ev.userClearedAt(v, e.Pos()) {
					return Source{}, false // u.User = nil: its text holds no password
				}
				if m.ev.missesDef(v, e.Pos()) {
					return m.apartVar(v, e.Pos(), m.usedHere(v)) // err = later(): not this err
				}
				return m.evObject(v) // a map or slice given a credential, a range variable
			}
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return m.holder(ast.Unparen(e.X))
		}
	case *ast.CompositeLit:
		if t := m.info.TypeOf(e); t != nil && m.hasFormatter(t) {
			return m.literalArgs(e, t) // its String or LogValue method decides what shows
		}
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if src, ok := m.Credential(elt); ok {
				return src.derived(), true
			}
		}
	case *ast.CallExpr:
		if isSplit(m.info, e) && len(e.Args) > 0 {
			return m.Credential(e.Args[0])
		}
		if m.ev != nil {
			return m.evHolderCall(e)
		}
	case *ast.SelectorExpr:
		if m.ev == nil {
			break
		}
		v, ok := m.info.ObjectOf(e.Sel).(*types.Var)
		if ok && m.nilParams != nil && m.throughNil(e.X, 0) {
			return Source{}, false // a field of a parameter the call gives as nil
		}
		if ok && v.Pkg() == m.ev.pkg {
			return m.evObject(v) // a field of a package type given a credential holder
		}
		if ok && v.Name() == "URL" && astutil.IsNamed(v.Type(), "net/url", "URL") {
			if src, ok := m.holder(ast.Unparen(e.X)); ok {
				return src, true // req.URL of a request built for a credential-carrying URL
			}
		}
	}
	return Source{}, false
}

// evHolderCall handles calls whose non-text result holds a credential:
// append with a credential element, json.Marshal of a struct with a
// serialised credential field, a package function returning a holder.
func (m *Model) evHolderCall(call *ast.CallExpr) (Source, bool) {
	switch fn := typeutil.Callee(m.info, call).(type) {
	case *types.Builtin:
		if fn.Name() == "append" {
			for _, a := range call.Args {
				if src, ok := m.Credential(a); ok {
					return src.derived(), true
				}
			}
		}
	case *types.Func:
		if fn.Pkg() == nil {
			break
		}
		if i, ok := sinks.URLArg(fn); ok && i < len(call.Args) {
			if src, ok := m.Credential(call.Args[i]); ok {
				return src.derived(), true // http.NewRequest(…, base+"?key="+key, …), url.Parse
			}
		}
		switch path := fn.Pkg().Path(); {
		case (path == "encoding/json" || strings.HasSuffix(path, "yaml") || strings.HasSuffix(path, "toml")) &&
			strings.HasPrefix(fn.Name(), "Marshal") && len(call.Args) > 0:
			if src, ok := m.Credential(call.Args[0]); ok {
				return src.derived(), true
			}
			if t := m.info.TypeOf(call.Args[0]); t != nil {
				if f, ok := SerializedField(t); ok {
					return Source{Kind: Derived, Name: f}, true
				}
			}
			return Source{}, false
		}
		return m.evCall(call, fn)
	}
	return Source{}, false
}

// index handles `parts[1]` of a split Authorization value: the scheme half
// (index 0 of strings.SplitN / Fields / Cut) is not a secret.
func (m *Model) index(e *ast.IndexExpr) (Source, bool) {
	if tv, ok := m.info.Types[e.Index]; ok && tv.Value != nil && tv.Value.Kind() == constant.Int {
		if i, ok := constant.Int64Val(tv.Value); ok && i == 0 {
			switch x := ast.Unparen(e.X).(type) {
			case *ast.CallExpr:
				if isSplit(m.info, x) {
					return Source{}, false
				}
			case *ast.Ident:
				if m.splits[m.info.ObjectOf(x)] {
					return Source{}, false
				}
			}
		}
	}
	if m.keyNamesOther(e) {
		return Source{}, false
	}
	if elems, ok := m.elements(e, 0); ok {
		for _, el := range elems {
			if src, ok := m.Credential(el); ok {
				return src.derived(), true
			}
		}
		return Source{}, false // parts[0] of [4]string{id, tenant, pass, host}
	}
	return m.partOf(e.X)
}

// keyNamesOther reports whether e reads a map at a constant key that names
// something other than a credential: params["encrypt"] of the map a DSN
// was split into is not its password. A credential key (params["password"],
// params["pass"], h["Authorization"]) keeps the map's answer, and so does a map named for
// the credentials it holds (secrets["github"]).
func (m *Model) keyNamesOther(e *ast.IndexExpr) bool {
	t := m.info.TypeOf(e.X)
	if t == nil {
		return false
	}
	if _, ok := t.Underlying().(*types.Map); !ok {
		return false
	}
	key, ok := m.constString(e.Index)
	if !ok || ClassifyName(key) == Secret || IsCredentialParam(key) || credentialHeaderLike(key) {
		return false
	}
	return ClassifyName(astutil.Name(e.X)) != Secret
}

// elements returns what e, x[i] with a constant i, may be when every value
// of x is an array or slice literal, itself or through the variables and
// parameters it was assigned from: element i of each. Writes by index or
// append make x's values unknown.
func (m *Model) elements(e *ast.IndexExpr, depth int) ([]ast.Expr, bool) {
	tv, ok := m.info.Types[e.Index]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int || m.ev == nil {
		return nil, false
	}
	i, ok := constant.Int64Val(tv.Value)
	if !ok {
		return nil, false
	}
	var out []ast.Expr
	var add func(x ast.Expr, depth int) bool
	add = func(x ast.Expr, depth int) bool {
		if depth > 3 || !isSequence(m.info.TypeOf(x)) {
			return false // an element written by index: x[2] = tok
		}
		switch x := ast.Unparen(x).(type) {
		case *ast.CompositeLit:
			for _, el := range x.Elts {
				if _, keyed := el.(*ast.KeyValueExpr); keyed {
					return false
				}
			}
			if int(i) < len(x.Elts) {
				out = append(out, x.Elts[i])
			}
			return true
		case *ast.Ident:
			v, ok := m.info.Uses[x].(*types.Var)
			if !ok || v.Pkg() != m.ev.pkg || v.IsField() || len(m.ev.defs[v]) == 0 {
				return false
			}
			if els, ok := m.ev.variadicElems(v, i); ok {
				out = append(out, els...)
				return true // args[0] of a variadic parameter: the first of each call
			}
			for _, d := range m.ev.defs[v] {
				if !add(d, depth+1) {
					return false
				}
			}
			return true
		}
		return false
	}
	if !add(e.X, depth) {
		return nil, false
	}
	return out, true
}

// isSequence reports whether t is an array or a slice.
func isSequence(t types.Type) bool {
	if t == nil {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Array, *types.Slice:
		return true
	}
	return false
}

func isSplit(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "strings" {
		return false
	}
	switch fn.Name() {
	case "Split", "SplitN", "Fields", "SplitAfter", "SplitAfterN":
		return true
	}
	return false
}

// isMasking reports whether e is a call of a sanitizer: a regexp
// replacement, a redacting function.
func isMasking(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return ok && IsSanitizer(fn)
}

// assignedAt returns what the i-th of n left-hand sides of an assignment
// or declaration receives from rhs, or nil: rhs[i] when both sides have n;
// from one call with several results, the call for the first (tok, ok :=
// os.LookupEnv(…); auth, err := sign(token)), but for strings.Cut the
// second, what follows the separator (scheme, cred, ok := strings.Cut(auth, " ")).
func assignedAt(info *types.Info, n int, rhs []ast.Expr, i int) ast.Expr {
	switch {
	case len(rhs) == n:
		return rhs[i]
	case len(rhs) == 1 && i <= 1:
		if isCut(info, rhs[0]) == (i == 1) {
			return rhs[0]
		}
	}
	return nil
}

// isCut matches strings.Cut and bytes.Cut, whose first result is what
// precedes the separator: the scheme of an Authorization value.
func isCut(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return ok && fn.Name() == "Cut" && fn.Pkg() != nil && (fn.Pkg().Path() == "strings" || fn.Pkg().Path() == "bytes")
}

func (m *Model) call(call *ast.CallExpr) (Source, bool) {
	// Conversions: string(b), []byte(s), Token(s).
	if tv, ok := m.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return m.Credential(call.Args[0])
	}
	fn, _ := typeutil.Callee(m.info, call).(*types.Func)
	if fn == nil && m.ev != nil {
		return m.methodValueCall(call)
	}
	if fn == nil {
		return Source{}, false
	}
	if IsRedactor(fn.Name()) || IsSanitizer(fn) {
		return Source{}, false
	}
	pkg := ""
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Path()
	}
	switch {
	case envGetter(fn) && len(call.Args) == 1:
		if name, ok := m.constString(call.Args[0]); ok && IsCredentialEnv(name) {
			if pkg != "os" {
				return Source{Kind: Env, Name: name, Via: astutil.CalleeName(call, fn)}, true
			}
			return Source{Kind: Env, Name: name}, true
		}
		return Source{}, false
	case isHeaderGet(fn):
		if name, ok := m.constString(call.Args[0]); ok && IsCredentialHeader(name) {
			return Source{Kind: HeaderRead, Name: name}, true
		}
		return Source{}, false
	case pkg == "fmt" && strings.HasPrefix(fn.Name(), "Sprint"),
		pkg == "strings" || pkg == "bytes",
		pkg == "strconv" && strings.HasPrefix(fn.Name(), "Quote"),
		pkg == "encoding/base64" || pkg == "path" || pkg == "path/filepath":
		// Formatting and string manipulation keep the secret in the result;
		// Cut, Split and Fields keep a part of it.
		args := call.Args
		var skip map[ast.Expr]bool
		if pkg == "fmt" {
			args = sinks.FormatShown(m.info, call, fn) // not what %T or %p hides
		}
		if fn.Name() == "Sprintf" && len(call.Args) > 0 && !call.Ellipsis.IsValid() {
			if format, ok := m.constString(call.Args[0]); ok {
				skip = specValues(sinks.FormatParts(m.info, format, call.Args[1:]))
			}
		}
		part := extractsPart(m.info, call)
		for _, a := range args {
			if skip[a] {
				continue
			}
			var src Source
			var ok bool
			if part {
				src, ok = m.partOf(a)
			} else {
				src, ok = m.Credential(a)
			}
			if ok {
				return src.derived(), true
			}
		}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if _, isMethod := m.info.Selections[sel]; isMethod {
				return m.Credential(sel.X) // builder.String(), enc.EncodeToString
			}
		}
		return Source{}, false
	}
	if m.ev != nil {
		return m.evHolderCall(call)
	}
	// Any other function or method whose name says it returns a secret:
	// cfg.APIKey(), getToken(), creds.Password(); not p.TokenString() of a
	// parser.
	if recv := fn.Signature().Recv(); recv != nil && m.syntaxType(recv.Type()) ||
		fn.Pkg() != nil && OwnedBySyntax(fn.Pkg().Name()) {
		return Source{}, false // scanner.TokenString(tok)
	}
	if ClassifyName(strings.TrimPrefix(fn.Name(), "Get")) == Secret && resultCarries(fn) {
		return Source{Kind: Named, Name: fn.Name() + "()"}, true
	}
	return Source{}, false
}

// isHeaderGet matches net/http.Header's Get and Values, and the same
// methods on textproto.MIMEHeader.
func isHeaderGet(fn *types.Func) bool {
	if fn.Name() != "Get" && fn.Name() != "Values" {
		return false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	return astutil.IsNamed(recv.Type(), "net/http", "Header") || astutil.IsNamed(recv.Type(), "net/textproto", "MIMEHeader")
}

// IsRedactor reports whether a function of this name makes a value safe to
// show: redact, mask, hash, obfuscate, fingerprint, len and the sha/md5
// families.
func IsRedactor(name string) bool {
	l := strings.ToLower(name)
	for _, w := range []string{"redact", "mask", "hash", "obfuscat", "fingerprint", "sha1", "sha256", "sha512", "md5", "hmac", "truncat", "sanitiz", "scrub", "censor", "elide"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return l == "len" || l == "sum" || l == "sum256"
}

// secretVar reports whether a variable or field of this name and type
// holds a secret. A plural name on a single string (CodespacesSecrets
// *string, a permission level; tokens string, a count) names a category,
// not a value.
func secretVar(name string, t types.Type) bool {
	if ClassifyName(name) != Secret {
		return false
	}
	words := splitWords(name)
	switch words[len(words)-1] {
	case "secrets", "tokens", "passwords", "keys":
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		b, ok := t.Underlying().(*types.Basic)
		return !ok || b.Info()&types.IsString == 0
	}
	return true
}

// flowElem records m[k] = rhs into a local map variable: a map an entry
// of which holds request headers prints them (benthos' access log:
// accessLog["request"] = map[string]any{"header": …}).
func (m *Model) flowElem(ix *ast.IndexExpr, rhs ast.Expr) {
	v := astutil.VarOperand(m.info, ix.X)
	if v == nil || v.IsField() || !isLocal(v) {
		return
	}
	if _, isMap := v.Type().Underlying().(*types.Map); !isMap {
		return
	}
	if _, done := m.dumps[v]; done {
		return
	}
	if what, ok := m.headers(rhs, false); ok {
		m.dumps[v], m.changed = what, true
	}
}

// isTextSlice reports whether t is a slice of text ([]string, [][]byte):
// the lines a dump is split into, each ranged over and logged (dendrite's
// httpapi.go: strings.Split(string(dump), "\n")).
func isTextSlice(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	return ok && IsStringLike(s.Elem())
}

// splitsText reports whether e splits text into parts (strings.Split,
// bytes.Fields…); not a range over a header's values, judged by name.
func splitsText(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	return ok && extractsPart(info, call)
}

// IsStringLike reports whether values of t are printed as text: string,
// []byte, and named types of those, or pointers to them.
func IsStringLike(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
		return typeParamText(tp)
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// CredentialField returns the name of a credential field that printing a
// value of type t whole (%v, %+v, slog.Any) would show: a string-like field
// named like a secret, in t or a struct it embeds or holds by value or
// pointer. Types with a String, Format, LogValue, MarshalLog or GoString
// method decide their own text and are trusted.
func CredentialField(t types.Type) (string, bool) {
	return credentialField(t, 0, nil, true)
}

// CredentialField is the package function with the model's evidence: a
// field of an ambiguous name (Token) counts only when the package uses it
// as a credential, and a field of any name counts when the package puts a
// credential in it. With fmtRules the value is printed by fmt's verbs,
// which show a pointer nested in a struct as an address: only fields held
// by value, or through the top-level pointer, are shown.
func (m *Model) CredentialField(t types.Type, fmtRules bool) (string, bool) {
	if m.ev == nil {
		return credentialField(t, 0, nil, !fmtRules)
	}
	return credentialField(t, 0, m, !fmtRules)
}

// credentialField: deref says whether pointers below the top level are
// followed (reflection-based encoders do, fmt does not). A type prints by
// its own method only when the method is in the method set of the type
// printed (see printsItself), and under fmt's rules not in an unexported
// field, whose value fmt cannot hand to a method: it prints its fields.
func credentialField(t types.Type, depth int, m *Model, deref bool) (string, bool) {
	if depth > 3 || m.printsItself(t) {
		return "", false
	}
	return fieldsShown(t, depth, m, deref)
}

// fieldsShown is credentialField for the fields of t (or of what t points
// to) alone, whatever t's methods.
func fieldsShown(t types.Type, depth int, m *Model, deref bool) (string, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return "", false
	}
	for f := range st.Fields() {
		// fmt prints a nested pointer as an address: &{0xc000…}. An
		// encoder that follows pointers (encoding/json, zap's Reflect)
		// leaves unexported fields out, an embedded struct held by value
		// aside: below any other unexported field only fmt shows anything,
		// and behind an unexported pointer nothing is shown either way.
		fieldDeref := deref && (f.Exported() || f.Embedded() && !isPointer(f.Type()))
		if !fieldDeref && isPointer(f.Type()) {
			continue
		}
		if m != nil && IsStringLike(f.Type()) {
			if _, ok := m.evObject(f); ok {
				return f.Name(), true
			}
		} else if IsStringLike(f.Type()) && secretVar(f.Name(), f.Type()) {
			return f.Name(), true
		}
		nested := credentialField
		if !fieldDeref && !f.Exported() && depth < 3 {
			nested = fieldsShown // fmt prints an unexported field's value by reflection
		}
		if name, ok := nested(f.Type(), depth+1, m, fieldDeref); ok {
			return f.Name() + "." + name, true
		}
	}
	return "", false
}

// hasFormatter is the package function, remembered per type when m is
// not nil.
func (m *Model) hasFormatter(t types.Type) bool {
	if m == nil {
		return hasFormatter(t)
	}
	return remember(&m.fmts, t, hasFormatter)
}

// printsItself is the package function, remembered per type when m is
// not nil.
func (m *Model) printsItself(t types.Type) bool {
	if m == nil {
		return printsItself(t)
	}
	return remember(&m.ownFmts, t, printsItself)
}

// printsItself reports whether a value of exactly type t, handed to a
// printer, prints by its own String, Error, Format, LogValue… method: fmt
// and the loggers test the value they are given for these interfaces and
// never take its address, so a method of *T counts for a *T but not for a
// T (a Config whose String hides the password, declared on *Config,
// prints its fields, password included, when a Config is printed).
func printsItself(t types.Type) bool { return formats(t, false) }

// remember returns f(t), computed once per type in *memo.
func remember(memo *map[types.Type]bool, t types.Type, f func(types.Type) bool) bool {
	if v, ok := (*memo)[t]; ok {
		return v
	}
	v := f(t)
	if *memo == nil {
		*memo = make(map[types.Type]bool)
	}
	(*memo)[t] = v
	return v
}

// formatterMethods are the methods by which a value decides how a printer
// or logger shows it.
var formatterMethods = []string{"String", "Error", "Format", "LogValue", "MarshalLog", "GoString", "MarshalLogObject"}

// PointerFormatter reports whether t has a method by which it would print
// itself (String, Format, LogValue…) only on *T: a value of t, printed,
// shows its fields instead.
func PointerFormatter(t types.Type) bool {
	return t != nil && hasFormatter(t) && !printsItself(t)
}

// hasFormatter reports whether t or *T has one of formatterMethods.
func hasFormatter(t types.Type) bool { return formats(t, true) }

// formats reports whether t has one of formatterMethods; addressable
// admits the methods of *T (see types.LookupFieldOrMethod).
func formats(t types.Type, addressable bool) bool {
	for _, m := range formatterMethods {
		obj, _, _ := types.LookupFieldOrMethod(t, addressable, nil, m)
		if _, ok := obj.(*types.Func); ok {
			return true
		}
	}
	return false
}

// syntaxType is the package function, remembered per type: receivers
// with hundreds of fields are asked about once per call otherwise.
func (m *Model) syntaxType(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	return remember(&m.syntax, t, syntaxType)
}

// syntaxType reports whether t's fields and methods are about syntax: its
// name says parser, lexer, scanner… (OwnedBySyntax), or it is a struct that
// holds one, as x/tools' `type tokens struct{ scanner scanner.Scanner }`.
func syntaxType(t types.Type) bool {
	if OwnedBySyntax(typeName(t)) {
		return true
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if st, ok := t.Underlying().(*types.Struct); ok {
		for f := range st.Fields() {
			if OwnedBySyntax(typeName(f.Type())) {
				return true
			}
		}
	}
	return false
}

// typeName is the name of the named type t is or points to, or "".
func typeName(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// envGetter reports whether fn reads an environment variable: os.Getenv
// and os.LookupEnv, or a function or method named so (or Env) that takes
// the variable's name and returns its value (buf's app.EnvContainer.Env,
// an application's own environment abstraction).
func envGetter(fn *types.Func) bool {
	switch fn.Name() {
	case "Getenv", "LookupEnv", "GetEnv", "Env":
	default:
		return false
	}
	sig := fn.Signature()
	return sig.Params().Len() == 1 && astutil.IsString(sig.Params().At(0).Type()) &&
		sig.Results().Len() >= 1 && astutil.IsString(sig.Results().At(0).Type())
}
