package ratelimit

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// An InjectedFact marks a constructor of an internal package whose
// parameter Param becomes the HTTP client of a client that handles no 429:
// only the package that builds the client (the parent wrapping the
// internal one) knows whether it retries, so the finding is made there.
// Endpoints, when not empty, are the parameters the client's request URLs
// come from: inside its package it is a self-hosted server's client, and
// the call that gives one a hosted API's address is reported (Param is -1
// when the constructor makes the HTTP client itself).
type InjectedFact struct {
	Param     int
	Calls     int
	Sender    string // the sending call, "c.hc.Do"
	Pkg       string // the internal package's name
	Endpoints []int
	// Field: the fact is on an exported struct field the client's request
	// URLs come from, which its package never sets (razorpay's
	// requests.Request.BaseURL): the package that sets it to a hosted
	// API's address, in a literal or an assignment, is reported there.
	Field bool
	// Type names the client a Field fact's field belongs to, requests.Request
	// ("" when no type of the package has the field).
	Type string
}

// AFact marks InjectedFact as an analysis fact.
func (*InjectedFact) AFact() {}

func (f *InjectedFact) String() string {
	if f.Field {
		return fmt.Sprintf("client of %s in %s (%s), endpoint from this field", f.Sender, f.Pkg, plural(f.Calls))
	}
	if len(f.Endpoints) == 0 {
		return fmt.Sprintf("client of %s in %s (%s) from parameter %d", f.Sender, f.Pkg, plural(f.Calls), f.Param)
	}
	s := fmt.Sprintf("client of %s in %s (%s), endpoint from parameter %s", f.Sender, f.Pkg, plural(f.Calls), joinInts(f.Endpoints))
	if f.Param >= 0 {
		s += fmt.Sprintf(", HTTP client from parameter %d", f.Param)
	}
	return s
}

func joinInts(v []int) string {
	s := make([]string, len(v))
	for i, n := range v {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, ", ")
}

// internal reports whether a package path is an internal package's.
func internal(path string) bool {
	return strings.Contains(path+"/", "/internal/") || strings.HasPrefix(path, "internal/")
}

// deferToBuilder exports an InjectedFact instead of reporting, when the
// client is in an internal package and its HTTP client comes only from a
// constructor parameter: the module's code that calls the constructor
// decides. With ends (the endpoint parameters of a client not known to be
// hosted), it exports one for each such constructor, which the HTTP
// client either comes from too or is made in.
func (c *checker) deferToBuilder(cl *client, sender string, n int, ends map[*types.Func][]int) bool {
	if !internal(c.pass.Pkg.Path()) {
		return false
	}
	inj := c.injectors(cl.key)
	if ends == nil {
		for fn, i := range inj {
			c.pass.ExportObjectFact(fn, &InjectedFact{Param: i, Calls: n, Sender: sender, Pkg: c.pass.Pkg.Name()})
		}
		return len(inj) > 0
	}
	for fn, idx := range ends {
		p, ok := inj[fn]
		if !ok {
			if len(inj) > 0 {
				continue // the HTTP client comes from another constructor
			}
			p = -1
		}
		slices.Sort(idx)
		c.pass.ExportObjectFact(fn, &InjectedFact{Param: p, Calls: n, Sender: sender, Pkg: c.pass.Pkg.Name(), Endpoints: idx})
	}
	return true
}

// injectors returns, for a client field, the functions of the package
// that set it from one of their parameters, with the parameter's index;
// nil if any value of the field is built here.
func (c *checker) injectors(key any) map[*types.Func]int {
	v, ok := key.(*types.Var)
	if !ok || !v.IsField() {
		return nil
	}
	vals := c.res.Values(v)
	if len(vals) == 0 {
		return nil
	}
	out := make(map[*types.Func]int)
	for _, e := range vals {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		p, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok {
			return nil
		}
		fn, i := c.paramOf(p)
		if fn == nil {
			return nil
		}
		out[fn.Obj] = i
	}
	return out
}

