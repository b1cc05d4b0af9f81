// Package loginfetch signs users in (goth's providers): it sends them to
// authorize, exchanges the code for their token, and fetches the user's
// profile with it once per login. That fetch is no API call: the token is
// the one the package has just obtained, handed in with the login's
// session. An API client of the same package that keeps the token it
// obtained and makes its calls with it is one.
package loginfetch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

const (
	endpointProfile = "https://api.social-login.io/2.0/user"
	endpointEmail   = "https://api.social-login.io/2.0/user/emails"
)

type Provider struct {
	HTTPClient *http.Client
	config     *oauth2.Config
}

func (p *Provider) Client() *http.Client {
	if p.HTTPClient != nil {
		return p.HTTPClient
	}
	return http.DefaultClient
}

type Session struct {
	AuthURL      string
	AccessToken  string
	RefreshToken string
}

type User struct {
	AccessToken string
	Name, Email string
}

func (p *Provider) BeginAuth(state string) (*Session, error) {
	return &Session{AuthURL: p.config.AuthCodeURL(state)}, nil
}

// Authorize exchanges the code for the user's token and keeps it in the
// session.
func (s *Session) Authorize(p *Provider, code string) (string, error) {
	token, err := p.config.Exchange(context.Background(), code)
	if err != nil {
		return "", err
	}
	s.AccessToken = token.AccessToken
	s.RefreshToken = token.RefreshToken
	return s.AccessToken, nil
}

// FetchUser: the login's profile fetch, silent.
func (p *Provider) FetchUser(session any) (User, error) {
	sess := session.(*Session)
	user := User{AccessToken: sess.AccessToken}
	if err := p.getUserInfo(&user, sess); err != nil {
		return user, err
	}
	return user, p.getEmail(&user, sess)
}

func authenticateRequest(req *http.Request, s *Session) {
	req.Header.Set("Authorization", "Bearer "+s.AccessToken)
}

func (p *Provider) getUserInfo(user *User, sess *Session) error {
	req, err := http.NewRequest("GET", endpointProfile, nil)
	if err != nil {
		return err
	}
	authenticateRequest(req, sess)
	resp, err := p.Client().Do(req) // silent: once per login, with the token just obtained
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("responded with a %d trying to fetch user information", resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(user)
}

func (p *Provider) getEmail(user *User, sess *Session) error {
	req, err := http.NewRequest("GET", endpointEmail, nil)
	if err != nil {
		return err
	}
	authenticateRequest(req, sess)
	resp, err := p.Client().Do(req) // silent
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("responded with a %d trying to fetch email addresses", resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(&user.Email)
}

// WeProvider builds its authorization URL and fetches the token itself.
type WeProvider struct {
	hc                      *http.Client
	appID, secret, redirect string
}

type WeSession struct{ AuthURL, AccessToken, OpenID string }

func (p *WeProvider) BeginAuth(state string) *WeSession {
	q := url.Values{}
	q.Set("appid", p.appID)
	q.Set("redirect_uri", p.redirect)
	q.Set("state", state)
	return &WeSession{AuthURL: "https://open.chat-login.io/connect/qrconnect?" + q.Encode()}
}

func (p *WeProvider) fetchToken(code string) (*oauth2.Token, error) {
	q := url.Values{}
	q.Set("appid", p.appID)
	q.Set("secret", p.secret)
	q.Set("code", code)
	resp, err := p.hc.Get("https://api.chat-login.io/sns/oauth2/access_token?" + q.Encode())
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &oauth2.Token{AccessToken: out.AccessToken}, nil
}

// Moments is an API call made with a user's token handed in: a field of
// oauth2's Token, which every caller may hold, not the package's own login
// session.
func (p *WeProvider) Moments(tok *oauth2.Token) (int, error) {
	req, err := http.NewRequest("GET", "https://api.chat-login.io/sns/moments", nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	resp, err := p.hc.Do(req) // want `^authenticated request sent by p\.hc\.Do \(1 API call\)`
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

func (s *WeSession) Authorize(p *WeProvider, code string) error {
	token, err := p.fetchToken(code)
	if err != nil {
		return err
	}
	s.AccessToken = token.AccessToken
	return nil
}

func (p *WeProvider) FetchUser(s *WeSession) (User, error) {
	q := url.Values{}
	q.Set("access_token", s.AccessToken)
	q.Set("openid", s.OpenID)
	resp, err := p.hc.Get("https://api.chat-login.io/sns/userinfo?" + q.Encode()) // silent
	if err != nil {
		return User{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return User{}, fmt.Errorf("userinfo: %d", resp.StatusCode)
	}
	var u User
	return u, json.NewDecoder(resp.Body).Decode(&u)
}

// Client keeps the token its login obtained and calls the API with it.
type Client struct {
	hc     *http.Client
	config *oauth2.Config
	token  string
}

func (c *Client) Login(code string) error {
	tok, err := c.config.Exchange(context.Background(), code)
	if err != nil {
		return err
	}
	c.token = tok.AccessToken
	return nil
}

func (c *Client) get(path string, out any) error {
	req, err := http.NewRequest("GET", "https://api.social-login.io/2.0"+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req) // want `^authenticated requests sent by c\.hc\.Do \(2 API calls\)`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New("request failed")
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func (c *Client) Repositories(out any) error { return c.get("/repositories", out) }

func (c *Client) Snippets(out any) error { return c.get("/snippets", out) }
