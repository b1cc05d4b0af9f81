package credential

import (
	"go/types"

	"github.com/credlint/credlint/internal/astutil"
)

// IsDocExampleBuilder reports whether fn records a documentation example,
// whose arguments stand in for the reader's own values: it is named for
// an example and builds a description instead of acting. benthos's docs
// builders are such: NewExampleSpec returns an ExampleSpec,
// (*ConfigSpec).Example and (*ConfigField).Examples return their own
// spec to chain on. A function that acts on what it is given
// (loadExamples(db, dsn)) is no builder, whatever its name.
func IsDocExampleBuilder(fn *types.Func) bool {
	if fn == nil || !namesExample(fn.Name()) {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() != 1 {
		return false
	}
	res := astutil.NamedOf(sig.Results().At(0).Type())
	if res == nil {
		return false
	}
	if recv := sig.Recv(); recv != nil {
		if r := astutil.NamedOf(recv.Type()); r != nil && r.Origin().Obj() == res.Origin().Obj() {
			return true // a fluent builder: spec.Example(…).Description(…)
		}
	}
	return namesExample(res.Obj().Name())
}

// namesExample reports whether a name has the word example or examples.
func namesExample(name string) bool {
	for _, w := range splitWords(name) {
		if w == "example" || w == "examples" {
			return true
		}
	}
	return false
}
