package hardcodedsecret

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/credlint/credlint/internal/astutil"
	"github.com/credlint/credlint/internal/credential"
)

// A weakKind is a credential that is one whatever its shape: a password or
// a signing key is a finding even when short and of low entropy.
type weakKind int

const (
	notWeak weakKind = iota
	password
	signingKey
)

// A binding is what a literal is bound to: the name that gives a rule its
// credential context.
type binding struct {
	name  string     // variable, field, map key, header or credential parameter; "" if none
	call  string     // the call the literal is an argument of ("log.Printf")
	desc  string     // where the literal is, when neither name nor call says it
	skip  bool       // import path: never a secret
	field *ast.Field // the literal is this field's tag
	weak  weakKind
	// part: the literal is one operand of a concatenation ("AWS4" + key):
	// a prefix or a separator, not a password or a signing key by itself.
	part bool
	// spec is the var or const declaration the literal initialises as a
	// whole (not inside a concatenation or conversion); decl holds it.
	spec *ast.ValueSpec
	decl *ast.GenDecl
	// user: the constant user name set beside the literal in the same
	// composite literal (URI{Username: "guest", Password: "guest"}).
	user string
	// doc: the literal is an argument of a documentation example builder
	// (see credential.IsDocExampleBuilder): a stand-in, as in an example
	// program, unless it shows itself real (see value).
	doc bool
}

func named(name string) binding { return binding{name: name, weak: weakOf(name)} }

// where says, for a message, what holds the literal.
func (b binding) where() string {
	switch {
	case b.desc != "":
		return " in " + b.desc
	case b.call != "" && b.name != "":
		return " in the " + b.name + " argument of " + b.call
	case b.call != "":
		return " in the argument of " + b.call
	case b.name != "":
		return " in " + b.name
	}
	return ""
}

// line renders the literal for the rules as gitleaks sees a config line.
func (b binding) line(val string) string {
	return contextFor(b.name) + ` = "` + val + `"`
}

// contextFor is the name a rule sees before the value. The name model
// (credential.ClassifyName) decides, not gitleaks' keywords: a credential
// name goes in, suffixed so that gitleaks' generic rule sees one of its
// keywords (cred, bearer and passphrase are none); a key named after a
// vendor (algoliaKey, algolia_key) goes in without its "key", so that the
// vendor's rule sees the vendor but the generic rule sees no lookup key
// (cacheKey); any other name is left out, so context rules (UUID keys,
// generic-api-key) fire on `apiKey = "…"` but not on an enum constant.
func contextFor(name string) string {
	if name == "" {
		return "value"
	}
	if credential.ClassifyName(name) == credential.Secret || credential.IsCredentialHeader(name) {
		if !hasGenericKeyword(name) {
			return name + "_secret"
		}
		return name
	}
	if p, ok := vendorKeyPrefix(name); ok {
		return p
	}
	return "value"
}

// genericKeywords are the words of gitleaks' generic-api-key rule.
var genericKeywords = []string{"access", "auth", "api", "credential", "creds", "key", "passwd", "password", "secret", "token"}

func hasGenericKeyword(name string) bool {
	l := strings.ToLower(name)
	for _, k := range genericKeywords {
		if strings.Contains(l, k) {
			return true
		}
	}
	return false
}

// vendorKeyPrefix returns the vendor part of a key named after it:
// algoliaKey, algolia_key, ALGOLIA-KEY give "algolia".
func vendorKeyPrefix(name string) (string, bool) {
	l := strings.ToLower(name)
	if !strings.HasSuffix(l, "key") || credential.ClassifyName(name) == credential.About {
		return "", false
	}
	p := strings.TrimRight(l[:len(l)-len("key")], "_-.")
	if p == "" || hasGenericKeyword(p) {
		return "", false
	}
	return p, true
}

// weakOf says whether a name holds a password or a signing key.
func weakOf(name string) weakKind {
	if credential.ClassifyName(name) != credential.Secret {
		return notWeak
	}
	l := strings.ToLower(name)
	for _, s := range []string{"password", "passwd", "passphrase", "pwd", "pass"} {
		if strings.HasSuffix(l, s) {
			return password
		}
	}
	if strings.Contains(l, "password") {
		return password
	}
	if strings.Contains(l, "signing") || strings.Contains(l, "hmac") || strings.Contains(l, "jwt") && strings.Contains(l, "secret") {
		return signingKey
	}
	return notWeak
}

// bindingOf walks up from the literal through parentheses, concatenations
// and conversions to what binds it. info may lack types (a package that
// does not type-check) or be empty (a file no build includes): then
// syntax decides.
func bindingOf(info *types.Info, cur inspector.Cursor) binding {
	b := bindingUp(info, cur)
	for p := cur.Parent(); ; p = p.Parent() {
		if _, ok := p.Node().(*ast.ParenExpr); ok {
			continue
		}
		if bin, ok := p.Node().(*ast.BinaryExpr); ok && bin.Op == token.ADD {
			b.part = true
		}
		return b
	}
}

