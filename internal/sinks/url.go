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
