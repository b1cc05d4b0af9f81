package secreturl

import (
	"net/http"
	"net/url"
)

// The GitHub Actions cache API lists caches whose key starts with a prefix:
// ?key= is a cache key there (tonistiigi/go-actions-cache's listKeysPage).
// A value that names nothing (v, value) or a credential under ?key= is
// still reported.

func listCaches(base, prefix, ref string) (*http.Request, error) {
	u, err := url.Parse(base + "/actions/caches")
	if err != nil {
		return nil, err
	}
	q := u.Query()
	if prefix != "" {
		q.Set("key", prefix)
	}
	q.Set("ref", ref)
	u.RawQuery = q.Encode()
	return http.NewRequest("GET", u.String(), nil)
}

func geocode(base, value string) (*http.Request, error) {
	u, err := url.Parse(base + "/geocode")
	if err != nil {
		return nil, err
	}
	q := u.Query()
	q.Set("key", value) // want `value is put into a URL query as credential parameter "key"`
	u.RawQuery = q.Encode()
	return http.NewRequest("GET", u.String(), nil)
}
