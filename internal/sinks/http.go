package sinks

// HTTP request building and sending: where a header is written, where a
// request goes out, for net/http and the client libraries matched by
// package path (resty v2 and v3, hashicorp/go-retryablehttp).

// Resty's import paths: v2 and the v3 vanity path.
var restyPaths = []string{"github.com/go-resty/resty/v2", "resty.dev/v3"}

// RetryableHTTP is the import path of hashicorp/go-retryablehttp.
const RetryableHTTP = "github.com/hashicorp/go-retryablehttp"

func addHTTP() {
	add(Header, 0, "(net/http.Header).Set", "(net/http.Header).Add")
	add(BasicAuth, 0, "(*net/http.Request).SetBasicAuth")
	add(Send, 0,
		"(*net/http.Client).Do", "(*net/http.Client).Get", "(*net/http.Client).Head",
		"(*net/http.Client).Post", "(*net/http.Client).PostForm",
		"net/http.Get", "net/http.Head", "net/http.Post", "net/http.PostForm",
		"(*"+RetryableHTTP+".Client).Do", "(*"+RetryableHTTP+".Client).Get",
		"(*"+RetryableHTTP+".Client).Head", "(*"+RetryableHTTP+".Client).Post",
		"(*"+RetryableHTTP+".Client).PostForm",
		RetryableHTTP+".Get", RetryableHTTP+".Head", RetryableHTTP+".Post", RetryableHTTP+".PostForm",
	)
	add(NewRequest, 1, "net/http.NewRequest", RetryableHTTP+".NewRequest")
	add(NewRequest, 2, "net/http.NewRequestWithContext", RetryableHTTP+".NewRequestWithContext")

	for _, p := range restyPaths {
		for _, recv := range []string{"(*" + p + ".Client).", "(*" + p + ".Request)."} {
			add(Header, 0, recv+"SetHeader", recv+"SetHeaderVerbatim")
			add(HeaderMap, 0, recv+"SetHeaders")
			add(AuthToken, 0, recv+"SetAuthToken")
			add(AuthScheme, 0, recv+"SetAuthScheme")
			add(BasicAuth, 0, recv+"SetBasicAuth")
		}
		add(BaseURL, 0, "(*"+p+".Client).SetBaseURL", "(*"+p+".Client).SetHostURL")
		req := "(*" + p + ".Request)."
		add(Send, 0, req+"Get", req+"Head", req+"Post", req+"Put", req+"Patch", req+"Delete", req+"Options")
		add(Send, 1, req+"Execute")
		add(Send, -1, req+"Send")
	}
}

// IsResty reports whether pkg is one of resty's import paths.
func IsResty(pkg string) bool {
	for _, p := range restyPaths {
		if pkg == p {
			return true
		}
	}
	return false
}
