package rules

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/pelletier/go-toml/v2"
)

// file mirrors gitleaks' TOML schema (config.ViperConfig). It is decoded
// strictly first so that a typo or a syntax error is reported with its line
// before gitleaks' own loader, which reports neither, sees the file.
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
	Rules []struct {
		ID          string `toml:"id"`
		Description string
		Path        string
		Regex       string
		SecretGroup int `toml:"secretGroup"`
		Entropy     float64
		Keywords    []string
		Tags        []string
		AllowList   *allowlist `toml:"allowlist"`
		Allowlists  []allowlist
		Required    []struct {
			ID            string `toml:"id"`
			WithinLines   *int   `toml:"withinLines"`
			WithinColumns *int   `toml:"withinColumns"`
		}
		SkipReport bool `toml:"skipReport"`
	}
	AllowList  *allowlist `toml:"allowlist"`
	Allowlists []allowlist
}

type allowlist struct {
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

// validate decodes data strictly and checks what gitleaks would panic on or
// accept silently: unknown keys, bad regexes, rules without an id or pattern.
func validate(name string, data []byte) (*file, error) {
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
			return nil, &Error{name, line, "invalid TOML: " + derr.Error()}
		}
		return nil, &Error{name, 0, err.Error()}
	}
	if f.Extend.URL != "" {
		return nil, &Error{name, keyLine(data, "", 0, "url"), "[extend] url is not supported; use path"}
	}
	for i, r := range f.Rules {
		at := func(key string) int { return keyLine(data, "[[rules]]", i, key) }
		if r.ID == "" {
			return nil, &Error{name, keyLine(data, "[[rules]]", i, ""), "rule has no id"}
		}
		extends := f.Extend.UseDefault || f.Extend.Path != ""
		if r.Regex == "" && r.Path == "" && !extends {
			return nil, &Error{name, at("id"), fmt.Sprintf("rule %q has neither regex nor path", r.ID)}
		}
		for key, pat := range map[string]string{"regex": r.Regex, "path": r.Path} {
			if pat == "" {
				continue
			}
			re, err := regexp.Compile(pat)
			if err != nil {
				return nil, &Error{name, at(key), fmt.Sprintf("rule %q: bad %s: %v", r.ID, key, err)}
			}
			if key == "regex" && r.SecretGroup > re.NumSubexp() {
				return nil, &Error{name, at("secretGroup"), fmt.Sprintf("rule %q: secretGroup %d but regex has %d groups", r.ID, r.SecretGroup, re.NumSubexp())}
			}
		}
		if r.Entropy < 0 {
			return nil, &Error{name, at("entropy"), fmt.Sprintf("rule %q: negative entropy", r.ID)}
		}
		lists := r.Allowlists
		if r.AllowList != nil {
			lists = append(lists, *r.AllowList)
		}
		for _, a := range lists {
			if err := checkAllowlist(a); err != nil {
				return nil, &Error{name, at("regexes"), fmt.Sprintf("rule %q: allowlist: %v", r.ID, err)}
			}
		}
	}
	lists := f.Allowlists
	if f.AllowList != nil {
		lists = append(lists, *f.AllowList)
	}
	for _, a := range lists {
		if err := checkAllowlist(a); err != nil {
			return nil, &Error{name, keyLine(data, "", 0, "regexes"), "allowlist: " + err.Error()}
		}
	}
	return &f, nil
}

func checkAllowlist(a allowlist) error {
	for _, pat := range append(append([]string(nil), a.Regexes...), a.Paths...) {
		if _, err := regexp.Compile(pat); err != nil {
			return err
		}
	}
	return nil
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
