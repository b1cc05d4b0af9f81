package rules

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rs/zerolog"
	gitleaks "github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/detect"
	"github.com/zricethezav/gitleaks/v8/logging"
)

// gitleaksConfig builds, from a loaded set, the config gitleaks' own
// detector would run: the same rules and allowlists, compiled the way
// gitleaks' Translate compiles them.
func gitleaksConfig(t testing.TB, s *Set) gitleaks.Config {
	t.Helper()
	cfg := gitleaks.Config{Rules: map[string]gitleaks.Rule{}, Keywords: map[string]struct{}{}}
	allow := func(a allowSpec) *gitleaks.Allowlist {
		c := &gitleaks.Allowlist{Description: a.Description, Commits: a.Commits, RegexTarget: a.RegexTarget, StopWords: slices.Clone(a.StopWords)}
		if c.RegexTarget == "secret" {
			c.RegexTarget = ""
		}
		if u := strings.ToUpper(a.Condition); u == "AND" || u == "&&" {
			c.MatchCondition = gitleaks.AllowlistMatchAnd
		}
		for _, p := range a.Regexes {
			c.Regexes = append(c.Regexes, regexp.MustCompile(p))
		}
		for _, p := range a.Paths {
			c.Paths = append(c.Paths, regexp.MustCompile(p))
		}
		if err := c.Validate(); err != nil {
			t.Fatal(err)
		}
		return c
	}
	for _, r := range s.eng.rules {
		sp := r.spec
		cr := gitleaks.Rule{RuleID: sp.ID, Description: sp.Description, Entropy: sp.Entropy, SecretGroup: sp.SecretGroup,
			Tags: sp.Tags, Keywords: sp.Keywords, SkipReport: sp.SkipReport}
		if sp.Regex != "" {
			cr.Regex = regexp.MustCompile(sp.Regex)
		}
		if sp.Path != "" {
			cr.Path = regexp.MustCompile(sp.Path)
		}
		for _, a := range sp.Allowlists {
			cr.Allowlists = append(cr.Allowlists, allow(a))
		}
		for _, q := range sp.Required {
			cr.RequiredRules = append(cr.RequiredRules, &gitleaks.Required{RuleID: q.ID, WithinLines: q.WithinLines, WithinColumns: q.WithinColumns})
		}
		if err := cr.Validate(); err != nil {
			t.Fatal(err)
		}
		cfg.Rules[sp.ID] = cr
		cfg.OrderedRules = append(cfg.OrderedRules, sp.ID)
		for _, k := range sp.Keywords {
			cfg.Keywords[k] = struct{}{}
		}
	}
	for _, a := range s.eng.global {
		if len(a.TargetRules) == 0 {
			cfg.Allowlists = append(cfg.Allowlists, allow(a))
		}
	}
	return cfg
}

// key is a finding as both sides report it.
type key struct{ rule, secret string }

func detected(d *detect.Detector, s string) []key {
	var out []key
	for _, f := range d.DetectString(s) {
		out = append(out, key{f.RuleID, f.Secret})
	}
	return sorted(out)
}

func ours(s *Set, line string) []key {
	var out []key
	for _, f := range s.eng.match(line) {
		out = append(out, key{f.rule.spec.ID, f.secret})
	}
	return sorted(out)
}

func sorted(k []key) []key {
	slices.SortFunc(k, func(a, b key) int {
		if c := strings.Compare(a.rule, b.rule); c != 0 {
			return c
		}
		return strings.Compare(a.secret, b.secret)
	})
	return k
}

