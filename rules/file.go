package rules

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"

	"github.com/pelletier/go-toml/v2"
)

// file is gitleaks' TOML schema (its config.ViperConfig), decoded strictly
// so that a typo, a syntax error or a wrongly typed value is reported with
// its line. credlint decodes and merges rule files itself rather than
// through gitleaks' viper-based loader: that loader compiles every regex of
// every rule up front, reports no lines, and keeps global state (see
// loadConfig).
type file struct {
	Title       string
	Description string
	MinVersion  string `toml:"minVersion"`
	Extend      struct {
		UseDefault    bool     `toml:"useDefault"`
		Path          string   `toml:"path"`
		URL           string   `toml:"url"`
		DisabledRules []string `toml:"disabledRules"`
	}
	Rules      []spec
	AllowList  *allowSpec `toml:"allowlist"`
	Allowlists []allowSpec
}

// A spec is one rule as written: nothing compiled yet.
type spec struct {
	ID          string `toml:"id"`
	Description string
	Path        string
	Regex       string
	SecretGroup int `toml:"secretGroup"`
	Entropy     float64
	Keywords    []string
	Tags        []string
	AllowList   *allowSpec `toml:"allowlist"`
	Allowlists  []allowSpec
	Required    []required
	SkipReport  bool `toml:"skipReport"`
}

type required struct {
	ID            string `toml:"id"`
	WithinLines   *int   `toml:"withinLines"`
	WithinColumns *int   `toml:"withinColumns"`
}

type allowSpec struct {
	TargetRules []string `toml:"targetRules"`
	Description string
	Condition   string
	Commits     []string
	Paths       []string
	RegexTarget string `toml:"regexTarget"`
	Regexes     []string
	StopWords   []string `toml:"stopwords"`
}

// An Error is a problem in a rule file, with the line it is on when known.
type Error struct {
	File string
	Line int // 0 when the problem has no single line
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// decode parses data strictly into a file.
func decode(name string, data []byte) (*file, error) {
	var f file
	dec := toml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		// Strict errors wrap decode errors: check them first.
		var serr *toml.StrictMissingError
		if errors.As(err, &serr) && len(serr.Errors) > 0 {
			e := serr.Errors[0]
			line, _ := e.Position()
			return nil, &Error{name, line, fmt.Sprintf("unknown key %q", strings.Join(e.Key(), "."))}
		}
		var derr *toml.DecodeError
		if errors.As(err, &derr) {
			line, _ := derr.Position()
			if msg, ok := typeError(derr); ok {
				return nil, &Error{name, line, msg}
			}
			return nil, &Error{name, line, "invalid TOML: " + oneLine(derr.Error())}
		}
		return nil, &Error{name, 0, oneLine(err.Error())}
	}
	return &f, nil
}

// typeError rewrites go-toml's type mismatch message ("cannot decode TOML
// string into struct field …"), which names the Go struct, into the key and
// the expected type in words.
func typeError(e *toml.DecodeError) (string, bool) {
	msg := e.Error()
	rest, ok := strings.CutPrefix(msg, "toml: cannot decode TOML ")
	if !ok {
		rest, ok = strings.CutPrefix(msg, "toml: cannot store TOML ")
	}
	got, _, _ := strings.Cut(rest, " ")
	if !ok || got == "" || len(e.Key()) == 0 {
		return "", false
	}
	want := "a different type"
	if t, ok := fieldType(reflect.TypeFor[file](), e.Key()); ok {
		want = typeWords(t)
	}
	return fmt.Sprintf("%s: expected %s, found %s", strings.Join(e.Key(), "."), want, article(got)), true
}

// fieldType follows a TOML key path through the file struct, matching
// names as go-toml does (tag, else the field name case-insensitively).
func fieldType(t reflect.Type, key []string) (reflect.Type, bool) {
	for _, k := range key {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return nil, false
		}
		found := false
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
			if name == k || (name == "" && strings.EqualFold(f.Name, k)) {
				t, found = f.Type, true
				break
			}
		}
		if !found {
			return nil, false
		}
	}
	return t, true
}

func typeWords(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int:
		return "an integer"
	case reflect.Float64:
		return "a number"
	case reflect.Pointer:
		return typeWords(t.Elem())
	case reflect.Struct:
		return "a table"
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Struct {
			return "an array of tables"
		}
		return "a list of " + strings.TrimPrefix(strings.TrimPrefix(typeWords(t.Elem()), "an "), "a ") + "s"
	}
	return t.Kind().String()
}

