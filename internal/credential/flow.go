package credential

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
)

// evObject answers object with the package's evidence: a strong name
// stands alone; an ambiguous one (token) needs its value used as a
// credential somewhere in the package; any variable, field or parameter
// holds a credential when some assignment, argument or range puts one in.
func (m *Model) evObject(obj types.Object) (Source, bool) {
	switch v := obj.(type) {
	case *types.Func:
		return m.returns(v)
	case *types.Var:
		v = v.Origin()
		if src, ok := m.derived[v]; ok {
			return src, true
		}
		if m.resultOf != nil && m.isParamOf(v, m.resultOf) {
			return m.evVarNoCallers(v)
		}
		if me := m.memo[v]; me != nil {
			return me.src, me.ok
		}
		me := &memo{busy: true}
		m.memo[v] = me
		me.src, me.ok = m.evVar(v)
		me.busy = false
		return me.src, me.ok
	}
	return Source{}, false
}

// namesReference reports whether a name says its value points at
// something else: a file, path, directory or name, whatever it was
// assigned (KeyFile = os.Getenv("CONSUL_CLIENT_KEY") is a path).
func namesReference(name string) bool {
	words := splitWords(name)
	if len(words) == 0 {
		return false
	}
	switch words[len(words)-1] {
	case "file", "filename", "path", "paths", "dir", "name", "names", "env", "var":
		return true
	}
	return false
}

// Quiet makes the model ignore what callers pass to these parameters, until
// the next call: they belong to a wrapper, whose callers' arguments are
// reported at the call, not again inside it.
func (m *Model) Quiet(params []*types.Var) {
	if m.ev == nil || slices.Equal(params, m.quiet) {
		return
	}
	m.quiet = params
	clear(m.memo) // answers reached through those parameters change
	clear(m.fnMemo)
	clear(m.partMemo)
	clear(m.partFnMemo)
	clear(m.posMemo)
}

func (m *Model) isParamOf(v *types.Var, fn *types.Func) bool {
	sig := fn.Signature()
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == v {
			return true
		}
	}
	return sig.Recv() == v
}

// evVarNoCallers is evVar without what callers pass to a parameter.
func (m *Model) evVarNoCallers(v *types.Var) (Source, bool) {
	saved := m.quiet
	m.quiet = append(slices.Clip(m.quiet), v)
	defer func() { m.quiet = saved }()
	return m.evVar(v)
}

// evVar answers for v by its evidence; a part of v used as a credential
// makes the whole a credential, except while a part is judged (partOf).
func (m *Model) evVar(v *types.Var) (Source, bool) {
	return m.evVarUsed(v, m.usedHere(v), token.NoPos)
}

// usedHere reports whether v's value is used as a credential, or a part of
// it while no part is judged.
func (m *Model) usedHere(v *types.Var) bool {
	return m.ev.used[v] || !m.wholeOnly && m.ev.usedPart[v]
}

