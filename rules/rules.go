// Package rules loads credlint's secret rules, written in gitleaks' TOML
// format, and matches values against them with gitleaks' semantics.
//
// The default file (default.toml, embedded) holds credlint's rules for the
// key formats of the API vendors it knows and extends gitleaks' default rule
// set. A user file replaces it; `[extend] useDefault = true` in a user file
// layers it over credlint's default (and so over gitleaks'), and
// `[extend] path = "other.toml"` over another file.
//
// go vet starts one process per package, so nothing here runs at start-up
// and little runs at all: [Active] decodes the rule files on first use, and
// a rule's regular expressions are compiled on the first value that holds
// one of its keywords. A package with one candidate literal pays for the
// few rules that literal can need, not for all of them.
package rules

import (
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"
)

//go:embed default.toml
var defaultFile []byte

// DefaultName is how the embedded default file is named in messages.
const DefaultName = "credlint:default.toml"

// gitleaksName names gitleaks' default file in messages.
const gitleaksName = "gitleaks:config/gitleaks.toml"

// Severity orders findings: a live key is worse than a sandbox key.
type Severity int

const (
	Low Severity = iota
	Medium
	High
)

func (s Severity) String() string {
	return [...]string{"low", "medium", "high"}[s]
}

// A Rule is what credlint needs to know of a gitleaks rule.
type Rule struct {
	ID          string
	Description string
	Tags        []string
	Severity    Severity
	// InTests reports whether the rule's findings count in _test.go files.
	// A vendor-format live key in a test is a leak; a generic high-entropy
	// value or a sandbox key there is a fixture.
	InTests bool
	rank    int // lower is reported first
}

// A Match is one rule matching one value.
type Match struct {
	Rule   *Rule
	Secret string // the part of the value the rule calls the secret
}

// A Set is a loaded rule file. Its rules compile on first need.
type Set struct {
	Name  string // file the set was loaded from
	rules map[string]*Rule
	eng   *engine
}

// Rule returns the rule of this id, or nil.
func (s *Set) Rule(id string) *Rule { return s.rules[id] }

