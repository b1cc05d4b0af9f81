// Package rules loads credlint's secret rules, written in gitleaks' TOML
// format, and matches values against them with gitleaks' own detector.
//
// The default file (default.toml, embedded) holds credlint's rules for the
// key formats of the API vendors it knows and extends gitleaks' default rule
// set. A user file replaces it; `[extend] useDefault = true` in a user file
// layers it over credlint's default (and so over gitleaks'), and
// `[extend] path = "other.toml"` over another file.
//
// Compiling the rules costs ~25 ms and ~30 MB, so nothing here runs at
// start-up: [Active] loads the rules on first use, once per process.
package rules

import (
	"bytes"
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/rs/zerolog"
	"github.com/spf13/viper"
	"github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/detect"
	"github.com/zricethezav/gitleaks/v8/logging"
)

//go:embed default.toml
var defaultFile []byte

// DefaultName is how the embedded default file is named in messages.
const DefaultName = "credlint:default.toml"

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

// A Set is a compiled rule file.
type Set struct {
	Name     string // file the set was loaded from
	detector *detect.Detector
	rules    map[string]*Rule
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

// Match runs every rule over line, a synthetic `context = "value"` line, and
// returns the matches best first: credlint's and the user's own rules, then
// gitleaks' vendor rules, then its generic rule. Safe for concurrent use.
func (s *Set) Match(line string) []Match {
	findings := s.detector.DetectString(line)
	if len(findings) == 0 {
		return nil
	}
	out := make([]Match, 0, len(findings))
	for _, f := range findings {
		r, ok := s.rules[f.RuleID]
		if !ok {
			continue
		}
		out = append(out, Match{Rule: r, Secret: f.Secret})
	}
	slices.SortStableFunc(out, func(a, b Match) int { return a.Rule.rank - b.Rule.rank })
	return out
}

// Load compiles the rule file at path, or the embedded default when path is
// "". Errors are *Error values naming the file and, where there is one, the
// line.
func Load(path string) (*Set, error) {
	name, data := DefaultName, defaultFile
	if path != "" {
		var err error
		if data, err = os.ReadFile(path); err != nil {
			return nil, &Error{File: path, Msg: strings.TrimPrefix(err.Error(), "open "+path+": ")}
		}
		name = path
	}
	quietGitleaks()
	cfg, err := loadConfig(name, data, 0)
	if err != nil {
		return nil, err
	}
	set := &Set{Name: name, rules: make(map[string]*Rule, len(cfg.Rules))}
	for i, id := range cfg.OrderedRules {
		r, ok := cfg.Rules[id]
		if !ok {
			continue
		}
		set.rules[id] = newRule(r, i)
	}
	set.detector = detect.NewDetector(cfg)
	return set, nil
}

func newRule(r config.Rule, order int) *Rule {
	has := func(tag string) bool { return slices.Contains(r.Tags, tag) }
	rule := &Rule{ID: r.RuleID, Description: r.Description, Tags: r.Tags, Severity: High, InTests: true, rank: order}
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

const maxExtendDepth = 4

// loadConfig translates one file with gitleaks and layers it over what it
// extends. gitleaks' own extend mechanism keeps a package-level depth counter
// that is never reset and reads through the global viper, so a process that
// loads more than one file would silently lose rules; credlint therefore
// translates each file on its own and merges them here, with gitleaks'
// merge semantics.
func loadConfig(name string, data []byte, depth int) (config.Config, error) {
	f, err := validate(name, data)
	if err != nil {
		return config.Config{}, err
	}
	v := viper.New()
	v.SetConfigType("toml")
	if err := v.ReadConfig(bytes.NewReader(data)); err != nil {
		return config.Config{}, &Error{File: name, Msg: err.Error()}
	}
	var vc config.ViperConfig
	if err := v.Unmarshal(&vc); err != nil {
		return config.Config{}, &Error{File: name, Msg: err.Error()}
	}
	ext := vc.Extend
	vc.Extend = config.Extend{}
	overrides := splitOverrides(&vc)
	cfg, err := translate(&vc)
	if err != nil {
		return config.Config{}, &Error{File: name, Msg: err.Error()}
	}
	if !ext.UseDefault && ext.Path == "" {
		return cfg, nil
	}
	if ext.UseDefault && ext.Path != "" {
		return config.Config{}, &Error{File: name, Line: keyLine(data, "[extend]", 0, "path"), Msg: "[extend] sets both useDefault and path"}
	}
	if depth >= maxExtendDepth {
		return config.Config{}, &Error{File: name, Line: keyLine(data, "[extend]", 0, ""), Msg: "[extend] chain is too deep"}
	}
	var base config.Config
	switch {
	case ext.UseDefault && name == DefaultName:
		base, err = gitleaksDefault()
	case ext.UseDefault:
		base, err = loadConfig(DefaultName, defaultFile, depth+1)
	default:
		p := ext.Path
		if !filepath.IsAbs(p) && name != DefaultName {
			p = filepath.Join(filepath.Dir(name), p)
		}
		var b []byte
		if b, err = os.ReadFile(p); err != nil {
			return config.Config{}, &Error{File: name, Line: keyLine(data, "[extend]", 0, "path"), Msg: "[extend] path: " + err.Error()}
		}
		base, err = loadConfig(p, b, depth+1)
	}
	if err != nil {
		return config.Config{}, err
	}
	for _, id := range f.Extend.DisabledRules {
		if _, ok := base.Rules[id]; !ok {
			return config.Config{}, &Error{File: name, Line: keyLine(data, "[extend]", 0, "disabledRules"), Msg: fmt.Sprintf("disabledRules: no rule %q to disable", id)}
		}
	}
	for _, o := range overrides {
		r, ok := base.Rules[o.ID]
		if !ok {
			return config.Config{}, &Error{File: name, Line: ruleLine(data, f, o.ID), Msg: fmt.Sprintf("rule %q has no regex or path and overrides no extended rule", o.ID)}
		}
		if o.Description != "" {
			r.Description = o.Description
		}
		if o.Entropy != 0 {
			r.Entropy = o.Entropy
		}
		r.Tags = append(slices.Clone(r.Tags), o.Tags...)
		r.Keywords = append(slices.Clone(r.Keywords), o.Keywords...)
		base.Rules[o.ID] = r
	}
	return merge(cfg, base, ext.DisabledRules), nil
}

// An override is a rule without regex or path in a file that extends
// another: it changes the extended rule of that id (tags, description,
// entropy, keywords), e.g. to tag one of gitleaks' rules "fixture".
type override struct {
	ID, Description string
	Entropy         float64
	Tags, Keywords  []string
}

// splitOverrides takes the overrides out of vc, which gitleaks would reject
// as rules that match nothing.
func splitOverrides(vc *config.ViperConfig) []override {
	var out []override
	rules := vc.Rules[:0]
	for _, r := range vc.Rules {
		if r.Regex == "" && r.Path == "" {
			out = append(out, override{r.ID, r.Description, r.Entropy, r.Tags, r.Keywords})
			continue
		}
		rules = append(rules, r)
	}
	vc.Rules = rules
	return out
}

func ruleLine(data []byte, f *file, id string) int {
	for i, r := range f.Rules {
		if r.ID == id {
			return keyLine(data, "[[rules]]", i, "id")
		}
	}
	return 0
}

// translate runs gitleaks' Translate, which compiles regexes with
// MustCompile: validate has compiled them already, but a panic must never
// reach the user as a crash.
func translate(vc *config.ViperConfig) (cfg config.Config, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gitleaks could not load the rules: %v", r)
		}
	}()
	return vc.Translate()
}