// builders reports the calls of other packages' constructors that take
// the HTTP client of an unhandled client (InjectedFact) and are given one
// that does not retry.
func (c *checker) builders() {
	var facts map[types.Object]*InjectedFact
	for _, f := range c.pass.AllObjectFacts() {
		if inj, ok := f.Fact.(*InjectedFact); ok && f.Object.Pkg() != c.pass.Pkg {
			if facts == nil {
				facts = make(map[types.Object]*InjectedFact)
			}
			facts[f.Object] = inj
		}
	}
	if facts == nil {
		return
	}
	reported := make(map[types.Object]bool)
	// Calls giving a constructor a plain client, by constructor in the
	// order met: one finding each, however many calls, as the client's
	// requests all go through the one sender.
	var built []types.Object
	givers := make(map[types.Object][]*ast.CallExpr)
	// field reports, once per field, a value given to an endpoint field
	// (InjectedFact.Field) that is a hosted API's address.
	field := func(key, val ast.Expr) {
		id, ok := key.(*ast.Ident)
		if sel, isSel := key.(*ast.SelectorExpr); isSel {
			id, ok = sel.Sel, true
		}
		if !ok {
			return
		}
		obj := c.pass.TypesInfo.ObjectOf(id)
		if inj := facts[obj]; inj != nil && inj.Field && !reported[obj] && !c.res.InTest(key) && !c.inExample(key) && c.hostedArg(val) {
			reported[obj] = true
			c.report.Report(fieldDiagnostic(key, val, inj))
		}
	}
	for _, file := range c.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.KeyValueExpr:
				if _, ok := n.Key.(*ast.Ident); ok {
					field(n.Key, n.Value)
				}
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, lhs := range n.Lhs {
						if sel, ok := lhs.(*ast.SelectorExpr); ok {
							field(sel, n.Rhs[i])
						}
					}
				}
			}
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn, ok := calleeOf(c.pass.TypesInfo, call)
			if !ok {
				return true
			}
			inj := facts[fn]
			if inj == nil || inj.Param >= len(call.Args) || c.res.InTest(call) {
				return true
			}
			if inj.Param >= 0 {
				if arg := call.Args[inj.Param]; c.res.ClientRetrying(arg) || c.passedOn(arg) {
					return true
				}
			}
			if len(inj.Endpoints) == 0 {
				if givers[fn] == nil {
					built = append(built, fn)
				}
				givers[fn] = append(givers[fn], call)
				return true
			}
			if !reported[fn] && c.hostedArgs(call, inj.Endpoints) {
				reported[fn] = true // one finding per constructor
				c.report.Report(endpointDiagnostic(call, inj))
			}
			return true
		})
	}
	for _, fn := range built {
		c.report.Report(analysisDiagnostic(givers[fn], facts[fn]))
	}
}

// hostedArgs reports whether call gives one of the endpoint parameters a
// hosted API's address.
func (c *checker) hostedArgs(call *ast.CallExpr, ends []int) bool {
	for _, i := range ends {
		if i < len(call.Args) && c.hostedArg(call.Args[i]) {
			return true
		}
	}
	return false
}

// passedOn reports whether arg is a parameter of this package's function:
// the client comes from further out still.
func (c *checker) passedOn(arg ast.Expr) bool {
	id, ok := ast.Unparen(arg).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	fn, _ := c.paramOf(v)
	return fn != nil
}

// analysisDiagnostic reports the first of calls, which give the
// constructor of inj a client that does not retry; the others are related.
func analysisDiagnostic(calls []*ast.CallExpr, inj *InjectedFact) analysis.Diagnostic {
	call := calls[0]
	where := ""
	if n := len(calls) - 1; n > 0 {
		where = fmt.Sprintf(" (here and at %d other call", n)
		if n > 1 {
			where += "s"
		}
		where += ")"
	}
	d := analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: categoryMissing,
		Message: fmt.Sprintf("the client given to %s%s sends authenticated requests by %s in %s (%s), and nothing handles 429 Too Many Requests: give it a retrying client (hashicorp/go-retryablehttp's StandardClient) or a transport that waits as Retry-After says when present, else backs off exponentially, with capped attempts",
			types.ExprString(call.Fun), where, inj.Sender, inj.Pkg, plural(inj.Calls)),
	}
	for _, other := range calls[1:] {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: other.Pos(), End: other.End(), Message: "also given a client that does not retry"})
	}
	return d
}

func fieldDiagnostic(key, val ast.Expr, inj *InjectedFact) analysis.Diagnostic {
	return analysis.Diagnostic{
		Pos:      key.Pos(),
		End:      val.End(),
		Category: categoryMissing,
		Message: fmt.Sprintf("%s, set here to a hosted API's address, is where %s sends authenticated requests by %s (%s), and nothing handles 429 Too Many Requests: on 429 wait as Retry-After says when present, else back off exponentially, with capped attempts; or use a retrying client (hashicorp/go-retryablehttp)",
			types.ExprString(key), inj.client(), inj.Sender, plural(inj.Calls)),
	}
}

// client names the client a Field fact is about: its type (requests.Request),
// else its package's.
func (f *InjectedFact) client() string {
	if f.Type != "" {
		return f.Pkg + "." + f.Type
	}
	return "the client of " + f.Pkg
}

// fieldOwner returns the name of the package's struct type that declares
// the field f, or "".
func fieldOwner(pkg *types.Package, f *types.Var) string {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for g := range st.Fields() {
				if g == f {
					return name
				}
			}
		}
	}
	return ""
}

func endpointDiagnostic(call *ast.CallExpr, inj *InjectedFact) analysis.Diagnostic {
	advice := "use a retrying client (hashicorp/go-retryablehttp)"
	if inj.Param >= 0 {
		advice = "give it a retrying client (hashicorp/go-retryablehttp)"
	}
	return analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: categoryMissing,
		Message: fmt.Sprintf("the client %s makes for the hosted endpoint given here sends authenticated requests by %s in %s (%s), and nothing handles 429 Too Many Requests: on 429 wait as Retry-After says when present, else back off exponentially, with capped attempts; or %s",
			types.ExprString(call.Fun), inj.Sender, inj.Pkg, plural(inj.Calls), advice),
	}
}

func requests(n int) string {
	if n == 1 {
		return "request"
	}
	return "requests"
}
