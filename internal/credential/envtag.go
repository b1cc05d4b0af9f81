package credential

import (
	"go/ast"
	"go/types"
	"reflect"
	"strconv"
	"strings"
)

// envTagKeys are the struct tag keys under which config loaders read a
// field from the environment variable the tag names: caarlos0/env,
// sethvargo/go-envconfig and cleanenv (`env:"NAME,opts"`),
// kelseyhightower/envconfig (`envconfig:"NAME"`).
var envTagKeys = [...]string{"env", "envconfig"}

// noteEnvTags records the fields of st whose tag names a credential
// environment variable (`env:"TELEGRAM_TOKEN,notEmpty"`): the loader
// fills them by reflection, so no assignment in the package shows where
// their value comes from, and their own name may be ambiguous
// (ConsumerToken, WebhookToken).
func (ev *Evidence) noteEnvTags(st *ast.StructType) {
	for _, f := range st.Fields.List {
		if f.Tag == nil || len(f.Names) != 1 {
			continue
		}
		tag, err := strconv.Unquote(f.Tag.Value)
		if err != nil {
			continue
		}
		name, ok := envTagName(tag)
		if !ok {
			continue
		}
		if v, ok := ev.info.Defs[f.Names[0]].(*types.Var); ok {
			if ev.envFields == nil {
				ev.envFields = make(map[types.Object]string)
			}
			ev.envFields[v] = name
		}
	}
}

// envField returns the credential environment variable a config loader
// fills field v from (see noteEnvTags): a field of this package's, or of
// a struct type another package declares (a module's config package).
func (ev *Evidence) envField(v *types.Var) (string, bool) {
	if !v.IsField() {
		return "", false
	}
	if v.Pkg() != nil && v.Pkg() != ev.pkg {
		ev.mu.Lock() // the checks share the Evidence
		defer ev.mu.Unlock()
		if ev.foreignEnv == nil {
			ev.foreignEnv = make(map[*types.Package]map[*types.Var]string)
		}
		fields, ok := ev.foreignEnv[v.Pkg()]
		if !ok {
			fields = envTaggedFields(v.Pkg())
			ev.foreignEnv[v.Pkg()] = fields
		}
		name, ok := fields[v]
		return name, ok
	}
	name, ok := ev.envFields[v]
	return name, ok
}

// envTaggedFields are the fields of pkg's named struct types, of its
// variables' anonymous struct types, and of the anonymous structs nested
// in them, whose tag names a credential
// environment variable, read from the types' tags (an imported package
// has no syntax here).
func envTaggedFields(pkg *types.Package) map[*types.Var]string {
	fields := make(map[*types.Var]string)
	scope := pkg.Scope()
	for _, n := range scope.Names() {
		switch obj := scope.Lookup(n).(type) {
		case *types.TypeName:
			if st, ok := obj.Type().Underlying().(*types.Struct); ok {
				addEnvTagged(fields, st)
			}
		case *types.Var: // var Global struct{…}
			if st, ok := anonStruct(obj.Type()); ok {
				addEnvTagged(fields, st)
			}
		}
	}
	return fields
}

// addEnvTagged adds st's env-tagged fields to fields and descends into
// the anonymous structs its fields hold (Config{DB struct{…}}): a named
// type is walked where it is declared.
func addEnvTagged(fields map[*types.Var]string, st *types.Struct) {
	for i := range st.NumFields() {
		f := st.Field(i)
		if name, ok := envTagName(st.Tag(i)); ok {
			fields[f] = name
		}
		if inner, ok := anonStruct(f.Type()); ok {
			addEnvTagged(fields, inner)
		}
	}
}

// anonStruct returns the unnamed struct type t is, or points to, or holds
// as elements.
func anonStruct(t types.Type) (*types.Struct, bool) {
	for {
		t = types.Unalias(t)
		if st, ok := t.(*types.Struct); ok {
			return st, true
		}
		e, ok := elemType(t)
		if !ok {
			return nil, false
		}
		t = e
	}
}

// envTagName returns the credential environment variable a struct tag
// names under one of envTagKeys.
func envTagName(tag string) (string, bool) {
	for _, key := range envTagKeys {
		name, _, _ := strings.Cut(reflect.StructTag(tag).Get(key), ",")
		if name != "" {
			return name, IsCredentialEnv(name)
		}
	}
	return "", false
}
