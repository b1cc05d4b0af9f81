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
		for _, key := range envTagKeys {
			name, _, _ := strings.Cut(reflect.StructTag(tag).Get(key), ",")
			if name == "" || !IsCredentialEnv(name) {
				continue
			}
			if v, ok := ev.info.Defs[f.Names[0]].(*types.Var); ok {
				if ev.envFields == nil {
					ev.envFields = make(map[types.Object]string)
				}
				ev.envFields[v] = name
			}
			break
		}
	}
}

// envField returns the credential environment variable a config loader
// fills field v from (see noteEnvTags).
func (ev *Evidence) envField(v *types.Var) (string, bool) {
	name, ok := ev.envFields[v]
	return name, ok
}
