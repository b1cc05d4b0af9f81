package sinks

import "go/types"

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
