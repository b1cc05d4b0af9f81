package secreturl

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

type oauth struct {
	tokenURL     string
	clientID     string
	clientSecret string
	redirectURI  string
}

type lister struct {
	base      string
	pageToken string
	apiKey    string
}

func lookAlikes(o *oauth, l *lister, nextToken, cursor, code, state, id string, limit int) {
	_ = o.tokenURL + "?grant_type=client_credentials"
	_ = fmt.Sprintf("%s/oauth/token?grant_type=authorization_code&code=%s", l.base, code)
	_ = fmt.Sprintf("%s/authorize?response_type=token&client_id=%s&state=%s", l.base, o.clientID, state)
	_ = l.base + "/people?page_token=" + l.pageToken
	_ = l.base + "/people?token=" + nextToken
	_ = l.base + "/people?cursor=" + cursor
	_ = fmt.Sprintf("%s/people?limit=%d&next_token=%s", l.base, limit, nextToken)
	_ = l.base + "/people/" + id + "?limit=10"
	_ = l.base + "/people?api_key=YOUR_API_KEY"
	_ = "token=" + l.apiKey + " is not a URL"
	_ = "password=" + o.clientSecret
	_ = l.base + "?token_type=" + "bearer"
	_ = fmt.Sprintf("Bearer %s", l.apiKey)
	_ = fmt.Sprintf("%s/token_url?redirect_uri=%s", l.base, o.redirectURI)
	_ = l.base + "?secret_name=" + id
}

func formBody(o *oauth) {
	form := url.Values{}
	form.Set("grant_type", "client_credentials")
	form.Set("client_secret", o.clientSecret)
	_, _ = http.PostForm(o.tokenURL, form)

	body := url.Values{"client_secret": {o.clientSecret}}
	req, _ := http.NewRequest("POST", o.tokenURL, strings.NewReader(body.Encode()))
	req.Header.Set("Authorization", "Bearer "+o.clientSecret)

	q := url.Values{}
	q.Set("page_token", "abc")
	q.Set("limit", "10")
	u, _ := url.Parse(o.tokenURL)
	u.RawQuery = q.Encode()
}

func dsn(user, password string) string {
	u := &url.URL{Scheme: "postgres", Host: "db:5432", User: url.UserPassword(user, password)}
	v, _ := url.Parse("redis://cache:6379")
	v.User = url.UserPassword("", password)
	w := url.URL{Scheme: "https", Host: "example.com", User: url.User("anonymous")}
	return u.String() + v.String() + w.String()
}
