package sinks

// Logging libraries, matched by package path so that analysed code needs no
// extra dependency. Field and attribute constructors (zap.String,
// slog.String, zerolog's Event.Str, logrus' WithField) are sinks too: a
// field exists to be logged, and reporting where the value is attached
// points at the line to change.

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/credlint/credlint/internal/astutil"
)

func addLoggers() {
	// Standard library: log/slog.
	const slog = "log/slog"
	funcs(Log, 0, slog, "Debug", "Info", "Warn", "Error", "StringValue", "AnyValue")
	funcs(Log, 1, slog, "DebugContext", "InfoContext", "WarnContext", "ErrorContext",
		"String", "Any", "Group")
	funcs(Log, 2, slog, "Log", "LogAttrs")
	methods(Log, 0, "*"+slog+".Logger", "Debug", "Info", "Warn", "Error", "With")
	methods(Log, 1, "*"+slog+".Logger", "DebugContext", "InfoContext", "WarnContext", "ErrorContext")
	methods(Log, 2, "*"+slog+".Logger", "Log", "LogAttrs")

	// testing: T and B get Log and Error from the unexported common type.
	for _, recv := range []string{"*testing.common", "testing.TB"} {
		methods(Log, 0, recv, "Log", "Logf", "Error", "Errorf", "Fatal", "Fatalf", "Skip", "Skipf")
	}

	// go.uber.org/zap.
	const zap = "go.uber.org/zap"
	levels := []string{"Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal"}
	methods(Log, 0, "*"+zap+".Logger", append(levels, "With", "Log")...)
	var sugared []string
	for _, l := range levels {
		sugared = append(sugared, l, l+"f", l+"w", l+"ln")
	}
	methods(Log, 0, "*"+zap+".SugaredLogger", append(sugared, "With")...)
	funcs(Log, 1, zap, "String", "Strings", "ByteString", "Binary", "Any", "Reflect", "Stringer")

	// github.com/sirupsen/logrus: package functions, *Logger, *Entry and
	// the FieldLogger interfaces.
	const logrus = "github.com/sirupsen/logrus"
	var lr []string
	for _, l := range []string{"Trace", "Debug", "Info", "Print", "Warn", "Warning", "Error", "Fatal", "Panic"} {
		lr = append(lr, l, l+"f", l+"ln")
	}
	funcs(Log, 0, logrus, append(lr, "WithFields")...)
	funcs(Log, 1, logrus, "WithField")
	for _, recv := range []string{"*" + logrus + ".Logger", "*" + logrus + ".Entry", logrus + ".FieldLogger", logrus + ".Ext1FieldLogger"} {
		methods(Log, 0, recv, append(lr, "WithFields")...)
		methods(Log, 1, recv, "WithField", "Log", "Logf", "Logln")
	}

	// github.com/rs/zerolog: an Event or Context collects fields, Msg sends.
	const zerolog = "github.com/rs/zerolog"
	for _, recv := range []string{"*" + zerolog + ".Event", zerolog + ".Context"} {
		methods(Log, 1, recv, "Str", "Strs", "Stringer", "Bytes", "Hex", "RawJSON", "Interface", "Any")
	}
	methods(Log, 0, "*"+zerolog+".Event", "Msg", "Msgf", "Send", "Fields")
	methods(Log, 0, zerolog+".Context", "Fields")
	methods(Log, 0, "*"+zerolog+".Logger", "Print", "Printf")

	// k8s.io/klog/v2 and github.com/golang/glog share one API.
	var kg []string
	for _, l := range []string{"Info", "Warning", "Error", "Fatal", "Exit"} {
		kg = append(kg, l, l+"f", l+"ln")
	}
	for _, pkg := range []string{"k8s.io/klog/v2", "k8s.io/klog", "github.com/golang/glog"} {
		funcs(Log, 0, pkg, kg...)
		funcs(Log, 1, pkg, "InfoDepth", "WarningDepth", "ErrorDepth", "FatalDepth", "ExitDepth",
			"InfoContext", "WarningContext", "ErrorContext", "FatalContext", "ExitContext")
		methods(Log, 0, pkg+".Verbose", "Info", "Infof", "Infoln", "InfoS")
	}
	funcs(Log, 0, "k8s.io/klog/v2", "InfoS")
	funcs(Log, 1, "k8s.io/klog/v2", "ErrorS")
	// klog's structured logger is a logr.Logger.
	methods(Log, 0, "github.com/go-logr/logr.Logger", "Info", "WithValues")
	methods(Log, 1, "github.com/go-logr/logr.Logger", "Error")

	// github.com/hashicorp/go-hclog: Logger is an interface.
	const hclog = "github.com/hashicorp/go-hclog"
	methods(Log, 0, hclog+".Logger", "Trace", "Debug", "Info", "Warn", "Error", "With")
	methods(Log, 1, hclog+".Logger", "Log")
}