func bindingUp(info *types.Info, cur inspector.Cursor) binding {
	child := cur
	whole := true // the literal is the whole bound value
	for p := cur.Parent(); ; child, p = p, p.Parent() {
		switch n := p.Node().(type) {
		case *ast.ParenExpr:
			continue
		case *ast.BinaryExpr:
			switch n.Op {
			case token.ADD:
				whole = false
				continue
			case token.EQL, token.NEQ:
				other := n.X
				if other == child.Node() {
					other = n.Y
				}
				return named(exprName(info, other))
			}
		case *ast.CallExpr:
			if isConversion(info, n) {
				whole = false
				continue // []byte("…"), Token("…")
			}
			return callBinding(info, n, child.Node())
		case *ast.ImportSpec:
			return binding{skip: true}
		case *ast.Field:
			if n.Tag == child.Node() {
				b := binding{field: n}
				if len(n.Names) > 0 {
					b.name = n.Names[0].Name
				}
				return b
			}
		case *ast.ValueSpec:
			b := specBinding(info, n, child.Node())
			if decl, ok := p.Parent().Node().(*ast.GenDecl); ok && whole && b.name != "" {
				b.spec, b.decl = n, decl
			}
			return b
		case *ast.AssignStmt:
			for i, rhs := range n.Rhs {
				if rhs == child.Node() && i < len(n.Lhs) {
					return named(exprName(info, n.Lhs[i]))
				}
			}
		case *ast.KeyValueExpr:
			if n.Value == child.Node() {
				b := named(exprName(info, n.Key))
				if lit, ok := p.Parent().Node().(*ast.CompositeLit); ok {
					b.user = userBeside(lit)
				}
				return b
			}
		case *ast.ReturnStmt:
			return returnBinding(p)
		}
		return binding{}
	}
}

// isConversion reports whether call converts a value to a type.
func isConversion(info *types.Info, call *ast.CallExpr) bool {
	if tv, ok := info.Types[call.Fun]; ok {
		return tv.IsType()
	}
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.ArrayType:
		return true
	case *ast.Ident:
		return f.Name == "string" || f.Name == "byte" || f.Name == "rune"
	}
	return false
}

// specBinding names the literal after its variable or constant, except for
// typed enum constants (const TokenTypeCard TokenType = "card"): the
// name of an enum member says what the value means, not that it is secret.
func specBinding(info *types.Info, spec *ast.ValueSpec, lit ast.Node) binding {
	for i, v := range spec.Values {
		if v != lit || i >= len(spec.Names) {
			continue
		}
		id := spec.Names[i]
		if obj, ok := info.Defs[id]; ok {
			if c, ok := obj.(*types.Const); ok {
				if n, ok := types.Unalias(c.Type()).(*types.Named); ok && credential.ClassifyName(n.Obj().Name()) != credential.Secret {
					return binding{}
				}
			}
		} else if t, ok := spec.Type.(*ast.Ident); ok && t.Name != "string" && credential.ClassifyName(t.Name) != credential.Secret {
			return binding{} // without types: a declared named type, read as an enum
		}
		return named(id.Name)
	}
	return binding{}
}

// callBinding names a literal argument: the header name of a two-argument
// setter (Header.Set("X-Api-Key", "…"), req.SetHeader), else the call,
// with the callee's parameter name when that names a credential
// (NewClient(apiKey string)).
func callBinding(info *types.Info, call *ast.CallExpr, arg ast.Node) binding {
	idx := -1
	for i, a := range call.Args {
		if a == arg {
			idx = i
		}
	}
	if idx < 0 {
		return binding{}
	}
	if idx == 0 && isRegexpCall(info, call) {
		return binding{skip: true} // a pattern that describes keys, not a key
	}
	k, kname := knownCall(info, call, idx)
	if idx == 1 && len(call.Args) == 2 && k == notWeak {
		if key, ok := constString(info, call.Args[0]); ok && isSetter(call) {
			return named(key)
		}
	}
	var fn *types.Func
	if info != nil && info.Uses != nil && info.Types != nil { // typed, not a syntax-only scan
		fn, _ = typeutil.Callee(info, call).(*types.Func)
	}
	// Without types no call is known to build documentation.
	b := binding{call: astutil.CalleeName(call, fn), doc: credential.IsDocExampleBuilder(fn)}
	param := paramName(info, call, idx)
	if b.doc && fn.Signature().Recv() == nil && credential.ClassifyName(param) == credential.Secret {
		// NewExampleClient(apiKey): a constructor that takes a credential
		// builds a client, not a description; a fluent builder's
		// ExamplePassword(password) documents one.
		b.doc = false
	}
	if contextFor(param) != "value" {
		b.name, b.weak = param, weakOf(param)
	}
	if k != notWeak {
		b.weak = k
		if b.name == "" {
			b.name = kname
		}
	}
	return b
}

func paramName(info *types.Info, call *ast.CallExpr, idx int) string {
	sig, ok := types.Unalias(info.TypeOf(call.Fun)).(*types.Signature)
	if !ok || sig.Params().Len() == 0 {
		return ""
	}
	if idx >= sig.Params().Len() {
		idx = sig.Params().Len() - 1
	}
	return sig.Params().At(idx).Name()
}

