package httpreq

import "testing"

// A reaches C (which writes a credential) directly and B reaches it only
// through A: B is authenticated whatever order the callee maps are walked
// in, and whichever of A and B is asked first.
func TestTransitiveCycle(t *testing.T) {
	for i := range 64 {
		a, b, c := new(Func), new(Func), new(Func)
		c.WritesCredential = true
		a.callees = map[*Func]bool{b: true, c: true}
		b.callees = map[*Func]bool{a: true}
		first, second := a, b
		if i%2 == 1 {
			first, second = b, a
		}
		r := new(Result)
		if !r.Authenticated(first) || !r.Authenticated(second) {
			t.Fatalf("run %d: A and B both reach C: got A=%v B=%v", i, r.Authenticated(a), r.Authenticated(b))
		}
	}
	// A search that finds nothing marks all it saw.
	a, b := new(Func), new(Func)
	a.callees = map[*Func]bool{b: true}
	b.callees = map[*Func]bool{a: true}
	r := new(Result)
	if r.Authenticated(a) || r.Authenticated(b) {
		t.Fatal("a cycle with no credential writer is not authenticated")
	}
	if a.authT != 1 || b.authT != 1 {
		t.Fatalf("memo after a failed search: a=%d b=%d, want 1 1", a.authT, b.authT)
	}
}
