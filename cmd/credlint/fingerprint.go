package main

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// sources caches the files findings are in, for the line a fingerprint
// hashes and for SARIF's character columns.
type sources struct {
	mu    sync.Mutex
	files map[string][]string
}

// line returns line n (1-based) of file, or "" if it cannot be read.
func (s *sources) line(file string, n int) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	lines, ok := s.files[file]
	if !ok {
		data, err := os.ReadFile(file)
		if err == nil {
			lines = strings.Split(string(data), "\n")
		}
		if s.files == nil {
			s.files = make(map[string][]string)
		}
		s.files[file] = lines
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSuffix(lines[n-1], "\r")
}

// fingerprint identifies a finding across edits that do not touch it:
// check, rule, the file's module path and name, and the finding's line
// with its whitespace normalised (gofmt realigns a const block when a
// neighbour changes). No line number, so code moving up or down keeps
// its fingerprint; the line itself is hashed, never stored, since it may
// hold the secret.
func fingerprint(check, rule, file, line string) string {
	h := sha256.New()
	for _, s := range []string{check, rule, file, strings.Join(strings.Fields(line), " ")} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// moduleFile names file for fingerprints: module path plus the path inside
// the module, so that it does not depend on where credlint runs or where
// the repository is checked out.
func moduleFile(file, modPath, modDir string) string {
	if modDir != "" {
		if rel, err := filepath.Rel(modDir, file); err == nil && !strings.HasPrefix(rel, "..") {
			return modPath + "/" + filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(relPath(file))
}