// TestParity holds the engine to gitleaks' detector: on every fragment of
// the corpus (the repository's Go string literals, gitleaks' own test data,
// and strings generated from every rule's regex, alone, in credential
// context and inside long text) both report the same (rule, secret) pairs.
func TestParity(t *testing.T) {
	logging.Logger = zerolog.Nop()
	set, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	d := detect.NewDetector(gitleaksConfig(t, set))
	corpus := parityCorpus(t, set)
	if len(corpus) < 2000 {
		t.Fatalf("corpus has only %d fragments", len(corpus))
	}
	found, bad := 0, 0
	for _, frag := range corpus {
		want, got := detected(d, frag), ours(set, frag)
		found += len(want)
		if !slices.Equal(want, got) {
			bad++
			if bad <= 10 {
				t.Errorf("fragment %.200q:\n gitleaks %v\n credlint %v", frag, want, got)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d fragments differ", bad, len(corpus))
	}
	// The corpus must exercise the rules, or parity says nothing.
	if found < len(corpus)/4 {
		t.Errorf("only %d findings on %d fragments", found, len(corpus))
	}
	t.Logf("%d fragments, %d findings", len(corpus), found)
}

func parityCorpus(t *testing.T, set *Set) []string {
	var corpus []string
	// The repository's string literals, bound to a credential name.
	root := filepath.Join("..")
	filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() && (e.Name() == ".git" || e.Name() == ".exp") {
			return filepath.SkipDir
		}
		if !strings.HasSuffix(p, ".go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), p, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if v, err := strconv.Unquote(lit.Value); err == nil && len(v) >= 8 {
					corpus = append(corpus, v, `apiKey = "`+v+`"`)
				}
			}
			return true
		})
		return nil
	})
	// gitleaks' own test data: whole files (multi-line fragments) and lines.
	if dir := gitleaksDir(t); dir != "" {
		filepath.WalkDir(filepath.Join(dir, "testdata"), func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil || len(b) > 64<<10 || !utf8.Valid(b) {
				return nil
			}
			corpus = append(corpus, string(b))
			for _, l := range strings.Split(string(b), "\n") {
				if len(l) >= 8 {
					corpus = append(corpus, l)
				}
			}
			return nil
		})
	}
	// Strings generated from each rule's regex, in context and in long text.
	rng := rand.New(rand.NewPCG(1, 2))
	var filler strings.Builder
	for filler.Len() < 3000 {
		filler.WriteString(randomWord(rng))
		filler.WriteByte(" \n\t,;="[rng.IntN(6)])
	}
	for _, r := range set.eng.rules {
		if r.spec.Regex == "" {
			continue
		}
		re, err := syntax.Parse(r.spec.Regex, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		for i := range 8 {
			v := generate(rng, re)
			corpus = append(corpus, v, `secret = "`+v+`"`, "token: "+v+"\n", `x := "`+v+`" // gitleaks:allow`)
			if i < 2 {
				at := rng.IntN(filler.Len())
				corpus = append(corpus, filler.String()[:at]+" "+v+" "+filler.String()[at:])
			}
		}
	}
	return corpus
}

func gitleaksDir(t *testing.T) string {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/zricethezav/gitleaks/v8").Output()
	if err != nil {
		t.Logf("gitleaks test data not found: %v", err)
		return ""
	}
	return strings.TrimSpace(string(out))
}

func randomWord(rng *rand.Rand) string {
	words := []string{"the", "api", "key", "token", "secret", "Password", "auth", "client", "id", "jira", "sumo",
		"access", "value", "config", "x-api-key", "bearer", "github", "aws", "slack", "AKIA", "=", ":", "\"", "'"}
	if rng.IntN(3) == 0 {
		return words[rng.IntN(len(words))]
	}
	b := make([]byte, 3+rng.IntN(12))
	for i := range b {
		b[i] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"[rng.IntN(64)]
	}
	return string(b)
}

