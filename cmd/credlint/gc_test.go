package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// TestDeferGC checks the vet process's collector schedule: off (with the
// budget as memory limit) until the first collection, the defaults after.
func TestDeferGC(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	oldPercent := debug.SetGCPercent(100)
	oldLimit := debug.SetMemoryLimit(math.MaxInt64)
	defer func() {
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(oldLimit)
	}()

	deferGC()
	if got := debug.SetMemoryLimit(-1); got != vetHeapBudget {
		t.Fatalf("memory limit after deferGC = %d, want %d", got, vetHeapBudget)
	}
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Fatalf("GC percent after deferGC = %d, want -1 (off)", got)
	}
	runtime.GC()
	deadline := time.Now().Add(5 * time.Second)
	for debug.SetMemoryLimit(-1) != math.MaxInt64 {
		if time.Now().After(deadline) {
			t.Fatal("the first collection did not restore the default memory limit")
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	if got := debug.SetGCPercent(-1); got != 100 {
		t.Fatalf("GC percent after the first collection = %d, want 100", got)
	}
}

// TestDeferGCUserSetting checks that GOGC set by the user is left alone.
func TestDeferGCUserSetting(t *testing.T) {
	t.Setenv("GOGC", "50")
	old := debug.SetGCPercent(77)
	defer debug.SetGCPercent(old)
	deferGC()
	if got := debug.SetGCPercent(old); got != 77 {
		t.Fatalf("GC percent = %d after deferGC with GOGC set, want it untouched (77)", got)
	}
}