// Rules lists the set's rules in report order.
func (s *Set) Rules() []*Rule {
	out := make([]*Rule, 0, len(s.rules))
	for _, r := range s.rules {
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b *Rule) int {
		if a.rank != b.rank {
			return a.rank - b.rank
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
}

// Match runs the rules over line, a synthetic `context = "value"` line, and
// returns the matches best first: credlint's and the user's own rules, then
// gitleaks' vendor rules, then its generic rule. It finds what gitleaks'
// detector finds on the same line (the parity test holds it to that), in
// time linear in the line for the rules anchored on a keyword. Safe for
// concurrent use.
func (s *Set) Match(line string) []Match {
	fs := s.eng.match(line)
	if len(fs) == 0 {
		return nil
	}
	out := make([]Match, 0, len(fs))
	for _, f := range fs {
		out = append(out, Match{Rule: s.rules[f.rule.spec.ID], Secret: f.secret})
	}
	slices.SortStableFunc(out, func(a, b Match) int { return a.Rule.rank - b.Rule.rank })
	return out
}

// Load reads the rule file at path, or the embedded default when path is
// "", with what it extends. Errors are *Error values naming the file and,
// where there is one, the line. Regular expressions of the user's files are
// compiled here to check them; all are compiled again, lazily, to match.
func Load(path string) (*Set, error) {
	name, data := DefaultName, defaultFile
	if path != "" {
		var err error
		if data, err = os.ReadFile(path); err != nil {
			return nil, &Error{File: path, Msg: strings.TrimPrefix(err.Error(), "open "+path+": ")}
		}
		name = path
	}
	start := time.Now()
	cfg, err := loadConfig(name, data, nil)
	if err != nil {
		return nil, err
	}
	if len(cfg.rules) == 0 {
		return nil, &Error{File: name, Msg: "no rules left to match (all disabled?)"}
	}
	set := &Set{Name: name, rules: make(map[string]*Rule, len(cfg.rules))}
	for i, sp := range cfg.rules {
		set.rules[sp.ID] = newRule(sp, i)
	}
	set.eng = newEngine(cfg)
	logLoad(len(cfg.rules), time.Since(start))
	return set, nil
}

func newRule(r *spec, order int) *Rule {
	has := func(tag string) bool { return slices.Contains(r.Tags, tag) }
	rule := &Rule{ID: r.ID, Description: r.Description, Tags: r.Tags, Severity: High, InTests: true, rank: order}
	switch {
	case has("test-key"):
		rule.Severity, rule.InTests = Low, false
	case has("context"):
		rule.Severity, rule.InTests = Medium, false
		rule.rank += 1 << 20 // specific formats first
	case has("fixture"):
		rule.InTests = false
	}
	return rule
}

// config is a rule file with what it extends merged in, uncompiled.
type config struct {
	rules      []*spec // in report order
	allowlists []allowSpec
}

const maxExtendDepth = 4

// loadConfig decodes one file and layers it over what it extends, with
// gitleaks' merge semantics. gitleaks' own extend mechanism keeps a
// package-level depth counter that is never reset and reads through the
// global viper, so a process that loads more than one file would silently
// lose rules; credlint merges itself. chain lists the files that extend
// this one, to report cycles.
func loadConfig(name string, data []byte, chain []string) (config, error) {
	f, err := decode(name, data)
	if err != nil {
		return config{}, err
	}
	trusted := name == DefaultName || name == gitleaksName
	if err := check(name, data, f, !trusted); err != nil {
		return config{}, err
	}
	var top config
	var overrides []spec
	extends := f.Extend.UseDefault || f.Extend.Path != ""
	for i := range f.Rules {
		r := f.Rules[i]
		r.Keywords = lower(r.Keywords)
		if r.Tags == nil {
			r.Tags = []string{}
		}
		r.Allowlists, r.AllowList = r.allowlists(), nil
		if extends && r.Regex == "" && r.Path == "" {
			overrides = append(overrides, r)
			continue
		}
		top.rules = append(top.rules, &r)
	}
	top.allowlists = f.allowlists()
	if !extends {
		return top, attachTargeted(name, data, top)
	}
	if len(chain) >= maxExtendDepth {
		return config{}, &Error{name, keyLine(data, "[extend]", 0, ""), "[extend] chain is too deep"}
	}
	var base config
	switch {
	case f.Extend.UseDefault && name == DefaultName:
		base, err = loadConfig(gitleaksName, []byte(gitleaksDefault()), append(chain, name))
	case f.Extend.UseDefault:
		base, err = loadConfig(DefaultName, defaultFile, append(chain, name))
	default:
		p := f.Extend.Path
		if !filepath.IsAbs(p) && name != DefaultName {
			p = filepath.Join(filepath.Dir(name), p)
		}
		at := keyLine(data, "[extend]", 0, "path")
		if slices.ContainsFunc(append(chain, name), func(c string) bool { return samePath(c, p) }) {
			return config{}, &Error{name, at, fmt.Sprintf("[extend] path %q: cycle: %s", f.Extend.Path, strings.Join(append(append(slices.Clone(chain), name), p), " extends "))}
		}
		var b []byte
		if b, err = os.ReadFile(p); err != nil {
			return config{}, &Error{name, at, "[extend] path: " + err.Error()}
		}
		base, err = loadConfig(p, b, append(chain, name))
	}
	if err != nil {
		return config{}, err
	}
	byID := make(map[string]*spec, len(base.rules))
	for _, r := range base.rules {
		byID[r.ID] = r
	}
	disabled := f.Extend.DisabledRules
	for _, id := range disabled {
		if byID[id] == nil {
			return config{}, &Error{name, keyLine(data, "[extend]", 0, "disabledRules"), fmt.Sprintf("disabledRules: no rule %q to disable", id)}
		}
	}
	for _, o := range overrides {
		r := byID[o.ID]
		if r == nil {
			return config{}, &Error{name, ruleLine(data, f, o.ID), fmt.Sprintf("rule %q has no regex or path and overrides no extended rule", o.ID)}
		}
		c := *r
		if o.Description != "" {
			c.Description = o.Description
		}
		if o.Entropy != 0 {
			c.Entropy = o.Entropy
		}
		c.Tags = append(slices.Clone(c.Tags), o.Tags...)
		c.Keywords = append(slices.Clone(c.Keywords), o.Keywords...)
		c.Allowlists = append(slices.Clone(c.Allowlists), o.Allowlists...)
		byID[o.ID] = &c
	}
	out := config{allowlists: append(slices.Clone(top.allowlists), base.allowlists...)}
	done := map[string]bool{}
	for _, r := range top.rules {
		if b := byID[r.ID]; b != nil && !slices.Contains(disabled, r.ID) {
			r = overlay(b, r)
		}
		out.rules = append(out.rules, r)
		done[r.ID] = true
	}
	for _, r := range base.rules {
		if done[r.ID] || slices.Contains(disabled, r.ID) {
			continue
		}
		out.rules = append(out.rules, byID[r.ID])
	}
	return out, attachTargeted(name, data, out)
}

// attachTargeted moves the global allowlists that name target rules into
// those rules, as gitleaks does once a file and its base are merged.
func attachTargeted(name string, data []byte, c config) error {
	if !slices.ContainsFunc(c.allowlists, func(a allowSpec) bool { return len(a.TargetRules) > 0 }) {
		return nil
	}
	byID := map[string]*spec{}
	for _, r := range c.rules {
		byID[r.ID] = r
	}
	for _, a := range c.allowlists {
		for _, id := range a.TargetRules {
			r := byID[id]
			if r == nil {
				return &Error{name, keyLine(data, "", 0, "targetRules"), fmt.Sprintf("allowlist targetRules: no rule %q", id)}
			}
			r.Allowlists = append(slices.Clone(r.Allowlists), a)
		}
	}
	return nil
}

func samePath(a, b string) bool {
	if a == b {
		return true
	}
	sa, ea := os.Stat(a)
	sb, eb := os.Stat(b)
	return ea == nil && eb == nil && os.SameFile(sa, sb)
}

func lower(ks []string) []string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = strings.ToLower(k)
	}
	return out
}

