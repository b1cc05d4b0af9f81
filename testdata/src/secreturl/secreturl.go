// Package secreturl holds the analysistest cases of the secreturl check.
package secreturl

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path"
	"strings"
)

const baseURL = "https://api.example.com/v1"

type Client struct {
	token    string
	apiKey   string
	systemID string
	base     string
}

func concatenation(c *Client, id, password string) {
	_ = baseURL + "/people?api_key=" + c.apiKey          // want `credential apiKey is put into a URL query \(parameter "api_key"\); send it in the Authorization header instead`
	_ = c.base + "/people?limit=10&token=" + c.token     // want `credential token is put into a URL query \(parameter "token"\)`
	_ = c.base + "?user=" + id + "&password=" + password // want `credential password is put into a URL query`
	key := os.Getenv("MAPS_KEY")
	_ = "https://maps.example.com/geo?key=" + key // want `key is put into a URL query as credential parameter "key"`
	_ = baseURL + "/search?q=" + c.systemID       // want `credential systemID is put into a URL query \(parameter "q"\)`
}

func sprintf(c *Client, limit int, r *http.Request) {
	_ = fmt.Sprintf("%s/people?limit=%d&api_token=%s", baseURL, limit, c.token) // want `credential token is put into a URL query \(parameter "api_token"\)`
	_ = fmt.Sprintf("%s?apikey=%v", c.base, c.apiKey)                           // want `parameter "apikey"`
	secret := r.FormValue("s")
	_ = fmt.Sprintf("%s/hook?secret=%s", c.base, secret) // want `secret is put into a URL query`
	auth := r.Header.Get("Authorization")
	_ = fmt.Sprintf("%s?access_token=%s", c.base, strings.TrimPrefix(auth, "Bearer ")) // want `credential Header.Get\("Authorization"\) is put into a URL query \(parameter "access_token"\)`
	tok := os.Getenv("SURESEND_API_TOKEN")
	_, _ = http.Get(fmt.Sprintf("%s/people?token=%s", baseURL, tok)) // want `credential os.Getenv\("SURESEND_API_TOKEN"\) is put into a URL query`
}

func builder(c *Client) string {
	var b strings.Builder
	b.WriteString(c.base)
	b.WriteString("/people?api_key=")
	b.WriteString(c.apiKey)               // want `credential apiKey is put into a URL query`
	fmt.Fprintf(&b, "&token=%s", c.token) // want `credential token is put into a URL query`
	return b.String()
}

func pathJoin(c *Client) string {
	return path.Join(c.base, "people?token="+c.token) // want `credential token is put into a URL query`
}

func values(c *Client) {
	q := url.Values{}
	q.Set("api_key", c.apiKey) // want `credential apiKey is put into a URL query \(parameter "api_key"\)`
	q.Set("limit", "10")
	u, _ := url.Parse(c.base + "/people")
	u.RawQuery = q.Encode()

	v := url.Values{"access_token": {c.token}} // want `credential token is put into a URL query`
	_, _ = http.Get(c.base + "/me?" + v.Encode())

	w := make(url.Values)
	w.Add("q", c.systemID) // want `credential systemID is put into a URL query \(parameter "q"\)`
	_, _ = http.NewRequest("GET", c.base+"/search?"+w.Encode(), nil)

	req, _ := http.NewRequest("GET", c.base, nil)
	rq := req.URL.Query()
	rq.Set("token", c.token) // want `credential token is put into a URL query`
	req.URL.RawQuery = rq.Encode()

	x := url.Values{}
	x.Set("key", os.Getenv("GOOGLE_API_KEY")) // want `credential os.Getenv\("GOOGLE_API_KEY"\) is put into a URL query`
	_ = &url.URL{Scheme: "https", Host: "example.com", RawQuery: x.Encode()}
}

func userinfo(c *Client, user, password string) {
	_ = &url.URL{Scheme: "https", Host: "api.example.com", User: url.UserPassword(user, password)} // want `credential password is put into an http URL's user info by url.UserPassword; set it with req.SetBasicAuth instead`
	u, _ := url.Parse("https://github.com/org/repo.git")
	u.User = url.User(c.token) // want `credential token is put into an http URL's user info by url.User`
	v, _ := url.Parse(c.base)
	v.User = url.UserPassword("x-access-token", c.token) // want `by url.UserPassword`
	_, _ = http.Get(v.String())
}
