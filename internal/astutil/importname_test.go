package astutil

import "testing"

func TestImportName(t *testing.T) {
	for p, want := range map[string]string{
		"math/rand/v2":               "rand",
		"net/http":                   "http",
		"v2":                         "v2", // no element before it
		"foo/v":                      "v",
		"foo/v2x":                    "v2x",
		"foo/vv2":                    "vv2",
		"github.com/caarlos0/log/v2": "log",
	} {
		if got := ImportName(p); got != want {
			t.Errorf("ImportName(%q) = %q, want %q", p, got, want)
		}
	}
}
