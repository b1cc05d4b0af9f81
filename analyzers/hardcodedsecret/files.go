package hardcodedsecret

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/credlint/credlint/internal/credential"
)

// ignoredFiles matches the literals of the package's files that the build
// excludes (another GOOS or GOARCH, a custom tag, //go:build ignore): they
// are committed and shipped in other builds, and syntax is enough to bind a
// literal to a name. An external test package (package p_test) lists the
// same files as p and leaves them to it. go vet checks a package with tests
// only as its test variant, so that variant scans them too; drivers that
// run both variants (credlint, golangci-lint) drop the duplicates.
func (c *checker) ignoredFiles(pass *analysis.Pass) {
	if len(pass.Files) > 0 && strings.HasSuffix(pass.Files[0].Name.Name, "_test") {
		return
	}
	var files []*ast.File
	for _, name := range pass.IgnoredFiles {
		if !strings.HasSuffix(name, ".go") {
			continue
		}
		src, err := readFile(pass, name)
		if err != nil {
			continue // gone or unreadable: the build does not need it either
		}
		if !worthParsing(src) {
			continue
		}
		if f := parseFile(pass.Fset, name, src); f != nil {
			files = append(files, f)
		}
	}
	c.scanSyntax(files)
}

// weakWords, in an identifier or a string, may make a literal of any shape
// a finding: a cheap test before weakOf, and the names of the calls
// knownCall recognises and of a JWT key function's package.
var weakWords = []string{"pass", "pw", "sign", "hmac", "jwt", "secret", "basicauth"}

// weakCall reports whether lit names a call knownCall recognises or a JWT
// key function's package. (A switch, not a map: nothing to build when the
// process starts.)
func weakCall(lit string) bool {
	switch lit {
	case "SignedString", "SetBasicAuth", "UserPassword", "hmac", "jwt":
		return true
	}
	return false
}

// worthParsing is a token scan, a third of the cost of parsing, that tells
// whether an excluded file can hold a finding: a string literal that is
// Plausible, a DSN or a struct tag default, a name of weakWords, or a
// //go:embed directive. Packages such as x/sys/unix exclude hundreds of
// files per build, most of them with nothing of the kind.
func worthParsing(src []byte) bool {
	if bytes.Contains(src, []byte("//go:embed")) {
		return true
	}
	var s scanner.Scanner
	fset := token.NewFileSet()
	s.Init(fset.AddFile("", -1, len(src)), src, func(token.Position, string) {}, 0)
	for {
		_, tok, lit := s.Scan()
		switch tok {
		case token.EOF:
			return false
		case token.STRING:
			v, err := strconv.Unquote(lit)
			if err != nil {
				continue
			}
			if credential.Plausible(v) || strings.Contains(v, "@") || strings.Contains(v, "efault:") || weakName(v) {
				return true
			}
		case token.IDENT:
			if weakCall(lit) || weakName(lit) {
				return true
			}
		}
	}
}

// weakName reports whether s names a password or a signing key.
func weakName(s string) bool {
	l := strings.ToLower(s)
	for _, w := range weakWords {
		if strings.Contains(l, w) {
			return weakOf(s) != notWeak
		}
	}
	return false
}

// parseFile parses a file for its literals; a file with syntax errors
// still yields what parsed.
func parseFile(fset *token.FileSet, name string, src []byte) *ast.File {
	f, _ := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
	return f
}

func (c *checker) scanSyntax(files []*ast.File) {
	if len(files) == 0 {
		return
	}
	c.files = append(c.files, files...)
	c.report.AddFiles(files...)
	info := new(types.Info) // no types: syntax decides
	for _, f := range files {
		c.scan(inspector.New([]*ast.File{f}).Root(), info)
		c.embeds(f)
		if c.err != nil {
			return
		}
	}
}

// ScanSyntax reports the hardcoded secrets of files that no package holds
// (a file argument outside any module, or one that no build includes), by
// syntax alone, with the analyzer's rules, filters and messages.
func ScanSyntax(fset *token.FileSet, files []*ast.File, report func(analysis.Diagnostic)) error {
	pass := &analysis.Pass{Analyzer: Analyzer, Fset: fset, Report: report}
	c := newChecker(pass)
	c.scanSyntax(files)
	return c.err
}

// ParseFile parses name for ScanSyntax.
func ParseFile(fset *token.FileSet, name string) (*ast.File, error) {
	src, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	f := parseFile(fset, name, src)
	if f == nil {
		return nil, fmt.Errorf("%s: not a Go file", name)
	}
	return f, nil
}

