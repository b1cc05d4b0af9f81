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
	i, ok := urlArgs[fn.FullName()]
	return i, ok
}

var urlArgs = map[string]int{
	"net/http.Get": 0, "net/http.Head": 0, "net/http.Post": 0, "net/http.PostForm": 0,
	"(*net/http.Client).Get": 0, "(*net/http.Client).Head": 0,
	"(*net/http.Client).Post": 0, "(*net/http.Client).PostForm": 0,
	"net/http.NewRequest": 1, "net/http.NewRequestWithContext": 2,
	"net/url.Parse": 0, "net/url.ParseRequestURI": 0,
	"net/http.Redirect": 2,
}
