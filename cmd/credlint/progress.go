package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// progressAfter is how long a run goes before a terminal shows progress:
// short runs stay quiet.
const progressAfter = 2 * time.Second

// A progress shows what a long run is doing, on standard error: on a
// terminal, one line rewritten in place once the run passes
// progressAfter; with -v, a line per phase wherever stderr goes.
type progress struct {
	w       io.Writer
	verbose bool
	start   time.Time

	mu      sync.Mutex
	name    string
	since   time.Time
	shown   bool   // a terminal line is on screen
	line    string // what it says
	stop    chan struct{}
	stopped sync.WaitGroup
}

// newProgress returns the progress display for a run; allowed is false
// when stderr must carry errors only (-json, -sarif on stdout).
func newProgress(w io.Writer, verbose, allowed bool) *progress {
	p := &progress{w: w, verbose: verbose, start: time.Now()}
	if allowed && !verbose && isTerminal(w) {
		p.stop = make(chan struct{})
		p.stopped.Add(1)
		go p.tick(progressAfter, 250*time.Millisecond)
	}
	return p
}

// isTerminal reports whether w is a character device, as a terminal is.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// phase starts a phase of the run; with -v the previous one is reported
// with its duration.
func (p *progress) phase(name string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.finishPhase()
	p.name, p.since = name, time.Now()
	if p.verbose {
		fmt.Fprintf(p.w, "credlint: %s…\n", name)
	}
}

func (p *progress) finishPhase() {
	if p.verbose && p.name != "" {
		fmt.Fprintf(p.w, "credlint: %s: done in %.1f s\n", p.name, time.Since(p.since).Seconds())
	}
	p.name = ""
}

func (p *progress) tick(after, every time.Duration) {
	defer p.stopped.Done()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
		}
		p.mu.Lock()
		if d := time.Since(p.start); d >= after && p.name != "" {
			// Rewritten only when it changes: once a second at most.
			if line := fmt.Sprintf("credlint: %s… %.0f s", p.name, d.Seconds()); line != p.line {
				fmt.Fprintf(p.w, "\r\033[K%s", line)
				p.line, p.shown = line, true
			}
		}
		p.mu.Unlock()
	}
}

// done ends the display, clearing a terminal line; it may be called more
// than once.
func (p *progress) done() {
	if p.stop != nil {
		close(p.stop)
		p.stopped.Wait()
		p.stop = nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.finishPhase()
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown, p.line = false, ""
	}
}