func readFile(pass *analysis.Pass, name string) ([]byte, error) {
	if pass.ReadFile != nil {
		return pass.ReadFile(name)
	}
	return os.ReadFile(name)
}

// defaultTags are the struct-tag keys of configuration libraries whose
// value is the field's default: env (caarlos0/env), envconfig, cleanenv,
// creasty/defaults, go-flags.
var defaultTags = []string{"envDefault", "default", "env-default"}

// tagDefaults checks the defaults a struct tag gives its field: a key there
// is compiled into the binary like any literal.
func (c *checker) tagDefaults(lit *ast.BasicLit, tag string, b binding) {
	st := reflect.StructTag(tag)
	for _, key := range defaultTags {
		v, ok := st.Lookup(key)
		if !ok || v == "" {
			continue
		}
		fb := named(b.name)
		plausible := credential.Plausible(v)
		if !plausible && !weakCandidate(v) {
			continue
		}
		c.value(lit, nil, v, fb, plausible)
	}
}

// maxEmbedded is the largest embedded file matched: larger ones are data
// (models, archives, fonts), not configuration.
const maxEmbedded = 1 << 20

// embeds matches the text files a //go:embed directive puts into the
// binary, line by line as gitleaks reads a file. A finding stands at the
// variable the directive embeds into and names the file and line. Files are
// read only where a directive exists.
func (c *checker) embeds(f *ast.File) {
	if !hasEmbed(f) {
		return
	}
	dir := filepath.Dir(c.pass.Fset.File(f.FileStart).Name())
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, s := range gd.Specs {
			spec := s.(*ast.ValueSpec)
			doc := spec.Doc
			if doc == nil && len(gd.Specs) == 1 {
				doc = gd.Doc
			}
			if doc == nil || len(spec.Names) == 0 {
				continue
			}
			for _, cm := range doc.List {
				if pats, ok := strings.CutPrefix(cm.Text, "//go:embed "); ok {
					for _, name := range embedFiles(dir, pats) {
						c.embedded(spec.Names[0], dir, name)
						if c.err != nil {
							return
						}
					}
				}
			}
		}
	}
}

func hasEmbed(f *ast.File) bool {
	for _, cg := range f.Comments {
		for _, cm := range cg.List {
			if strings.HasPrefix(cm.Text, "//go:embed ") {
				return true
			}
		}
	}
	return false
}

// embedFiles resolves a directive's patterns as the go command does:
// relative to the package directory, directories walked, names starting
// with . or _ left out unless the pattern has the all: prefix.
func embedFiles(dir, patterns string) []string {
	var out []string
	for _, p := range embedPatterns(patterns) {
		all := strings.HasPrefix(p, "all:")
		p = strings.TrimPrefix(p, "all:")
		matches, _ := filepath.Glob(filepath.Join(dir, filepath.FromSlash(p)))
		for _, m := range matches {
			filepath.WalkDir(m, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					return nil
				}
				base := d.Name()
				if path != m && !all && (strings.HasPrefix(base, ".") || strings.HasPrefix(base, "_")) {
					if d.IsDir() {
						return filepath.SkipDir
					}
					return nil
				}
				if !d.IsDir() {
					out = append(out, path)
				}
				return nil
			})
		}
	}
	return out
}

// embedPatterns splits a directive's arguments: space-separated, each
// possibly a Go string literal.
func embedPatterns(s string) []string {
	var out []string
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] == '"' || s[0] == '`' {
			q, err := strconv.QuotedPrefix(s)
			if err != nil {
				return out
			}
			if u, err := strconv.Unquote(q); err == nil {
				out = append(out, u)
			}
			s = s[len(q):]
			continue
		}
		p, rest, _ := strings.Cut(s, " ")
		out = append(out, p)
		s = rest
	}
	return out
}

// embedded matches one embedded file.
func (c *checker) embedded(at *ast.Ident, dir, name string) {
	info, err := os.Stat(name)
	if err != nil || info.Size() > maxEmbedded {
		return
	}
	data, err := os.ReadFile(name)
	if err != nil || !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return // binary: images, archives
	}
	rel, err := filepath.Rel(dir, name)
	if err != nil {
		rel = name
	}
	fk := c.kindOf(at.Pos())
	for i, line := range strings.Split(string(data), "\n") {
		if len(line) < 12 || !credential.Plausible(line) {
			continue
		}
		set := c.rules()
		if set == nil {
			return
		}
		if m, ok := c.best(set.Match(line), line, "", fk); ok {
			c.emit(at, nil, m, binding{desc: fmt.Sprintf("embedded file %s:%d", filepath.ToSlash(rel), i+1)})
		}
	}
}