// funcs adds package-level functions of pkg.
func funcs(kind Kind, first int, pkg string, names ...string) {
	for _, n := range names {
		add(kind, first, pkg+"."+n)
	}
}

// methods adds methods of recv, written as in types.Func.FullName:
// "*log/slog.Logger" for a pointer receiver, "testing.TB" for an interface.
func methods(kind Kind, first int, recv string, names ...string) {
	ptr := ""
	if recv[0] == '*' {
		ptr, recv = "*", recv[1:]
	}
	for _, n := range names {
		add(kind, first, "("+ptr+recv+")."+n)
	}
}

// logLevels are the names of a logger's printing methods, before an
// optional "f" (printf-like) or "ln" suffix.
var logLevels = map[string]bool{
	"Print": true, "Trace": true, "Debug": true, "Info": true, "Warn": true, "Warning": true,
	"Error": true, "Fatal": true, "Panic": true, "Log": true, "Notice": true, "Critical": true,
}

// interfaceLog returns the sink a call of fn is when fn is a method of an
// interface named and shaped like a logger's printing method: a level name
// (Printf, Debugf, Info, Warnln…) and variadic values last (printShape).
// A module's own logger interface (tencentcloud's common.Logger: Printf
// alone, defaulting to log.New(os.Stderr, …)) writes a log line whichever
// implementation is behind it. One that returns something else (an error
// constructor, Sprintf) builds a value instead.
func interfaceLog(fn *types.Func) (Sink, bool) {
	name := fn.Name()
	base := levelBase(name)
	if !logLevels[base] && name != "With" {
		return Sink{}, false
	}
	sig := fn.Signature()
	if sig.Recv() == nil || !types.IsInterface(sig.Recv().Type()) || !sig.Variadic() {
		return Sink{}, false
	}
	if name == "With" {
		return interfaceWith(sig)
	}
	first, ok := levelPrint(name, base, sig)
	if !ok {
		return Sink{}, false
	}
	return Sink{Kind: Log, First: first, Writer: -1}, true
}

// interfaceWith returns the sink a logger interface's With(keyvals ...any)
// is when it returns the logger interface itself (benthos' log.Modular):
// the pairs it attaches are printed with every line of the logger it
// returns.
func interfaceWith(sig *types.Signature) (Sink, bool) {
	params, res := sig.Params(), sig.Results()
	if params.Len() != 1 || res.Len() != 1 || !types.Identical(res.At(0).Type(), sig.Recv().Type()) {
		return Sink{}, false
	}
	if !isAny(params.At(0).Type().(*types.Slice).Elem()) {
		return Sink{}, false
	}
	return Sink{Kind: Log, First: 0, Writer: -1}, true
}

// levelBase returns name without the suffix of a printing method's form:
// "f" (printf), "ln", or "w", a sugared logger's message then key/value
// pairs (zap's SugaredLogger.Infow, and the Logger interfaces modules
// declare after it: Debugw(msg string, keysAndValues ...any)).
func levelBase(name string) string {
	for _, suffix := range []string{"f", "ln", "w"} {
		if b, ok := strings.CutSuffix(name, suffix); ok {
			return b
		}
	}
	return name
}