// evVarUsed is evVar, with used saying whether v's value is used as a
// credential where it is asked about; at, when valid, is that place, and
// assignments that cannot reach it are left out (see usedApart).
func (m *Model) evVarUsed(v *types.Var, used bool, at token.Pos) (Source, bool) {
	if m.assignedNames(v) || m.flagPath(v) || m.envPath(v) || m.ev.PublicKeyType(v.Type()) || m.ev.PublicHalf(v) ||
		!used && m.ev.pathOnly(v) || m.ev.constParam(v) {
		return Source{}, false // clientKey := conf.CustomClientName; a key file's path opened
	}
	if IsStringLike(v.Type()) && secretVar(v.Name(), v.Type()) && (!IsWeakName(v.Name()) || used) {
		return Source{Kind: Named, Name: v.Name()}, true
	}
	// A field of another package's type stands for that field of every
	// value of the type: one value used as a credential corroborates an
	// ambiguous name (Token), but makes an unrelated one a credential only
	// on the same variable (see foreignUse), not on every url.URL's Host.
	foreign := v.IsField() && v.Pkg() != m.ev.pkg
	if used && !foreign && IsStringLike(v.Type()) && ClassifyName(v.Name()) != About && !IsCursor(v.Name()) && !namesID(v.Name()) {
		return Source{Kind: Named, Name: v.Name()}, true // used as a credential
	}
	if ClassifyName(v.Name()) == About || v.IsField() && OwnedBySyntax(v.Name()) || namesReference(v.Name()) {
		return Source{}, false // tokenURL = base + "/token"; KeyFile = os.Getenv("CONSUL_CLIENT_KEY")
	}
	if env, ok := m.ev.envField(v); ok && IsStringLike(v.Type()) {
		return Source{Kind: Named, Name: v.Name() + " (env " + env + ")"}, true // ConsumerToken `env:"TELEGRAM_TOKEN"`
	}
	if slices.Contains(m.quiet, v) {
		return Source{}, false // what the wrapper's callers pass
	}
	if v.IsField() && anyHolder(v.Type()) {
		return Source{}, false // judged per value built (see literalArgs)
	}
	account := namesAccount(v.Name())
	for _, d := range m.ev.defs[v] {
		if at.IsValid() && (m.ev.endsBefore(at, d.Pos()) || m.ev.flowVar(v) && !m.ev.reaches(v, d, at)) {
			continue // body = payload, past the return that at takes; s = unescape(role), not the password before
		}
		if src, ok := m.Credential(d); ok {
			if account && src.Kind != Env && src.Kind != HeaderRead && !IsStrongName(src.Name) {
				continue // username = entry.Value, the Value that is the password for another key
			}
			return src.derived(), true
		}
	}
	return Source{}, false
}

// namesAccount reports whether a name says its value names an account
// (username, login, email). Copied from a value that is a credential only
// by its use elsewhere, it is the account's name: go-ora's wallet reader
// copies each entry's Value into the user name, the password or the
// connect string by the entry's key. Copied from a strong source
// (username := cfg.APIKey, for an API that takes the key as the Basic
// user) it stays one.
func namesAccount(name string) bool {
	words := splitWords(name)
	if len(words) == 0 {
		return false
	}
	switch words[len(words)-1] {
	case "username", "user", "login", "email":
		return true
	}
	return false
}

// foreignUse reports whether x.f, f a field of another package's type
// with an unrelated name, reads the field of a variable (or, field-based,
// of a field) whose same field is used as a credential in the package:
// c.Value after req.Header.Set("Authorization", "Bearer "+c.Value), any
// c.Token.Raw after "Bearer " + c.Token.Raw.
func (m *Model) foreignUse(f types.Object, x ast.Expr) bool {
	v, ok := f.(*types.Var)
	if m.ev == nil || !ok || !v.IsField() || v.Pkg() == m.ev.pkg || !m.usedHere(v) ||
		!IsStringLike(v.Type()) || ClassifyName(v.Name()) != Plain || IsCursor(v.Name()) || namesID(v.Name()) {
		return false // an identifier used beside a credential (ClientID) is none
	}
	base := baseOf(m.info, x)
	return base != nil && slices.Contains(m.ev.usedOn[v], base)
}

