package secretlog

// A test's fake implementation of the logging interface records what it
// is given: it does not make the interface's method less of a log sink
// in the package.
type recordingLogger struct{ lines []string }

func (r *recordingLogger) Infof(format string, args ...any) { r.lines = append(r.lines, format) }
func (r *recordingLogger) Named(string) ifaceLogger         { return r }
