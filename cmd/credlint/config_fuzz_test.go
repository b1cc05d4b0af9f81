package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/credlint/credlint/internal/suite"
)

// FuzzConfig: any file is a configuration or an error, never a panic.
func FuzzConfig(f *testing.F) {
	for _, seed := range []string{
		"rules = \"r.toml\"\ndisable = [\"ratelimit\"]\n[checks.authscheme]\nstrict = true\n",
		"checks = { authscheme = { strict = \"x\" } }\n",
		"[checks]\n[checks.a.b]\nc = 1\n",
		"exclude = [\"[\", \"**\"]\ntests = 1\n",
		"[[rules]]\nid = \"x\"\n",
		"a.b.c = 1\n\"quoted key\" = 2\n",
	} {
		f.Add(seed)
	}
	all := suite.All()
	f.Fuzz(func(t *testing.T, content string) {
		p := filepath.Join(t.TempDir(), configName)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		c, err := loadConfig(p)
		if err != nil {
			return
		}
		// apply sets the checks' flags, which are process-wide: put them
		// back for the tests that run in this process.
		defer func() {
			for _, a := range all {
				a.Flags.VisitAll(func(fl *flag.Flag) { fl.Value.Set(fl.DefValue) })
			}
		}()
		var o options
		_ = c.apply(&o, map[string]bool{}, all)
	})
}