// generate returns a random string re matches (mostly: assertions are
// ignored), with unbounded repeats cut short.
func generate(rng *rand.Rand, re *syntax.Regexp) string {
	var b strings.Builder
	var gen func(re *syntax.Regexp)
	gen = func(re *syntax.Regexp) {
		switch re.Op {
		case syntax.OpLiteral:
			for _, c := range re.Rune {
				if re.Flags&syntax.FoldCase != 0 && rng.IntN(2) == 0 {
					c = []rune(strings.ToUpper(string(c)))[0]
				}
				b.WriteRune(c)
			}
		case syntax.OpCharClass:
			if len(re.Rune) == 0 {
				return
			}
			i := rng.IntN(len(re.Rune)/2) * 2
			lo, hi := re.Rune[i], min(re.Rune[i+1], re.Rune[i]+200)
			b.WriteRune(lo + rune(rng.IntN(int(hi-lo)+1)))
		case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
			b.WriteByte("abcXYZ019_-"[rng.IntN(11)])
		case syntax.OpCapture:
			gen(re.Sub[0])
		case syntax.OpConcat:
			for _, s := range re.Sub {
				gen(s)
			}
		case syntax.OpAlternate:
			gen(re.Sub[rng.IntN(len(re.Sub))])
		case syntax.OpQuest:
			if rng.IntN(2) == 0 {
				gen(re.Sub[0])
			}
		case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
			lo, hi := 0, 40
			switch re.Op {
			case syntax.OpPlus:
				lo = 1
			case syntax.OpRepeat:
				lo, hi = re.Min, re.Max
				if hi < 0 {
					hi = lo + 40
				}
			}
			for range lo + rng.IntN(hi-lo+1) {
				gen(re.Sub[0])
			}
		}
	}
	gen(re)
	return b.String()
}

// TestParityUserRules checks the parts the default set leaves unexercised:
// AND allowlists, regexTarget, stopwords, secretGroup, required rules,
// skipReport and path rules.
func TestParityUserRules(t *testing.T) {
	logging.Logger = zerolog.Nop()
	p := write(t, "user.toml", `
[[rules]]
id = "acme-key"
regex = '''(?i)acme[_-]?key\s*=\s*"?(ak_[a-z0-9]{12})(x?)'''
secretGroup = 1
keywords = ["acme"]
[[rules.allowlists]]
condition = "AND"
regexTarget = "line"
regexes = ['''EXAMPLE''']
stopwords = ["dead"]
[[rules.allowlists]]
regexTarget = "match"
regexes = ['''(?i)acme_key\s*=\s*"ak_0{12}''']

[[rules]]
id = "acme-secret"
regex = '''acme_secret\s*=\s*"([a-z0-9]{16})"'''
keywords = ["acme_secret"]
entropy = 3
[[rules.required]]
id = "acme-id"
withinLines = 1

[[rules]]
id = "acme-id"
regex = '''acme_id\s*=\s*"([0-9]{6})"'''
keywords = ["acme_id"]
skipReport = true

[[rules]]
id = "php-only"
regex = '''php_[a-z]{8}'''
path = '''\.php$'''

[[rules]]
id = "generic-acme"
regex = '''(?i)(?:api|acme)[a-z_]{0,20}\s*=\s*"([a-z0-9_]{10,})"'''
keywords = ["api", "acme"]

[[allowlists]]
stopwords = ["deadbeef"]
`)
	set, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	d := detect.NewDetector(gitleaksConfig(t, set))
	for _, frag := range []string{
		`acme_key = "ak_1234567890ab"`,
		`ACME-KEY = ak_1234567890abx`,
		`acme_key = "ak_000000000000"`,
		`acme_key = "ak_deadbe123456" EXAMPLE`,
		`acme_key = "ak_deadbe123456"`,
		`acme_key = "ak_1234567890ab" EXAMPLE`,
		"acme_secret = \"a1b2c3d4e5f6g7h8\"\nacme_id = \"123456\"",
		"acme_secret = \"a1b2c3d4e5f6g7h8\"\n\n\nacme_id = \"123456\"",
		`acme_secret = "a1b2c3d4e5f6g7h8"`,
		`acme_secret = "aaaaaaaaaaaaaaaa"` + "\n" + `acme_id = "123456"`,
		`acme_id = "123456"`,
		`php_abcdefgh`,
		`api_key = "ak_1234567890ab"`,
		`acme_key = "ak_deadbeef1234"`,
		`apiToken = "0123456789abcdef"`,
	} {
		want, got := detected(d, frag), ours(set, frag)
		if !slices.Equal(want, got) {
			t.Errorf("%q:\n gitleaks %v\n credlint %v", frag, want, got)
		}
	}
}