// returns reports whether calling fn yields a credential by its name
// (a strong one: APIKey(), GetPassword()) or, for a function of the
// package, by what it returns.
func (m *Model) returns(fn *types.Func) (Source, bool) {
	fn = fn.Origin()
	if me := m.fnMemo[fn]; me != nil {
		return me.src, me.ok
	}
	if recv := fn.Signature().Recv(); recv != nil && m.syntaxType(recv.Type()) ||
		fn.Pkg() != nil && OwnedBySyntax(fn.Pkg().Name()) {
		return Source{}, false
	}
	_, local := m.ev.decls[fn]
	passes, path := m.ev.passes[fn], local && m.ev.locates(fn)
	if f := m.ev.summary(fn); f != nil {
		passes, path = f.Passes, f.Path
	}
	me := &memo{busy: true}
	m.fnMemo[fn] = me
	defer func() { me.busy = false }()
	if res := fn.Signature().Results(); res.Len() > 0 && m.ev.PublicKeyType(res.At(0).Type()) {
		return me.src, me.ok // recvClientKey() (key.NodePublic, error): a public key
	}
	if IsStrongName(strings.TrimPrefix(fn.Name(), "Get")) && len(passes) == 0 && !path && resultCarries(fn) {
		// A getter named after a credential; a helper of the package that
		// builds its result from its arguments (bearer(t)) is judged by them.
		me.src, me.ok = Source{Kind: Named, Name: fn.Name() + "()"}, true
		return me.src, me.ok
	}
	if !local {
		if f := m.ev.summary(fn); f != nil && f.Returns {
			me.src, me.ok = Source{Kind: Named, Name: fn.Name() + "()"}, true // a getter of another package
		}
		return me.src, me.ok
	}
	// What callers pass to the parameters it returns is judged at each call
	// (evCall), not here: bearer("anonymous") is no credential.
	saved := m.resultOf
	m.resultOf = fn
	defer func() { m.resultOf = saved }()
	for _, r := range m.ev.returns[fn] {
		if _, ok := m.Credential(r); ok {
			me.src, me.ok = Source{Kind: Named, Name: fn.Name() + "()"}, true
			break
		}
	}
	return me.src, me.ok
}

// resultCarries reports whether fn's first result can hold a credential,
// so that its name may say it returns one: WriteCredentials' error and
// HasPassword's bool cannot, and neither can the user that gosnowflake's
// parseUserPassword(posAt, dsn) (user, password string) returns first.
func resultCarries(fn *types.Func) bool {
	res := fn.Signature().Results()
	if res.Len() == 0 {
		return false
	}
	if first := res.At(0).Name(); first != "" && ClassifyName(first) != Secret {
		for r := range res.Variables() {
			if ClassifyName(r.Name()) == Secret {
				return false // the name is about another result
			}
		}
	}
	t := res.At(0).Type()
	if types.Identical(t, types.Universe.Lookup("error").Type()) {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return !ok || b.Info()&types.IsString != 0
}

// evCall answers for a call that is neither a conversion nor a known
// library function: the callee's summary (its returns, and the arguments
// it passes on to its result), or a String or Error method called on a
// credential.
func (m *Model) evCall(call *ast.CallExpr, fn *types.Func) (Source, bool) {
	if src, ok := m.returns(fn); ok && !m.clearWithNil(call, fn) {
		return src, true
	}
	fn = fn.Origin()
	var recv ast.Expr
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if _, isMethod := m.info.Selections[sel]; isMethod {
			recv = sel.X
		}
	}
	passes, known := m.ev.passes[fn]
	if _, local := m.ev.decls[fn]; !local {
		if f := m.ev.summary(fn); f != nil {
			passes, known = f.Passes, true
		}
	} else {
		known = true
	}
	if known {
		for _, i := range passes {
			var arg ast.Expr
			switch {
			case i < 0:
				arg = recv
			case i < len(call.Args):
				arg = call.Args[i]
			}
			if arg == nil {
				continue
			}
			if src, ok := m.Credential(arg); ok {
				return src.derived(), true
			}
		}
		return Source{}, false
	}
	if recv != nil && (fn.Name() == "String" || fn.Name() == "Error") {
		if src, ok := m.Credential(recv); ok {
			return src.derived(), true // apiKey.String() of a named string type
		}
	}
	return Source{}, false
}