// overlay layers top over base as gitleaks' Config.extend does: top's
// fields win where set; tags, keywords and allowlists add up.
func overlay(base, top *spec) *spec {
	c := *base
	if top.Description != "" {
		c.Description = top.Description
	}
	if top.Entropy != 0 {
		c.Entropy = top.Entropy
	}
	if top.SecretGroup != 0 {
		c.SecretGroup = top.SecretGroup
	}
	if top.Regex != "" {
		c.Regex = top.Regex
	}
	if top.Path != "" {
		c.Path = top.Path
	}
	c.Tags = append(slices.Clone(base.Tags), top.Tags...)
	c.Keywords = append(slices.Clone(base.Keywords), top.Keywords...)
	c.Allowlists = append(slices.Clone(base.Allowlists), top.Allowlists...)
	c.Required = append(slices.Clone(base.Required), top.Required...)
	c.SkipReport = base.SkipReport || top.SkipReport
	return &c
}

func ruleLine(data []byte, f *file, id string) int {
	for i, r := range f.Rules {
		if r.ID == id {
			return keyLine(data, "[[rules]]", i, "id")
		}
	}
	return 0
}

var active struct {
	mu     sync.Mutex
	path   string
	loaded map[string]*loaded
}

type loaded struct {
	set *Set
	err error
}

// SetPath chooses the rule file [Active] returns ("" for the default).
func SetPath(path string) error {
	active.mu.Lock()
	defer active.mu.Unlock()
	active.path = path
	return nil
}

// Path is the rule file chosen with SetPath.
func Path() string {
	active.mu.Lock()
	defer active.mu.Unlock()
	return active.path
}

// Active returns the rule set chosen with SetPath, loading it on first
// use: once per file per process.
func Active() (*Set, error) {
	active.mu.Lock()
	defer active.mu.Unlock()
	l, ok := active.loaded[active.path]
	if !ok {
		l = new(loaded)
		l.set, l.err = Load(active.path)
		if active.loaded == nil {
			active.loaded = make(map[string]*loaded)
		}
		active.loaded[active.path] = l
	}
	return l.set, l.err
}