// knownCall recognises, by name so that it works without types, the calls
// whose argument is a password or a signing key whatever its shape:
// req.SetBasicAuth(user, "…"), url.UserPassword(user, "…"),
// token.SignedString(key), hmac.New(h, key).
func knownCall(info *types.Info, call *ast.CallExpr, idx int) (weakKind, string) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return notWeak, ""
	}
	switch sel.Sel.Name {
	case "SetBasicAuth", "UserPassword":
		if idx == 1 && len(call.Args) == 2 {
			return password, "password"
		}
	case "SignedString":
		if idx == 0 && len(call.Args) == 1 {
			return signingKey, ""
		}
	case "New":
		if idx == 1 && len(call.Args) == 2 && isPkg(info, sel.X, "crypto/hmac") {
			return signingKey, ""
		}
	}
	return notWeak, ""
}

// isRegexpCall reports whether call compiles or matches a regular
// expression given as its first argument.
func isRegexpCall(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	switch sel.Sel.Name {
	case "Compile", "MustCompile", "CompilePOSIX", "MustCompilePOSIX", "MatchString", "Match":
	default:
		return false
	}
	// By name: wrappers with regexp's API (gitleaks' go-re2 switch,
	// grafana/regexp) take patterns too.
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return false
	}
	if pkg, ok := info.Uses[id].(*types.PkgName); ok {
		return pkg.Imported().Name() == "regexp"
	}
	return id.Name == "regexp"
}

// isPkg reports whether x names the imported package path; without type
// information, whether it is spelled like it.
func isPkg(info *types.Info, x ast.Expr, path string) bool {
	id, ok := x.(*ast.Ident)
	if !ok {
		return false
	}
	obj := info.Uses[id]
	if pkg, ok := obj.(*types.PkgName); ok {
		return pkg.Imported().Path() == path
	}
	return obj == nil && id.Name == path[strings.LastIndex(path, "/")+1:]
}

func isSetter(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	name := strings.ToLower(sel.Sel.Name)
	return strings.HasPrefix(name, "set") || strings.HasPrefix(name, "add") || name == "header" || name == "with"
}

func returnBinding(ret inspector.Cursor) binding {
	for c := ret.Parent(); c.Node() != nil; c = c.Parent() {
		switch fn := c.Node().(type) {
		case *ast.FuncLit:
			if isJWTKeyFunc(fn.Type) {
				return binding{desc: "a JWT key function", weak: signingKey}
			}
			return binding{}
		case *ast.FuncDecl:
			if isJWTKeyFunc(fn.Type) {
				return binding{desc: "JWT key function " + fn.Name.Name, weak: signingKey}
			}
			if res := fn.Type.Results; res != nil && len(res.List) == 1 && len(res.List[0].Names) == 1 {
				return named(res.List[0].Names[0].Name)
			}
			return named(fn.Name.Name)
		}
	}
	return binding{}
}

// isJWTKeyFunc reports whether a function has the shape of a JWT library's
// key function, func(*jwt.Token) (any, error): what it returns verifies
// every token.
func isJWTKeyFunc(t *ast.FuncType) bool {
	if t.Params == nil || len(t.Params.List) != 1 || t.Results == nil || len(t.Results.List) != 2 {
		return false
	}
	star, ok := t.Params.List[0].Type.(*ast.StarExpr)
	if !ok {
		return false
	}
	sel, ok := star.X.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Token" {
		return false
	}
	x, ok := sel.X.(*ast.Ident)
	return ok && strings.Contains(strings.ToLower(x.Name), "jwt")
}

// exprName is the name an expression stores to or is read from: x, s.Field,
// m["key"], or the value of a string constant used as a key.
func exprName(info *types.Info, e ast.Expr) string {
	if s, ok := constString(info, e); ok {
		return s
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.StarExpr:
		return exprName(info, e.X)
	case *ast.IndexExpr:
		if s, ok := constString(info, e.Index); ok {
			return s
		}
		return exprName(info, e.X)
	}
	return ""
}

// constString is the value of a constant string expression; without type
// information, of a string literal.
func constString(info *types.Info, e ast.Expr) (string, bool) {
	if s, ok := astutil.ConstString(info, e); ok {
		return s, true
	}
	if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok && lit.Kind == token.STRING {
		if _, typed := info.Types[lit]; !typed {
			s, err := strconv.Unquote(lit.Value)
			return s, err == nil
		}
	}
	return "", false
}

// userBeside returns the constant user name a composite literal sets
// (User, Username, UserName, Login), or "".
func userBeside(lit *ast.CompositeLit) string {
	for k, kv := range astutil.Fields(lit) {
		switch strings.ToLower(k.Name) {
		case "user", "username", "login":
			if v, ok := kv.Value.(*ast.BasicLit); ok && v.Kind == token.STRING {
				if s, err := strconv.Unquote(v.Value); err == nil {
					return s
				}
			}
		}
	}
	return ""
}
