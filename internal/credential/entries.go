package credential

import (
	"go/ast"
	"go/constant"
	"go/types"
)

// Options kept as entries of one map (miniflux: opts["BASE_URL"].value):
// the model is field-based, so once one entry's value field holds a
// secret every entry's would. A read at a constant key is judged instead
// by what the package puts into that entry: writes at that key, through a
// local bound to it, or in the map's literal. Writes at a key only known
// at run time (a parser's loop) reach only entries a literal flags as
// secret ("DATABASE_URL": {secret: true}); a key that is a parameter
// (a setter's) is each constant its callers pass.

// aliasWrite is a write of a field through a local variable (e.f = rhs)
// or at a key that is a parameter (m[key].f = rhs): via names it.
type aliasWrite struct {
	via *types.Var
	rhs ast.Expr
}

// noteEntryDef records rhs, written into field obj by lhs, under the
// constant key of the map entry lhs goes through (opts["DB"].value = pw),
// or as a write through a local that may be bound to an entry.
func (ev *Evidence) noteEntryDef(obj types.Object, lhs, rhs ast.Expr) {
	sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
	if !ok {
		return
	}
	x := ast.Unparen(sel.X)
	if s, ok := x.(*ast.StarExpr); ok {
		x = ast.Unparen(s.X)
	}
	switch x := x.(type) {
	case *ast.IndexExpr:
		if key, ok := ev.constKey(x.Index); ok {
			ev.addEntryDef(obj, key, rhs)
		} else if id, ok := ast.Unparen(x.Index).(*ast.Ident); ok {
			if p, ok := ev.info.ObjectOf(id).(*types.Var); ok && !p.IsField() {
				if ev.keyedWrites == nil {
					ev.keyedWrites = make(map[types.Object][]aliasWrite)
				}
				ev.keyedWrites[obj] = append(ev.keyedWrites[obj], aliasWrite{p, rhs})
			}
		}
	case *ast.Ident:
		if v, ok := ev.info.ObjectOf(x).(*types.Var); ok && isLocal(v) {
			if ev.aliasWrites == nil {
				ev.aliasWrites = make(map[types.Object][]aliasWrite)
			}
			ev.aliasWrites[obj] = append(ev.aliasWrites[obj], aliasWrite{v, rhs})
		}
	}
}

// noteEntryLit records the fields an entry of a map literal sets
// ("DB": {value: pw}) and whether it flags the entry as secret.
func (ev *Evidence) noteEntryLit(kv *ast.KeyValueExpr) {
	key, ok := ev.constKey(kv.Key)
	if !ok {
		return
	}
	val := ast.Unparen(kv.Value)
	if u, ok := val.(*ast.UnaryExpr); ok {
		val = ast.Unparen(u.X)
	}
	lit, ok := val.(*ast.CompositeLit)
	if !ok {
		return
	}
	for _, elt := range lit.Elts {
		fkv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		id, ok := fkv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		f, ok := ev.info.ObjectOf(id).(*types.Var)
		if !ok || !f.IsField() {
			continue
		}
		ev.addEntryDef(f.Origin(), key, fkv.Value)
		if tv := ev.info.Types[fkv.Value]; tv.Value != nil && tv.Value.Kind() == constant.Bool &&
			constant.BoolVal(tv.Value) && flagsSecret(f.Name()) {
			if ev.secretEntries == nil {
				ev.secretEntries = make(map[string]bool)
			}
			ev.secretEntries[key] = true
		}
	}
}

// flagsSecret reports whether a bool field's name says its entry holds a
// secret: secret, isSecret, sensitive, redact, masked.
func flagsSecret(name string) bool {
	for _, w := range splitWords(name) {
		switch w {
		case "secret", "sensitive", "redact", "redacted", "mask", "masked", "confidential":
			return true
		}
	}
	return false
}

func (ev *Evidence) constKey(e ast.Expr) (string, bool) {
	if tv := ev.info.Types[e]; tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value), true
	}
	return "", false
}

func (ev *Evidence) addEntryDef(obj types.Object, key string, rhs ast.Expr) {
	if ev.entryDefs == nil {
		ev.entryDefs = make(map[types.Object]map[string][]ast.Expr)
	}
	if ev.entryDefs[obj] == nil {
		ev.entryDefs[obj] = make(map[string][]ast.Expr)
	}
	ev.entryDefs[obj][key] = append(ev.entryDefs[obj][key], rhs)
}

// entryField answers for a field obj read from x, an entry of a map at a
// constant key that names something other than a credential, by what the
// package puts into that entry (see the comment at the top). A field
// named for a secret (opts["github"].token) keeps its own answer, and so
// does an entry flagged as secret. known is false when x is no such entry.
func (m *Model) entryField(obj types.Object, x ast.Expr) (src Source, ok, known bool) {
	v, isVar := obj.(*types.Var)
	if !isVar || !v.IsField() || ClassifyName(v.Name()) == Secret {
		return Source{}, false, false
	}
	if s, isStar := ast.Unparen(x).(*ast.StarExpr); isStar {
		x = s.X
	}
	ix, isIndex := ast.Unparen(x).(*ast.IndexExpr)
	if !isIndex || !m.keyNamesOther(ix) {
		return Source{}, false, false
	}
	if m.ev == nil {
		return Source{}, false, false // names alone decide, as before
	}
	key, _ := m.constString(ix.Index)
	if m.ev.secretEntries[key] {
		return Source{}, false, false
	}
	k := entryKey{v.Origin(), key}
	if m.entryBusy[k] {
		return Source{}, false, true // baseURL := opts["BASE_URL"].v; opts["BASE_URL"].v = baseURL
	}
	if m.entryBusy == nil {
		m.entryBusy = make(map[entryKey]bool)
	}
	m.entryBusy[k] = true
	defer delete(m.entryBusy, k)
	defs := m.ev.entryDefs[k.field][key]
	for _, w := range m.ev.aliasWrites[k.field] {
		if m.boundTo(w.via, key) {
			defs = append(defs, w.rhs)
		}
	}
	for _, w := range m.ev.keyedWrites[k.field] {
		if m.givenKey(w.via, key) {
			defs = append(defs, w.rhs)
		}
	}
	for _, rhs := range defs {
		if src, ok := m.Credential(rhs); ok {
			return src.derived(), true, true
		}
	}
	return Source{}, false, true
}

// boundTo reports whether local may hold the map entry at key: one of its
// values reads a map at that key.
func (m *Model) boundTo(local *types.Var, key string) bool {
	for _, d := range m.ev.defs[local] {
		if ix, ok := ast.Unparen(d).(*ast.IndexExpr); ok {
			if k, ok := m.constString(ix.Index); ok && k == key {
				return true
			}
		}
	}
	return false
}

// givenKey reports whether key, a variable used as a map key, may be the
// constant key: one of its values is that constant (a setter's callers
// pass it: o.set("DSN", dsn)).
func (m *Model) givenKey(v *types.Var, key string) bool {
	for _, d := range m.ev.defs[v] {
		if k, ok := m.constString(d); ok && k == key {
			return true
		}
	}
	return false
}

// entryKey names one entry's field: see entryField.
type entryKey struct {
	field types.Object
	key   string
}