// levelPrint returns the first printed argument of a printing function
// named for a level (name, base without its "f" or "ln") when sig has
// printShape: Info(msg string, args ...any) prints its every argument;
// Printf needs a format, the last parameter but one.
func levelPrint(name, base string, sig *types.Signature) (int, bool) {
	first, printf, ok := printShape(sig)
	switch {
	case !ok:
		return 0, false
	case base == name || name[len(name)-1] != 'f':
		return 0, true
	}
	return first, printf
}

// packageLog returns the sink a call of fn is when fn is a function, or a
// method of a concrete type, of a logging package the table does not list
// (goreleaser's github.com/caarlos0/log, apex/log, a module's own
// internal/logger): the last element of its path is a logger's name
// (loggerPackage), and fn is named and shaped like a printing function —
// a level name with an optional "f" or "ln" (logLevels), no result or
// fmt.Printf's, and printShape's parameters or one message string after an
// optional context.Context (caarlos0's Debug(msg string)) — or like a
// field's constructor returning the entry it makes: WithField(key, value),
// WithFields(fields), With(keyvals...). An interface's methods are
// interfaceLog's: whichever logger is plugged in, the line is the
// caller's package's.
func packageLog(fn *types.Func) (Sink, bool) {
	name := fn.Name()
	base := levelBase(name)
	level := logLevels[base]
	if !level && name != "WithField" && name != "WithFields" && name != "With" {
		return Sink{}, false // most calls: one map lookup
	}
	if fn.Pkg() == nil || !loggerPackage(fn.Pkg().Path()) {
		return Sink{}, false
	}
	sig := fn.Signature()
	if sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) {
		return Sink{}, false
	}
	params := sig.Params()
	if !level {
		switch {
		case sig.Results().Len() != 1:
		case name == "WithField" && params.Len() == 2 && !sig.Variadic() && astutil.IsString(params.At(0).Type()):
			return Sink{Kind: Log, First: 1, Writer: -1, Shape: true}, true
		case name == "WithFields" && params.Len() == 1 && !sig.Variadic(),
			name == "With" && params.Len() == 1 && sig.Variadic():
			return Sink{Kind: Log, First: 0, Writer: -1, Shape: true}, true
		}
		return Sink{}, false
	}
	first, ok := levelPrint(name, base, sig)
	if !ok && !sig.Variadic() {
		first, ok = messageShape(sig) // Debug(msg string)
	}
	if !ok {
		return Sink{}, false
	}
	return Sink{Kind: Log, First: first, Writer: -1, Shape: true}, true
}

// loggerPackage reports whether the last element of an import path, a
// major version suffix aside, names a logging package: log, logger,
// logging, logs, xlog or logx (github.com/caarlos0/log,
// github.com/apex/log, a module's internal/logger). The standard log is
// in the table; a path that only contains "log" (changelog, catalog,
// dialog) names none.
func loggerPackage(path string) bool {
	if path == "log" {
		return false
	}
	switch astutil.ImportName(path) {
	case "log", "logger", "logging", "logs", "xlog", "logx":
		return true
	}
	return false
}

func isAny(t types.Type) bool {
	i, ok := t.Underlying().(*types.Interface)
	return ok && i.Empty()
}

// logFuncWords are the words that, last in a name, say a func value logs:
// a printing method's level (logLevels) with an optional "f", "ln" or "w"
// (tailscale's logger.Logf type and logf parameters, an options struct's
// Debugf or Info field, debug := func(f string, a ...any) {…}), and
// logger, verbose and vlog (wireguard's Logger{Verbosef, Errorf}).
var logFuncWords = func() map[string]bool {
	words := map[string]bool{"logger": true, "verbose": true, "verbosef": true, "vlog": true, "vlogf": true}
	for l := range logLevels {
		l = strings.ToLower(l)
		words[l], words[l+"f"], words[l+"ln"], words[l+"w"] = true, true, true, true
	}
	return words
}()

