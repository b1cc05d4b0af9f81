package main

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
	"golang.org/x/tools/go/analysis"

	"github.com/credlint/credlint/internal/suite"
)

// configName is the configuration file credlint looks for in the working
// directory and its parents. TOML, the format of the rule files, so that a
// repository's credlint files read alike.
const configName = ".credlint.toml"

// A config is .credlint.toml: defaults for the command line, which flags
// override. Paths in it are relative to the file's directory.
type config struct {
	path string // the file; "" when there is none
	dir  string // its directory, which relative paths and globs start from

	rules    string
	enable   []string
	disable  []string
	tests    *bool
	tags     []string
	exclude  []string
	baseline string
	checks   map[string]map[string]any
	lines    map[string]int // key path ("checks.authscheme.strict") → line
}

// configKeys are the keys of .credlint.toml and what each holds, in words.
var configKeys = []struct{ key, want string }{
	{"rules", "a string (a rule file path)"},
	{"enable", "a list of check names"},
	{"disable", "a list of check names"},
	{"tests", "true or false"},
	{"tags", "a list of build tags"},
	{"exclude", "a list of path globs"},
	{"baseline", "a string (a baseline file path)"},
	{"checks", "a table of check options ([checks.<check>])"},
}

// findConfig returns the configuration file to use: explicit if given,
// else the nearest .credlint.toml at or above dir, else "".
func findConfig(explicit, dir string) (string, error) {
	if explicit != "" {
		if _, err := os.Stat(explicit); err != nil {
			return "", fmt.Errorf("-config: %v", err)
		}
		return explicit, nil
	}
	for {
		p := filepath.Join(dir, configName)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// loadConfig reads and checks a configuration file. Every error names the
// file and line: unknown keys and values of the wrong type included.
func loadConfig(path string) (*config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	path = relPath(abs) // messages name it as the user sees it
	c := &config{path: path, dir: filepath.Dir(abs)}
	var raw map[string]any
	if err := toml.Unmarshal(data, &raw); err != nil {
		var de *toml.DecodeError
		if errors.As(err, &de) {
			line, _ := de.Position()
			return nil, fmt.Errorf("%s:%d: %s", path, line, strings.TrimPrefix(de.Error(), "toml: "))
		}
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	c.lines = keyLines(data)
	if _, table := raw["rules"].([]any); table || raw["extend"] != nil {
		// Older docs suggested this name for a rule file.
		return nil, fmt.Errorf("%s: a gitleaks rule file, not a credlint configuration: rename it (credlint-rules.toml) and point -rules, or rules = \"credlint-rules.toml\" in %s, at it", path, configName)
	}
	bad := func(key, format string, args ...any) error {
		return fmt.Errorf("%s:%d: %s: %s", path, c.lines[key], key, fmt.Sprintf(format, args...))
	}
	for _, k := range slices.Sorted(maps.Keys(raw)) {
		v := raw[k]
		i := slices.IndexFunc(configKeys, func(ck struct{ key, want string }) bool { return ck.key == k })
		if i < 0 {
			names := make([]string, len(configKeys))
			for i, ck := range configKeys {
				names[i] = ck.key
			}
			return nil, fmt.Errorf("%s:%d: unknown key %q (keys: %s)", path, c.lines[k], k, strings.Join(names, ", "))
		}
		want := configKeys[i].want
		var ok bool
		switch k {
		case "rules":
			c.rules, ok = v.(string)
		case "baseline":
			c.baseline, ok = v.(string)
		case "tests":
			var b bool
			if b, ok = v.(bool); ok {
				c.tests = &b
			}
		case "enable":
			c.enable, ok = stringList(v)
		case "disable":
			c.disable, ok = stringList(v)
		case "tags":
			c.tags, ok = stringList(v)
		case "exclude":
			c.exclude, ok = stringList(v)
		case "checks":
			var m map[string]any
			if m, ok = v.(map[string]any); ok {
				c.checks = make(map[string]map[string]any)
				for name, opts := range m {
					o, isTable := opts.(map[string]any)
					if !isTable {
						return nil, bad("checks."+name, "want a table of options, got %s", tomlType(opts))
					}
					c.checks[name] = o
				}
			}
		}
		if !ok {
			return nil, bad(k, "want %s, got %s", want, tomlType(v))
		}
	}
	return c, nil
}

// resolve makes a path from the file relative to the file's directory.
func (c *config) resolve(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(c.dir, p)
}

// at names the file and the line of key, for errors about its value.
func (c *config) at(key string) string {
	if n := c.lines[key]; n > 0 {
		return fmt.Sprintf("%s:%d", c.path, n)
	}
	return c.path
}

func stringList(v any) ([]string, bool) {
	list, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := make([]string, len(list))
	for i, e := range list {
		s, ok := e.(string)
		if !ok {
			return nil, false
		}
		out[i] = s
	}
	return out, true
}

// tomlType names a decoded TOML value's type in words.
func tomlType(v any) string {
	switch v := v.(type) {
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case int64:
		return "an integer"
	case float64:
		return "a number"
	case []any:
		for _, e := range v {
			if _, ok := e.(string); !ok {
				return "a list holding " + tomlType(e)
			}
		}
		return "a list"
	case map[string]any:
		return "a table"
	case time.Time, toml.LocalDate, toml.LocalDateTime, toml.LocalTime:
		return "a date or time"
	}
	return fmt.Sprintf("%T", v)
}

// keyLines maps every key path in a TOML document to the line it is first
// written on: table headers, keys, and keys inside inline tables.
func keyLines(data []byte) map[string]int {
	lines := make(map[string]int)
	var p unstable.Parser
	p.Reset(data)
	var table []string
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			table = keyPath(e)
			record(lines, &p, table, e)
		case unstable.KeyValue:
			walkKeyValue(lines, &p, table, e)
		}
	}
	return lines
}

func walkKeyValue(lines map[string]int, p *unstable.Parser, prefix []string, kv *unstable.Node) {
	path := append(slices.Clone(prefix), keyPath(kv)...)
	record(lines, p, path, kv)
	if v := kv.Value(); v != nil && v.Kind == unstable.InlineTable {
		for it := v.Children(); it.Next(); {
			if n := it.Node(); n.Kind == unstable.KeyValue {
				walkKeyValue(lines, p, path, n)
			}
		}
	}
}

func keyPath(n *unstable.Node) []string {
	var out []string
	for it := n.Key(); it.Next(); {
		out = append(out, string(it.Node().Data))
	}
	return out
}

// record notes the line of every prefix of path not seen yet: a dotted
// key (checks.authscheme.strict = true) also defines its parents.
func record(lines map[string]int, p *unstable.Parser, path []string, n *unstable.Node) {
	line := 0
	for it := n.Key(); it.Next(); {
		if r := it.Node().Raw; r.Length > 0 {
			line = p.Shape(r).Start.Line
			break
		}
	}
	if line == 0 {
		return
	}
	for i := 1; i <= len(path); i++ {
		k := strings.Join(path[:i], ".")
		if _, ok := lines[k]; !ok {
			lines[k] = line
		}
	}
}

// apply sets the options the command line left unset (set holds the flags
// given) from the file, and the checks' options likewise.
func (c *config) apply(o *options, set map[string]bool, all []*analysis.Analyzer) error {
	if !set["rules"] && c.rules != "" {
		o.rulesFile = c.resolve(c.rules)
	}
	if !set["baseline"] && !set["write-baseline"] && c.baseline != "" {
		o.baseline = c.resolve(c.baseline)
	}
	if !set["enable"] && c.enable != nil {
		o.enable = strings.Join(c.enable, ",")
	}
	if !set["disable"] && c.disable != nil {
		o.disable = strings.Join(c.disable, ",")
	}
	if !set["tests"] && !set["test"] && c.tests != nil {
		o.tests = *c.tests
	}
	if !set["tags"] && c.tags != nil {
		o.tags = strings.Join(c.tags, ",")
	}
	for _, g := range c.exclude {
		var gl globList
		if err := gl.Set(g); err != nil {
			return fmt.Errorf("%s: exclude: %q: %v", c.at("exclude"), g, err)
		}
	}
	for _, check := range slices.Sorted(maps.Keys(c.checks)) {
		if _, err := suite.Select(all, []string{check}, nil); err != nil {
			return fmt.Errorf("%s: checks: %v", c.at("checks."+check), err)
		}
		for _, opt := range slices.Sorted(maps.Keys(c.checks[check])) {
			if set[check+"."+opt] {
				continue // the command line wins
			}
			one := map[string]map[string]any{check: {opt: c.checks[check][opt]}}
			if err := suite.SetOptions(all, one); err != nil {
				key := "checks." + check + "." + opt
				if _, ok := c.lines[key]; !ok {
					key = "checks." + check
				}
				return fmt.Errorf("%s: %v", c.at(key), err)
			}
		}
	}
	return nil
}
