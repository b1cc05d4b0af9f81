package sinks

import (
	"go/types"
	"slices"
)

// URLArg returns the index of the argument of a call of fn that is used as
// a request URL (http.Get's url, http.NewRequest's url), if fn has one.
// A string reaching it is a URL, whatever it looks like.
func URLArg(fn *types.Func) (int, bool) {
	switch fn.Name() {
	case "Get", "Head", "Post", "PostForm", "NewRequest", "NewRequestWithContext", "Parse", "ParseRequestURI", "Redirect":
	default:
		return 0, false
	}
	// A switch, not a map: no table built at start in every vet process.
	switch fn.FullName() {
	case "net/http.Get", "net/http.Head", "net/http.Post", "net/http.PostForm",
		"(*net/http.Client).Get", "(*net/http.Client).Head",
		"(*net/http.Client).Post", "(*net/http.Client).PostForm",
		"net/url.Parse", "net/url.ParseRequestURI":
		return 0, true
	case "net/http.NewRequest":
		return 1, true
	case "net/http.NewRequestWithContext", "net/http.Redirect":
		return 2, true
	}
	return 0, false
}

// DSNArg returns the index of the argument of a call of fn that is a
// database driver's data source name (sql.Open's dataSourceName, a
// driver's Open or OpenConnector name), if fn has one. Text reaching it is
// a connection string for the driver to parse, not a URL requested as it
// is, whatever it looks like.
func DSNArg(fn *types.Func) (int, bool) {
	switch fn.Name() {
	case "Open", "OpenConnector":
	default:
		return 0, false
	}
	switch fn.FullName() {
	case "database/sql.Open":
		return 1, true
	case "(database/sql/driver.Driver).Open", "(database/sql/driver.DriverContext).OpenConnector":
		return 0, true
	}
	// A driver's own implementation of driver.Driver or
	// driver.DriverContext, called directly: func (name string)
	// (driver.Conn, error) or (driver.Connector, error).
	sig := fn.Signature()
	if sig.Recv() == nil || sig.Params().Len() != 1 || sig.Results().Len() != 2 {
		return 0, false
	}
	if b, ok := sig.Params().At(0).Type().(*types.Basic); !ok || b.Kind() != types.String {
		return 0, false
	}
	n, ok := types.Unalias(sig.Results().At(0).Type()).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "database/sql/driver" {
		return 0, false
	}
	if name := n.Obj().Name(); name == "Conn" && fn.Name() == "Open" || name == "Connector" && fn.Name() == "OpenConnector" {
		return 0, true
	}
	return 0, false
}

// SendsURL reports whether fn sends a request to its URL argument i with
// net/http's client and nothing else (http.Get, Client.Post…): the client
// sends the URL's user info as Basic auth and stars its password out of
// the *url.Error it returns.
func SendsURL(fn *types.Func, i int) bool {
	if fn.Pkg() == nil || fn.Pkg().Path() != "net/http" {
		return false
	}
	switch fn.Name() {
	case "Get", "Head", "Post", "PostForm":
		j, ok := URLArg(fn)
		return ok && j == i
	}
	return false
}

// ConnURLArg returns the index of the argument of a call of fn that is a
// connection URL the library parses for the server's address and the
// login it sends (redis://user:password@host:6379/0, amqp://user:password@
// host/vhost), if fn is such a parser. Each returns url.Parse's *url.Error
// as it is, or wrapped with %w, when the parse fails (go-redis v9.23.0
// options.go:906, amqp091-go v1.16.0 uri.go:102): its message quotes the
// whole URL, password included.
func ConnURLArg(fn *types.Func) (int, bool) {
	switch fn.Name() {
	case "ParseURL", "ParseClusterURL", "ParseFailoverURL", "ParseURI", "Dial", "DialTLS", "DialConfig":
	default:
		return 0, false
	}
	return 0, slices.Contains(connURLFuncs, fn.FullName())
}

// connURLFuncs are the parsers ConnURLArg knows, as types.Func.FullName
// writes them; all take the URL first.
var connURLFuncs = []string{
	"github.com/redis/go-redis/v9.ParseURL", "github.com/redis/go-redis/v9.ParseClusterURL",
	"github.com/redis/go-redis/v9.ParseFailoverURL", "github.com/go-redis/redis/v8.ParseURL",
	"github.com/rabbitmq/amqp091-go.ParseURI", "github.com/rabbitmq/amqp091-go.Dial",
	"github.com/rabbitmq/amqp091-go.DialTLS", "github.com/rabbitmq/amqp091-go.DialConfig",
}