// funcValueLog reports whether a call through v, a variable, parameter or
// field of func type, writes a log line: the call is shaped like a
// logger's printing function (printShape, or one string after an optional
// context.Context) and v or the call's named func type is named as a
// logger (logFuncName). A func value that returns an error builds one (an
// errorf field); one named for an event (onToken, onError) hands the value
// to its caller's code, which may keep it. first is the index of the first
// argument printed, a printf format when printf is set.
func funcValueLog(info *types.Info, call *ast.CallExpr, v *types.Var) (first int, printf, ok bool) {
	t := info.TypeOf(call.Fun)
	if t == nil {
		return 0, false, false
	}
	sig, isSig := t.Underlying().(*types.Signature)
	if !isSig {
		return 0, false, false
	}
	if first, printf, ok = printShape(sig); !ok {
		if first, ok = messageShape(sig); !ok { // Trace(ctx, msg string)
			return 0, false, false
		}
	}
	if !logFuncName(v.Name()) && !logFuncName(typeName(t)) {
		return 0, false, false
	}
	return first, printf, true
}

// printShape returns the index of the first printed parameter of sig when
// sig is shaped like a printing function, and whether that is a printf
// format: after an optional context.Context, a format string then variadic
// values of any type (printf), or variadic values of any type or strings
// alone; no result, or fmt.Printf's (int, error).
func printShape(sig *types.Signature) (first int, printf, ok bool) {
	if !sig.Variadic() || !printResults(sig) {
		return 0, false, false
	}
	params := sig.Params()
	if params.Len() > 0 && isContext(params.At(0).Type()) {
		first = 1
	}
	elem := params.At(params.Len() - 1).Type().(*types.Slice).Elem()
	switch params.Len() - first {
	case 1:
		return first, false, isAny(elem) || astutil.IsString(elem)
	case 2:
		printf = astutil.IsString(params.At(first).Type()) && isAny(elem)
		return first, printf, printf
	}
	return 0, false, false
}

// messageShape returns the index of the message of sig when sig prints
// one string, after an optional context.Context, and returns nothing or
// fmt.Printf's (int, error): Debug(msg string), Trace(ctx, msg string).
func messageShape(sig *types.Signature) (int, bool) {
	params := sig.Params()
	n := params.Len()
	if sig.Variadic() || !printResults(sig) || n == 0 || n > 2 || !astutil.IsString(params.At(n-1).Type()) ||
		n == 2 && !isContext(params.At(0).Type()) {
		return 0, false
	}
	return n - 1, true
}

// printResults reports whether sig returns nothing, or fmt.Printf's
// (int, error).
func printResults(sig *types.Signature) bool {
	r := sig.Results()
	return r.Len() == 0 || r.Len() == 2 && isBasic(r.At(0).Type(), types.Int) &&
		types.Identical(r.At(1).Type(), types.Universe.Lookup("error").Type())
}

func isContext(t types.Type) bool {
	return astutil.IsNamed(t, "context", "Context")
}

func isBasic(t types.Type, kind types.BasicKind) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Kind() == kind
}

// typeName is the name of t when it is a named or alias type
// (logger.Logf), else "".
func typeName(t types.Type) string {
	switch t := t.(type) {
	case *types.Named:
		return t.Obj().Name()
	case *types.Alias:
		return t.Obj().Name()
	}
	return ""
}

// logFuncName reports whether name names a logger: its last word, before
// an optional Func or Fn, is one of logFuncWords (logf, Debugf, Errorln,
// infoLogger, logFunc), or its first word is a printf verb (logfTo). A
// logger word elsewhere names something else (logIn, debugMode), and a
// name that starts with On or Handle names an event's callback (onError).
func logFuncName(name string) bool {
	w := astutil.Words(name)
	if n := len(w); n > 1 && (w[n-1] == "func" || w[n-1] == "fn") {
		w = w[:n-1]
	}
	if len(w) == 0 || w[0] == "on" || w[0] == "handle" {
		return false
	}
	return logFuncWords[w[len(w)-1]] || strings.HasSuffix(w[0], "f") && logFuncWords[w[0]]
}