// merge layers top over base as gitleaks' Config.extend does: rules of top
// come first; a rule in both keeps base's fields where top leaves them empty.
func merge(top, base config.Config, disabled []string) config.Config {
	out := config.Config{
		Title:       top.Title,
		Description: top.Description,
		Path:        top.Path,
		Rules:       make(map[string]config.Rule, len(top.Rules)+len(base.Rules)),
		Keywords:    make(map[string]struct{}),
		Allowlists:  append(slices.Clone(top.Allowlists), base.Allowlists...),
	}
	add := func(r config.Rule) {
		out.Rules[r.RuleID] = r
		for _, k := range r.Keywords {
			out.Keywords[strings.ToLower(k)] = struct{}{}
		}
	}
	for _, id := range top.OrderedRules {
		r := top.Rules[id]
		if b, ok := base.Rules[id]; ok && !slices.Contains(disabled, id) {
			r = overlay(b, r)
		}
		add(r)
		out.OrderedRules = append(out.OrderedRules, id)
	}
	for _, id := range base.OrderedRules {
		if _, done := out.Rules[id]; done || slices.Contains(disabled, id) {
			continue
		}
		add(base.Rules[id])
		out.OrderedRules = append(out.OrderedRules, id)
	}
	return out
}

func overlay(base, top config.Rule) config.Rule {
	if top.Description != "" {
		base.Description = top.Description
	}
	if top.Entropy != 0 {
		base.Entropy = top.Entropy
	}
	if top.SecretGroup != 0 {
		base.SecretGroup = top.SecretGroup
	}
	if top.Regex != nil {
		base.Regex = top.Regex
	}
	if top.Path != nil {
		base.Path = top.Path
	}
	base.Tags = append(slices.Clone(base.Tags), top.Tags...)
	base.Keywords = append(slices.Clone(base.Keywords), top.Keywords...)
	base.Allowlists = append(slices.Clone(base.Allowlists), top.Allowlists...)
	return base
}

var gitleaksDefault = sync.OnceValues(func() (config.Config, error) {
	v := viper.New()
	v.SetConfigType("toml")
	if err := v.ReadConfig(strings.NewReader(config.DefaultConfig)); err != nil {
		return config.Config{}, err
	}
	var vc config.ViperConfig
	if err := v.Unmarshal(&vc); err != nil {
		return config.Config{}, err
	}
	return translate(&vc)
})

// quietGitleaks stops gitleaks' package logger from writing to stderr: its
// warnings are about its own CLI, and vet tools must print only findings.
var quietGitleaks = sync.OnceFunc(func() { logging.Logger = zerolog.Nop() })

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

// Active returns the rule set chosen with SetPath, compiling it on first
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