// clearWithNil reports whether fn, a function of the package that returns
// a credential, returns none when call passes nil for some of its
// parameters: the credential it returns is read through them, the fields
// of a payload that a call without one does not have (mailgun's
// curlString(req, nil) renders no form values). The returns are judged
// again with those parameters nil, apart from the memos of the usual
// answer.
func (m *Model) clearWithNil(call *ast.CallExpr, fn *types.Func) bool {
	fn = fn.Origin()
	if _, local := m.ev.decls[fn]; !local || m.nilParams != nil || m.resultOf != nil {
		return false
	}
	params := fn.Signature().Params()
	var nils map[*types.Var]bool
	for i, a := range call.Args {
		if i >= params.Len() || call.Ellipsis.IsValid() && i == len(call.Args)-1 {
			break
		}
		if tv, ok := m.info.Types[a]; ok && tv.IsNil() {
			if nils == nil {
				nils = make(map[*types.Var]bool)
			}
			nils[params.At(i)] = true
		}
	}
	if nils == nil {
		return false
	}
	saved := [2]map[types.Object]*memo{m.memo, m.partMemo}
	savedFn := [2]map[*types.Func]*memo{m.fnMemo, m.partFnMemo}
	m.memo, m.partMemo = make(map[types.Object]*memo), make(map[types.Object]*memo)
	m.fnMemo, m.partFnMemo = make(map[*types.Func]*memo), make(map[*types.Func]*memo)
	m.nilParams = nils
	savedPos := m.posMemo
	m.posMemo = nil
	defer func() {
		m.posMemo = savedPos
		m.memo, m.partMemo = saved[0], saved[1]
		m.fnMemo, m.partFnMemo = savedFn[0], savedFn[1]
		m.nilParams = nil
	}()
	_, ok := m.returns(fn)
	return !ok
}

// throughNil reports whether the value of e, a field's base or a
// receiver, is read out of a parameter that clearWithNil holds nil:
// p.Values, param.value of `for _, param := range p.getValues()`.
func (m *Model) throughNil(e ast.Expr, depth int) bool {
	if depth > 4 {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := m.info.ObjectOf(x).(*types.Var)
		if !ok {
			return false
		}
		if m.nilParams[v] {
			return true
		}
		if !isLocal(v) || m.isParamOf(v, m.resultOf) {
			return false
		}
		defs := m.ev.defs[v]
		for _, d := range defs {
			if !m.throughNil(d, depth+1) {
				return false
			}
		}
		return len(defs) > 0
	case *ast.SelectorExpr:
		return m.throughNil(x.X, depth+1)
	case *ast.IndexExpr:
		return m.throughNil(x.X, depth+1)
	case *ast.StarExpr:
		return m.throughNil(x.X, depth+1)
	case *ast.CallExpr:
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
			if s, ok := m.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
				return m.throughNil(sel.X, depth+1) // p.getValues()
			}
		}
	}
	return false
}

// methodValueCall handles get() where get := c.Token: a method value
// bound to a variable, called later.
func (m *Model) methodValueCall(call *ast.CallExpr) (Source, bool) {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return Source{}, false
	}
	for _, d := range m.ev.defs[m.info.ObjectOf(id)] {
		sel, ok := ast.Unparen(d).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		if s, ok := m.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
			if fn, ok := s.Obj().(*types.Func); ok {
				if src, ok := m.returns(fn); ok {
					return src, true
				}
			}
		}
	}
	return Source{}, false
}

// formatterLeaks reports whether values of t print a credential through
// their own String or Error method: a method of the package that returns
// a credential field.
func (m *Model) formatterLeaks(t types.Type) (Source, bool) {
	if m.ev == nil {
		return Source{}, false
	}
	for _, fn := range m.localFormatters(t) {
		if fn != nil {
			if src, ok := m.returns(fn); ok {
				return Source{Kind: Named, Name: src.Name}, true
			}
		}
	}
	return Source{}, false
}

// localFormatters returns t's String and Error methods declared in the
// package (nil where none), looked up once per type: the lookup walks
// every field and embedding of a large struct.
func (m *Model) localFormatters(t types.Type) [2]*types.Func {
	if fns, ok := m.formatters[t]; ok {
		return fns
	}
	var fns [2]*types.Func
	for i, name := range []string{"String", "Error"} {
		obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
		if fn, ok := obj.(*types.Func); ok {
			if _, local := m.ev.decls[fn.Origin()]; local {
				fns[i] = fn
			}
		}
	}
	if m.formatters == nil {
		m.formatters = make(map[types.Type][2]*types.Func)
	}
	m.formatters[t] = fns
	return fns
}

