// Package sinks is credlint's one table of the functions that send a value
// somewhere a credential must not go: log lines, error messages, URLs, and
// request headers. Entries are keyed by types.Func.FullName, so analysed
// code needs no extra dependency and a wrapper type of the same name in
// another package does not match. Every check asks this table; none keeps
// its own list.
package sinks

import (
	"go/types"
	"strings"
	"sync"
)

// Kind is where a sink sends its arguments.
type Kind int

const (
	// Log writes its arguments to a log or to standard output/error.
	Log Kind = iota + 1
	// Error puts its arguments into an error's message.
	Error
	// Response writes its arguments into an HTTP response body, back to
	// the client (http.Error, ResponseWriter.Write, fmt.Fprint to one).
	Response
	// Panic puts its argument into a panic's message, printed on a crash.
	Panic

	// HTTP request building and sending (http.go).

	// Header writes a request header: argument First is the name, First+1
	// the value (http.Header.Set, resty SetHeader).
	Header
	// HeaderMap writes each entry of the map argument First as a header
	// (resty SetHeaders).
	HeaderMap
	// AuthToken sets argument First as an Authorization token; the library
	// puts the scheme, "Bearer" by default, before it (resty SetAuthToken).
	AuthToken
	// AuthScheme sets the scheme (argument First) the library puts before
	// an AuthToken (resty SetAuthScheme).
	AuthScheme
	// BasicAuth sets HTTP Basic credentials: user First, password First+1.
	BasicAuth
	// Send sends a request: argument First is the *http.Request, or the
	// URL when it is a string; First < 0 means the receiver holds both.
	Send
	// NewRequest builds a request for the URL argument First.
	NewRequest
	// BaseURL sets the URL (argument First) that a client resolves request
	// paths against (resty SetBaseURL).
	BaseURL
)

// article is the kind with its indefinite article, for messages.
func (k Kind) article() string {
	switch k {
	case Error:
		return "an error message"
	case Response:
		return "an HTTP response"
	}
	return "a " + k.String()
}

func (k Kind) String() string {
	switch k {
	case Log:
		return "log"
	case Error:
		return "error message"
	case Response:
		return "HTTP response"
	case Panic:
		return "panic message"
	}
	return "sink"
}

// A Sink describes one function of the table.
type Sink struct {
	Kind Kind
	// First is the index of the first argument that reaches the output;
	// later arguments do too (variadic loggers, key/value pairs).
	First int
	// Writer, when >= 0, is the index of an io.Writer argument: the call is
	// a sink only when it writes to os.Stdout or os.Stderr (fmt.Fprintf).
	Writer int
	// Echo marks a call whose error result repeats argument First whole
	// (url.Parse's *url.Error quotes the URL): a sink of Kind Error only
	// where that error escapes the function, returned or printed.
	Echo bool
	// Shape marks a sink known by its package's name and its own name and
	// shape, not listed (see packageLog).
	Shape bool
}

// Lookup returns the sink a call of fn is, if any: an entry of the table,
// or a printing function of a logging package (packageLog).
func Lookup(fn *types.Func) (Sink, bool) {
	buildTable()
	if simpleNames[fn.Name()] && tablePkgs[pkgOf(fn)] { // most calls: no FullName string built
		if s, ok := table[fn.FullName()]; ok {
			return s, true
		}
	}
	return packageLog(fn)
}

var table = map[string]Sink{}

// simpleNames holds the last element of every table and URL entry, so
// that a call whose function has no such name is rejected without
// building its full name.
var simpleNames = map[string]bool{}

// tablePkgs holds the package path of every table entry ("" for
// builtins), so that a call of a method named like a sink (String, Get,
// Error) on a type of another package is rejected without a full name.
var tablePkgs = map[string]bool{}

func pkgOf(fn *types.Func) string {
	if fn.Pkg() == nil {
		return ""
	}
	return fn.Pkg().Path()
}

// entryPkg returns the package path of a table entry written as
// types.Func.FullName writes it: "log.Printf", "(*log/slog.Logger).Info",
// "(net/http.Header).Set"; "" for "print".
func entryPkg(name string) string {
	if rest, ok := strings.CutPrefix(name, "("); ok {
		name, _, _ = strings.Cut(strings.TrimPrefix(rest, "*"), ")")
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return name[:i]
	}
	return ""
}

// buildTable fills the table on first use rather than at start-up: go vet
// starts one process per package, dependencies included, and most of them
// never look a sink up.
var buildTable = sync.OnceFunc(func() {
	addStd()
	addHTTP()
	addLoggers()
})

func add(kind Kind, first int, names ...string) {
	for _, n := range names {
		table[n] = Sink{Kind: kind, First: first, Writer: -1}
		simpleNames[n[strings.LastIndexByte(n, '.')+1:]] = true
		tablePkgs[entryPkg(n)] = true
	}
}

func addStd() {
	// Standard library.
	add(Log, 0,
		"log.Print", "log.Printf", "log.Println", "log.Fatal", "log.Fatalf",
		"log.Fatalln", "log.Panic", "log.Panicf", "log.Panicln",
		"(*log.Logger).Print", "(*log.Logger).Printf", "(*log.Logger).Println",
		"(*log.Logger).Fatal", "(*log.Logger).Fatalf", "(*log.Logger).Fatalln",
		"(*log.Logger).Panic", "(*log.Logger).Panicf", "(*log.Logger).Panicln",
		"fmt.Print", "fmt.Printf", "fmt.Println",
		"print", "println",
	)
	for _, n := range []string{"fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln"} {
		add(Log, 1, n)
		table[n] = Sink{Kind: Log, First: 1, Writer: 0}
	}
	// Output(calldepth, s) is what logging packages built on log call
	// (schollz/logger's Debugf): their wrappers are learned through it.
	add(Log, 1, "log.Output", "(*log.Logger).Output")
	add(Error, 0, "fmt.Errorf", "errors.New")
	add(Panic, 0, "panic")
	add(Response, 1, "net/http.Error")
	add(Response, 0, "(net/http.ResponseWriter).Write")
	add(Log, 1, "io.WriteString")
	table["io.WriteString"] = Sink{Kind: Log, First: 1, Writer: 0}
	// *url.Error's message is `parse "<the whole URL>": <reason>`, a
	// DSN's password included. strconv's *NumError echoes its input too,
	// but a number is no credential.
	// So is a connection URL parser's (ConnURLArg), which passes it on.
	for _, n := range append([]string{"net/url.Parse", "net/url.ParseRequestURI"}, connURLFuncs...) {
		add(Error, 0, n)
		table[n] = Sink{Kind: Error, First: 0, Writer: -1, Echo: true}
	}
}