// TestParityNonASCIIKeywords holds rules with non-ASCII keywords to
// gitleaks, which finds keywords in strings.ToLower of the fragment: upper
// case text must select and match them too, whether the rule reads as a
// lazy prefix or is searched by windows, in short and long fragments.
func TestParityNonASCIIKeywords(t *testing.T) {
	logging.Logger = zerolog.Nop()
	p := write(t, "user.toml", `
[[rules]]
id = "cle"
regex = '''(?i)clé\s*=\s*(\w{8,})'''
keywords = ["clé"]

[[rules]]
id = "schluessel-lazy"
regex = '''(?i)[\w.-]{0,10}?(?:schlüssel)\s*=\s*(\w{8,})'''
keywords = ["schlüssel"]

[[rules]]
id = "mixed"
regex = '''(?i)(?:jeton|clave|ключ)[_-]?api\s*:\s*(\w{8,})'''
keywords = ["jeton", "clave", "ключ"]
`)
	set, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	d := detect.NewDetector(gitleaksConfig(t, set))
	pad := strings.Repeat("lorem ipsum ", windowMin/8)
	found := 0
	for _, frag := range []string{
		`CLÉ = abcdefgh1234`, `clé = abcdefgh1234`, `Clé=abcdefgh1234`,
		`API_SCHLÜSSEL = abcdefgh1234`, `api_schlüssel = abcdefgh1234`, `SCHLÜSSEL=abcdefgh1234`,
		`КЛЮЧ_API: abcdefgh1234`, `ключ-api: abcdefgh1234`, `JETON_API: abcdefgh1234`,
		`clé = abcdefgh1234 CLÉ = ijklmnop5678`,
	} {
		for _, f := range []string{frag, pad + frag + "\n" + pad} {
			want, got := detected(d, f), ours(set, f)
			found += len(want)
			if !slices.Equal(want, got) {
				t.Errorf("%.40q (%d bytes):\n gitleaks %v\n credlint %v", frag, len(f), want, got)
			}
		}
	}
	if found < 20 {
		t.Errorf("gitleaks found only %d secrets: the comparison says little", found)
	}
}

// TestSubmatchesFromSearch: where detectRule takes a match's groups from
// the search (pattern.sameAlone holds), they are what gitleaks' second run on
// the match alone returns, on every fragment of the parity corpus and for
// every rule with groups; and both ways are exercised.
func TestSubmatchesFromSearch(t *testing.T) {
	set, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	e := set.eng
	e.prepare()
	fromSearch, rerun := 0, 0
	for _, raw := range parityCorpus(t, set) {
		// The rules a match runs: those of the keywords found, and those
		// without keywords.
		run := slices.Clone(e.noKw)
		e.trie.each(strings.ToLower(raw), func(_ int, w int32) bool {
			run = append(run, e.kwRules[w]...)
			return true
		})
		slices.SortFunc(run, func(a, b *crule) int { return a.index - b.index })
		for _, r := range slices.Compact(run) {
			if r.compile(e); r.re == nil || r.re.nsub == 0 {
				continue
			}
			f := &frag{eng: e, raw: raw, scanned: isASCII(raw)}
			if f.scanned {
				e.trie.eachFold(raw, func(pos int, w int32) bool {
					f.hits = append(f.hits, hit{pos, w})
					return true
				})
			}
			ncap := r.re.prog.NumCap
			for _, m := range r.findAllSub(f, ncap) {
				secret := raw[m[0]:m[1]]
				if len(m) != ncap || strings.Trim(secret, "\n") != secret {
					rerun++
					continue
				}
				fromSearch++
				if got, want := submatches(raw, m), r.re.FindStringSubmatch(secret); !slices.Equal(got, want) {
					t.Errorf("rule %s on %.120q: groups %q from the search, %q alone", r.spec.ID, raw, got, want)
				}
			}
		}
	}
	if fromSearch < 1000 || rerun == 0 {
		t.Errorf("groups from the search %d times, run again %d times: the corpus does not exercise both", fromSearch, rerun)
	}
	t.Logf("groups from the search %d times, run again %d times", fromSearch, rerun)
}
