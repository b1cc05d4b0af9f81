package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"
	"golang.org/x/tools/go/gcexportdata"

	"github.com/credlint/credlint/internal/httpreq"
	"github.com/credlint/credlint/internal/sinks"
)

// vetFast serves, without running any analyzer, a unit for which no
// analyzer of the suite can export a fact: a VetxOnly unit of the
// standard library that imports no HTTP package and whose imports'
// .vetx files hold no facts. It writes what unitchecker would (an empty
// stdout file and a .vetx file with the package's types and no facts;
// exit status 0, nothing printed) and reports true; on anything it does
// not expect (flags, a config, a parse or type error) it reports false
// before writing the .vetx file, and unitchecker does the unit from the
// start: time lost, never a fact or a finding.
//
// Why nothing can be exported there (the fact analyzers, vet.go):
//   - sinkfacts (WrapperFact) and credfacts (SummaryFact) return at
//     sinks.Standard, and ratelimit's EndpointFact at the same test;
//     vetFast asks sinks.StandardFile of the same file name (the unit's
//     first Go file, as unitchecker parses it).
//   - sinkown (OwnFact) exports only for a wrapper sinkfacts found, and
//     sinkfacts finds none in the standard library.
//   - httpreq (FuncFact, TypeFact) and ratelimit's InjectedFact need a
//     package that httpreq.ImportsHTTP; vetFast falls through for those.
//   - unitchecker re-exports facts of the imports (about their types,
//     fields and methods): vetFast falls through when any import's .vetx
//     holds a fact.
//
// A diagnostic is never printed for a VetxOnly unit, and what vetFast
// does not do (the analyzers' goroutines, gob's registration of the fact
// types, the fact decoder's walk over every imported object, the types.Info
// maps that only analyzers read, comments and object resolution in the
// parser) changes nothing in the .vetx bytes: the types in it come from
// the same type check of the same files. TestVetFast compares both paths
// on every unit of a go vet run.
func vetFast(args []string, cfgData []byte) bool {
	if cfgData == nil || !fastFlags(args[:len(args)-1]) || debugFull() {
		return false
	}
	cfg, ok := fastConfig(cfgData)
	if !ok {
		return false
	}
	vetx := make(map[string][]byte, len(cfg.PackageVetx))
	for path, file := range cfg.PackageVetx {
		types, ok := readFactlessVetx(file)
		if !ok {
			return false
		}
		vetx[path] = types
	}

	fset := token.NewFileSet()
	files := make([]*ast.File, 0, len(cfg.GoFiles))
	for _, name := range cfg.GoFiles {
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			return false
		}
		files = append(files, f)
	}
	imports := make(map[string]*types.Package)
	tc := &types.Config{
		// unitchecker's importer: the types come from each import's .vetx.
		Importer: importerFunc(func(importPath string) (*types.Package, error) {
			path, ok := cfg.ImportMap[importPath]
			if !ok {
				return nil, errFallThrough
			}
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			if pkg, ok := imports[path]; ok && pkg.Complete() {
				return pkg, nil
			}
			data, ok := vetx[path]
			if !ok {
				return nil, errFallThrough
			}
			return gcexportdata.Read(bytes.NewReader(data), fset, imports, path)
		}),
		Sizes:     types.SizesFor("gc", build.Default.GOARCH),
		GoVersion: cfg.GoVersion,
	}
	pkg, err := tc.Check(cfg.ImportPath, fset, files, nil)
	if err != nil || httpreq.ImportsHTTP(pkg) {
		return false
	}
	for _, imp := range pkg.Imports() {
		if _, ok := vetx[imp.Path()]; !ok && imp.Path() != "unsafe" {
			return false // unitchecker's fact decoder fails on it
		}
	}

	// The .vetx layout (unitchecker's writeVetxFile): "vetx", the length
	// of the types, the length of the facts (0), the types as
	// gcexportdata.Write writes them without its leading 'i' byte, which
	// lands on the last byte of the facts length and is zeroed.
	var buf bytes.Buffer
	buf.WriteString("vetx\x00\x00\x00\x00\x00\x00\x00")
	if err := gcexportdata.Write(&buf, fset, pkg); err != nil {
		return false
	}
	out := buf.Bytes()
	binary.LittleEndian.PutUint32(out[4:8], uint32(len(out)-12))
	out[11] = 0
	if cfg.Stdout != "" {
		f, err := os.Create(cfg.Stdout)
		if err != nil {
			return false
		}
		f.Close()
	}
	if os.WriteFile(cfg.VetxOutput, out, 0o666) != nil {
		return false
	}
	sinks.Stat("vet", cfg.ImportPath, "fast")
	return true
}

var errFallThrough = errors.New("not for the fast path")

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// fastFlags reports whether the flags before the unit's .cfg file leave
// its facts alone and cannot fail to parse: -json (output only), and a
// rule file (rules.SetPath accepts any name; no fact analyzer reads rules
// in the units vetFast serves). Any other flag, a check's selection
// included, takes unitchecker's path.
func fastFlags(flags []string) bool {
	for _, f := range flags {
		f = strings.TrimPrefix(f, "-")
		f = strings.TrimPrefix(f, "-")
		switch name, _, _ := strings.Cut(f, "="); {
		case f == "json", f == "json=true", f == "json=false":
		case (name == "rules" || name == "hardcodedsecret.rules") && strings.Contains(f, "="):
		default:
			return false
		}
	}
	return true
}

// fastConfig decodes a unit's config and reports whether it is one vetFast
// may serve: a VetxOnly unit of the standard library that writes a .vetx
// file. The raw bytes are tested first, so that a package being analysed
// (most of them outside the standard library) is not decoded twice; a
// GOROOT that JSON escapes (a '&' in it) only misses the fast path.
func fastConfig(data []byte) (*unitchecker.Config, bool) {
	if !vetxOnlyConfig(data) || !bytes.Contains(data, []byte(build.Default.GOROOT)) {
		return nil, false
	}
	cfg := new(unitchecker.Config)
	if json.Unmarshal(data, cfg) != nil || !cfg.VetxOnly || cfg.VetxOutput == "" || len(cfg.GoFiles) == 0 ||
		!sinks.StandardFile(cfg.GoFiles[0]) {
		return nil, false
	}
	return cfg, true
}

// readFactlessVetx reads an import's .vetx file and returns its types in
// the form gcexportdata.Read takes; false if the file holds facts or is
// not what unitchecker writes.
func readFactlessVetx(name string) ([]byte, bool) {
	data, err := os.ReadFile(name)
	if err != nil || len(data) < 12 || string(data[:4]) != "vetx" {
		return nil, false
	}
	typesLen := binary.LittleEndian.Uint32(data[4:8])
	factsLen := binary.LittleEndian.Uint32(data[8:12])
	if factsLen != 0 || 12+uint64(typesLen) > uint64(len(data)) {
		return nil, false
	}
	data[11] = 'i' // the byte before the types: a zero of the facts length
	return data[11 : 12+typesLen], true
}