// typeParamText reports whether a value of a type parameter may be text:
// its constraint allows a string type, or any type.
func typeParamText(tp *types.TypeParam) bool {
	iface, ok := tp.Constraint().Underlying().(*types.Interface)
	if !ok {
		return false
	}
	if iface.NumMethods() > 0 {
		return false // fmt.Stringer and friends decide their own text
	}
	if iface.NumEmbeddeds() == 0 {
		return true // any
	}
	for i := range iface.NumEmbeddeds() {
		switch e := iface.EmbeddedType(i).(type) {
		case *types.Union:
			for t := range e.Terms() {
				if IsStringLike(t.Type()) {
					return true
				}
			}
		default:
			if IsStringLike(e) {
				return true
			}
		}
	}
	return false
}

// IsSanitizer reports whether a call of fn makes a credential safe to
// show: hashing (crypto/…, hash/…, golang.org/x/crypto: bcrypt, scrypt,
// argon2, hmac), encryption (crypto/cipher, nacl, functions named
// encrypt, crypt or seal, but not decrypt), regexp replacement, and the
// redactors IsRedactor names.
func IsSanitizer(fn *types.Func) bool {
	if IsRedactor(fn.Name()) {
		return true
	}
	if p := fn.Pkg(); p != nil {
		path := p.Path()
		if strings.HasPrefix(path, "crypto/") || strings.HasPrefix(path, "hash/") ||
			strings.HasPrefix(path, "golang.org/x/crypto/") || path == "hash" {
			return true
		}
		if path == "regexp" && strings.HasPrefix(fn.Name(), "ReplaceAll") {
			return true
		}
	}
	l := strings.ToLower(fn.Name())
	if strings.Contains(l, "decrypt") || strings.Contains(l, "unseal") || strings.Contains(l, "open") {
		return false
	}
	return strings.Contains(l, "crypt") || strings.HasPrefix(l, "seal") || strings.Contains(l, "cipher")
}

// SerializedField returns the name of a credential field that encoding a
// value of type t as JSON or YAML writes: an exported string-like field
// named like a secret, not tagged "-", in t or a struct it holds.
func SerializedField(t types.Type) (string, bool) { return serializedField(t, 0) }

func serializedField(t types.Type, depth int) (string, bool) {
	if depth > 3 || t == nil {
		return "", false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	for _, m := range []string{"MarshalJSON", "MarshalYAML", "MarshalText"} {
		if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, m); obj != nil {
			return "", false // it decides its own encoding
		}
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return "", false
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		if !f.Exported() && !f.Embedded() {
			continue
		}
		tag := reflect.StructTag(st.Tag(i))
		if tag.Get("json") == "-" || tag.Get("yaml") == "-" || tag.Get("toml") == "-" {
			continue
		}
		if IsStringLike(f.Type()) && secretVar(f.Name(), f.Type()) && !IsWeakName(f.Name()) {
			return f.Name(), true
		}
		if name, ok := serializedField(f.Type(), depth+1); ok {
			return f.Name() + "." + name, true
		}
	}
	return "", false
}

// flagPath reports whether every value of v is a command-line flag whose
// usage text says it holds a path or a file name (sarama's
// tls-client-key: "The path to a file that contains the client private
// key"): printing it shows where the key is, not the key.
func (m *Model) flagPath(v *types.Var) bool {
	defs := m.ev.defs[v]
	if len(defs) == 0 {
		return false
	}
	for _, d := range defs {
		call, ok := ast.Unparen(d).(*ast.CallExpr)
		if !ok || len(call.Args) < 3 {
			return false
		}
		fn, _ := typeutil.Callee(m.info, call).(*types.Func)
		if fn == nil || fn.Pkg() == nil || !isFlagPackage(fn.Pkg().Path()) || !strings.HasPrefix(fn.Name(), "String") {
			return false
		}
		usage, ok := m.constString(call.Args[len(call.Args)-1])
		if !ok || !describesPath(usage) {
			return false
		}
	}
	return true
}

