package httpreq

import (
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// A FuncFact says what a function does about rate limits and credentials,
// for the packages that import it: a 429 handler in a shared helper package
// counts for its callers, and a constructor of a retrying or credentialed
// client or transport counts where its result is used.
type FuncFact struct {
	Handles429  bool // it, or what it calls, handles 429 / Retry-After
	RetryClient bool // it returns a client or RoundTripper that handles 429
	CredClient  bool // it returns a client or RoundTripper that adds credentials
	// KeepsStatus: given a response (its first *http.Response parameter),
	// it turns every error status into an error that keeps the status as
	// a typed, exported field (conjur-api-go's response.DataResponse,
	// returning a *ConjurError{Code}): its callers' requests hand 429 on.
	KeepsStatus bool
}

// AFact marks FuncFact as an analysis fact.
func (*FuncFact) AFact() {}

func (f *FuncFact) String() string {
	s := "httpreq:"
	if f.Handles429 {
		s += " handles429"
	}
	if f.RetryClient {
		s += " retryclient"
	}
	if f.CredClient {
		s += " credclient"
	}
	if f.KeepsStatus {
		s += " keepsstatus"
	}
	return s
}

// A TypeFact says what a RoundTripper type's RoundTrip does.
type TypeFact struct {
	Cred  bool // adds credentials
	Retry bool // handles 429
}

// AFact marks TypeFact as an analysis fact.
func (*TypeFact) AFact() {}

func (f *TypeFact) String() string {
	s := "roundtrip:"
	if f.Cred {
		s += " cred"
	}
	if f.Retry {
		s += " retry"
	}
	return s
}

// imported records what a call of fn, a function of another package, tells
// about the function being walked.
func (w *walker) imported(fn *types.Func) {
	var f FuncFact
	if w.pass.ImportObjectFact(fn, &f) && f.Handles429 {
		w.fn.Handles429 = true
	}
}

// importedClient reads the fact of a client or transport constructor of
// another package.
func (r *Result) importedClient(fn *types.Func) clientState {
	var f FuncFact
	if r.pass == nil || fn.Pkg() == r.pass.Pkg || !r.pass.ImportObjectFact(fn, &f) {
		return clientState{}
	}
	return clientState{cred: f.CredClient, retry: f.RetryClient}
}

// importedTransport reads the fact of a RoundTripper type of another
// package.
func (r *Result) importedTransport(obj *types.TypeName) clientState {
	var f TypeFact
	if r.pass == nil || obj.Pkg() == r.pass.Pkg || !r.pass.ImportObjectFact(obj, &f) {
		return clientState{}
	}
	return clientState{cred: f.Cred, retry: f.Retry}
}

// exportFacts exports what importers need: functions that handle 429 or
// build retrying or credentialed clients, and RoundTripper types.
func (r *Result) exportFacts(pass *analysis.Pass) {
	clients := make(map[types.Type]bool) // returnsClient by first result type
	for _, f := range r.decls {
		if f.Obj == nil || r.InTest(f.Decl) {
			continue
		}
		if f.Decl.Recv != nil && f.Decl.Name.Name == "RoundTrip" {
			if named := recvNamed(f.Obj); named != nil {
				tf := TypeFact{Cred: r.Authenticated(f), Retry: r.Handles429(f)}
				if tf.Cred || tf.Retry {
					pass.ExportObjectFact(named.Obj(), &tf)
				}
			}
		}
		ff := FuncFact{Handles429: r.Handles429(f)}
		if returnsClient(f.Obj, clients) {
			var st clientState
			for _, res := range returnedFirst(f.Decl) {
				st = st.or(r.client(res, 0)).or(r.transport(res, 0))
			}
			ff.RetryClient, ff.CredClient = st.retry, st.cred
		}
		ff.KeepsStatus = f.Obj.Exported() && r.keepsGiven(f)
		if ff.Handles429 || ff.RetryClient || ff.CredClient || ff.KeepsStatus {
			pass.ExportObjectFact(f.Obj, &ff)
		}
	}
}

// keepsGiven reports whether f, given a response as its first
// *http.Response parameter, turns every error status of it into an error
// that keeps the status typed.
func (r *Result) keepsGiven(f *Func) bool {
	sig := f.Obj.Signature()
	if f.Decl.Body == nil || sig.Results().Len() == 0 {
		return false
	}
	for p := range sig.Params().Variables() {
		if isResponse(p.Type()) {
			return r.keepsFor(f.Decl.Body, sig, statusEnv{resps: map[types.Object]bool{p: true}, after: f.Decl.Body.Pos()}, 0)
		}
	}
	return false
}

// importedKeeps reports whether fn, a function of another package, keeps
// the status of the response it is given (FuncFact.KeepsStatus).
func (r *Result) importedKeeps(fn *types.Func) bool {
	var f FuncFact
	return r.pass != nil && fn.Pkg() != r.pass.Pkg && r.pass.ImportObjectFact(fn, &f) && f.KeepsStatus
}

// returnsClient reports whether fn's first result is an *http.Client, an
// http.RoundTripper or a type with a RoundTrip method.
// memo caches the answer by type: a package's functions return the same
// few types, and method lookup allocates. A pointer type is keyed by what
// it points to, as each signature has its own *types.Pointer.
func returnsClient(fn *types.Func, memo map[types.Type]bool) bool {
	res := fn.Signature().Results()
	if res.Len() == 0 {
		return false
	}
	t := res.At(0).Type()
	key := t
	if p, ok := t.(*types.Pointer); ok {
		key = p.Elem()
	}
	if ok, seen := memo[key]; seen && key != t {
		return ok
	}
	ok := isHTTPClient(t)
	if !ok {
		obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "RoundTrip")
		_, ok = obj.(*types.Func)
	}
	if key != t {
		memo[key] = ok
	}
	return ok
}

func isHTTPClient(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Name() == "Client" && pkgPath(n.Obj()) == "net/http"
}

// recvNamed returns the named type of a method's receiver.
func recvNamed(fn *types.Func) *types.Named {
	recv := fn.Signature().Recv()
	if recv == nil {
		return nil
	}
	t := recv.Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}
