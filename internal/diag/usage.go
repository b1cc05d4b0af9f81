package diag

import (
	"sync"
	"sync/atomic"
)

// A Usage records which directives suppressed a finding, so that the
// standalone driver can report the ones that suppress nothing
// (-strict-ignores). go vet and golangci-lint never install one: there,
// recording costs a nil check.
type Usage struct {
	mu   sync.Mutex
	used map[usageKey]bool
}

type usageKey struct {
	file  string
	line  int
	check string
}

var usage atomic.Pointer[Usage]

// TrackUsage starts recording directive usage for this process.
func TrackUsage() *Usage {
	u := &Usage{used: make(map[usageKey]bool)}
	usage.Store(u)
	return u
}

// Used reports whether the directive on line of file suppressed a finding
// of check.
func (u *Usage) Used(file string, line int, check string) bool {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.used[usageKey{file, line, check}]
}

func markUsed(file string, line int, check string) {
	u := usage.Load()
	if u == nil {
		return
	}
	u.mu.Lock()
	u.used[usageKey{file, line, check}] = true
	u.mu.Unlock()
}