func article(tomlType string) string {
	switch tomlType {
	case "integer", "array", "inline":
		return "an " + tomlType
	}
	return "a " + tomlType
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// check reports what gitleaks would panic on, reject, or accept silently.
// Patterns are compiled only when compile is set: the embedded files are
// checked by the tests, so that a process does not compile ~230 regexes
// just to load them.
func check(name string, data []byte, f *file, compile bool) error {
	if f.Extend.URL != "" {
		return &Error{name, keyLine(data, "", 0, "url"), "[extend] url is not supported; use path"}
	}
	extends := f.Extend.UseDefault || f.Extend.Path != ""
	if len(f.Rules) == 0 && !extends {
		return &Error{name, 0, "the file defines no rules (no [[rules]] and no [extend])"}
	}
	if f.Extend.UseDefault && f.Extend.Path != "" {
		return &Error{name, keyLine(data, "[extend]", 0, "path"), "[extend] sets both useDefault and path"}
	}
	first := map[string]int{}
	for i := range f.Rules {
		r := &f.Rules[i]
		at := func(key string) int { return keyLine(data, "[[rules]]", i, key) }
		if strings.TrimSpace(r.ID) == "" {
			return &Error{name, keyLine(data, "[[rules]]", i, ""), "rule has no id"}
		}
		if j, dup := first[r.ID]; dup {
			return &Error{name, at("id"), fmt.Sprintf("duplicate rule id %q (first defined at line %d)", r.ID, keyLine(data, "[[rules]]", j, "id"))}
		}
		first[r.ID] = i
		if r.Regex == "" && r.Path == "" && !extends {
			return &Error{name, at("id"), fmt.Sprintf("rule %q has neither regex nor path", r.ID)}
		}
		if compile {
			for _, key := range []string{"regex", "path"} {
				pat := map[string]string{"regex": r.Regex, "path": r.Path}[key]
				if pat == "" {
					continue
				}
				re, err := regexp.Compile(pat)
				if err != nil {
					return &Error{name, at(key), fmt.Sprintf("rule %q: bad %s: %v", r.ID, key, err)}
				}
				if key == "regex" && r.SecretGroup > re.NumSubexp() {
					return &Error{name, at("secretGroup"), fmt.Sprintf("rule %q: secretGroup %d but regex has %d groups", r.ID, r.SecretGroup, re.NumSubexp())}
				}
			}
		}
		if r.Entropy < 0 {
			return &Error{name, at("entropy"), fmt.Sprintf("rule %q: negative entropy", r.ID)}
		}
		if r.SecretGroup < 0 {
			return &Error{name, at("secretGroup"), fmt.Sprintf("rule %q: negative secretGroup", r.ID)}
		}
		if r.AllowList != nil && len(r.Allowlists) > 0 {
			return &Error{name, at("id"), fmt.Sprintf("rule %q: [rules.allowlist] cannot be used alongside [[rules.allowlists]]", r.ID)}
		}
		for _, a := range r.allowlists() {
			if err := checkAllowlist(a, compile); err != nil {
				return &Error{name, allowLine(data, "[[rules", i, a), fmt.Sprintf("rule %q: allowlist: %v", r.ID, err)}
			}
		}
		for _, q := range r.Required {
			if q.ID == "" {
				return &Error{name, at("id"), fmt.Sprintf("rule %q: [[rules.required]] has no id", r.ID)}
			}
		}
	}
	if f.AllowList != nil && len(f.Allowlists) > 0 {
		return &Error{name, keyLine(data, "[allowlist]", 0, ""), "[allowlist] cannot be used alongside [[allowlists]]"}
	}
	for _, a := range f.allowlists() {
		if err := checkAllowlist(a, compile); err != nil {
			return &Error{name, allowLine(data, "", 0, a), "allowlist: " + err.Error()}
		}
	}
	return nil
}

func (r *spec) allowlists() []allowSpec {
	if r.AllowList != nil {
		return append(r.Allowlists, *r.AllowList)
	}
	return r.Allowlists
}

func (f *file) allowlists() []allowSpec {
	if f.AllowList != nil {
		return append(f.Allowlists, *f.AllowList)
	}
	return f.Allowlists
}

func checkAllowlist(a allowSpec, compile bool) error {
	switch strings.ToUpper(a.Condition) {
	case "", "OR", "||", "AND", "&&":
	default:
		return fmt.Errorf("unknown condition %q (expected \"and\" or \"or\")", a.Condition)
	}
	switch a.RegexTarget {
	case "", "secret", "match", "line":
	default:
		return fmt.Errorf("unknown regexTarget %q (expected \"secret\", \"match\" or \"line\")", a.RegexTarget)
	}
	if len(a.Commits) == 0 && len(a.Paths) == 0 && len(a.Regexes) == 0 && len(a.StopWords) == 0 {
		return errors.New("must contain at least one of commits, paths, regexes or stopwords")
	}
	if compile {
		for _, pat := range append(append([]string(nil), a.Regexes...), a.Paths...) {
			if _, err := regexp.Compile(pat); err != nil {
				return err
			}
		}
	}
	return nil
}

// allowLine finds the line of an allowlist's regexes (or paths, stopwords)
// key, within the n-th [[rules]] table when header is "[[rules".
func allowLine(data []byte, header string, n int, a allowSpec) int {
	h := ""
	if header != "" {
		h = "[[rules]]"
	}
	for _, k := range []string{"regexes", "paths", "condition", "regexTarget", "stopwords"} {
		if l := keyLine(data, h, n, k); l > 0 {
			return l
		}
	}
	return keyLine(data, h, n, "")
}

// keyLine finds the 1-based line of key inside the n-th table headed by
// header ("" means the whole file); key "" asks for the header itself. The
// strict decoder has checked the file, so a plain scan is enough here.
func keyLine(data []byte, header string, n int, key string) int {
	lines := strings.Split(string(data), "\n")
	table := strings.Trim(header, "[]")
	start, seen := 0, -1
	if header != "" {
		start = -1
		for i, l := range lines {
			if strings.TrimSpace(l) == header {
				seen++
				if seen == n {
					start = i
					break
				}
			}
		}
		if start < 0 {
			return 0
		}
		if key == "" {
			return start + 1
		}
	}
	for i := start; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		// Sub-tables ([[rules.allowlists]]) belong to the table above them.
		if i > start && header != "" && strings.HasPrefix(l, "[") && !strings.HasPrefix(strings.TrimLeft(l, "["), table+".") {
			break
		}
		if k, _, ok := strings.Cut(l, "="); ok && strings.TrimSpace(k) == key {
			return i + 1
		}
	}
	return 0
}