// envPath reports whether v is a local variable set only from the
// environment whose value the package opens as a file's name (f :=
// os.Getenv("GOOGLE_APPLICATION_CREDENTIALS"); os.ReadFile(f)): the
// variable names where the credentials are, and printing it shows a path.
func (m *Model) envPath(v *types.Var) bool {
	defs := m.ev.defs[v]
	if !m.ev.opened[v] || len(defs) == 0 {
		return false
	}
	for _, d := range defs {
		call, ok := ast.Unparen(d).(*ast.CallExpr)
		if !ok {
			return false
		}
		fn, _ := typeutil.Callee(m.info, call).(*types.Func)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "os" || fn.Name() != "Getenv" && fn.Name() != "LookupEnv" {
			return false
		}
	}
	return true
}

// isFlagPackage reports whether path is a flag package whose String
// functions take the usage text last: the standard flag and spf13/pflag.
func isFlagPackage(path string) bool {
	return path == "flag" || path == "github.com/spf13/pflag"
}

// describesPath reports whether a flag's usage text says its value is a
// path or a file name: the text starts with the word (after an article:
// "The path to a file that contains the client private key",
// "file holding the key", "Directory of the keys") or says "path to",
// "path of", "file name". A word elsewhere says nothing about the value
// ("API key; overrides the one in the config file", "password that
// decrypts the private key file").
func describesPath(usage string) bool {
	w := splitWords(usage)
	if len(w) > 0 && (w[0] == "the" || w[0] == "a" || w[0] == "an") {
		w = w[1:]
	}
	if len(w) > 0 {
		switch w[0] {
		case "path", "file", "filename", "filepath", "directory", "dir", "location":
			return true
		}
	}
	for i := 0; i+1 < len(w); i++ {
		switch w[i] + " " + w[i+1] {
		case "path to", "path of", "file name", "file path":
			return true
		}
	}
	return false
}

// assignedNames reports whether v is a local variable every assignment of
// which reads a variable or field named as a reference (a name, path or
// file): what it holds says what it is better than its own name does.
func (m *Model) assignedNames(v *types.Var) bool {
	if v.IsField() || v.Parent() == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return false
	}
	defs := m.ev.defs[v]
	if len(defs) == 0 {
		return false
	}
	for _, d := range defs {
		if n := astutil.Name(d); n == "" || !namesReference(n) {
			return false
		}
	}
	return true
}

// anyHolder reports whether values of t hold values of any type: an
// interface (any, error), or a slice, array, map or pointer of one. A
// field of such a type (gosnowflake's SnowflakeError.MessageArgs
// []interface{}) holds whatever each value of its struct is built with:
// one built with a credential does not make every other one hold it.
func anyHolder(t types.Type) bool {
	if e, ok := elemType(t.Underlying()); ok {
		t = e
	}
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		return false // optional[string]{Val: apiKey}: judged by its instances
	}
	return types.IsInterface(t)
}

// elemType returns the type of the values u, a type's underlying type,
// points to or holds as elements.
func elemType(u types.Type) (types.Type, bool) {
	switch u := u.(type) {
	case *types.Slice:
		return u.Elem(), true
	case *types.Array:
		return u.Elem(), true
	case *types.Map:
		return u.Elem(), true
	case *types.Pointer:
		return u.Elem(), true
	}
	return nil, false
}

// literalArgs answers for lit, a literal of a type whose String or Error
// method is the package's own: a credential given to a field that holds
// any value (see anyHolder) is what that method may print, as
// &SnowflakeError{MessageArgs: []interface{}{fullURL}} prints fullURL.
func (m *Model) literalArgs(lit *ast.CompositeLit, t types.Type) (Source, bool) {
	if m.ev == nil || m.localFormatters(t) == [2]*types.Func{} {
		return Source{}, false
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return Source{}, false
	}
	for f, val := range fieldValues(m.info, lit, st) {
		if !anyHolder(f.Type()) {
			continue
		}
		if src, ok := m.Credential(val); ok {
			return src.derived(), true
		}
	}
	return Source{}, false
}
