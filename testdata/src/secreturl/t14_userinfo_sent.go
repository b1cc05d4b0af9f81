package secreturl

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
	"strings"
)

// shoutrrr's zulip service: the bot key goes into the user info of a URL
// that is only handed to http.Post, which sends it as Basic auth and stars
// the password out of its *url.Error. Nothing prints the URL's text.
type zulipConfig struct {
	BotMail, BotKey, Host string
}

func zulipURL(c *zulipConfig) string {
	return (&url.URL{
		User:   url.UserPassword(c.BotMail, c.BotKey),
		Host:   c.Host,
		Path:   "api/v1/messages",
		Scheme: "https",
	}).String()
}

func zulipSend(c *zulipConfig, body string) error {
	apiURL := zulipURL(c)
	res, err := http.Post(apiURL, "application/x-www-form-urlencoded", strings.NewReader(body))
	if err != nil {
		return fmt.Errorf("failed to send zulip message: %s", err)
	}
	return res.Body.Close()
}

func zulipPing(c *zulipConfig) error {
	_, err := http.Get(zulipURL(c))
	return err
}

func directSend(c *zulipConfig) error {
	u := (&url.URL{Scheme: "https", Host: c.Host, User: url.UserPassword(c.BotMail, c.BotKey)}).String()
	_, err := http.Head(u)
	return err
}

// The same URL printed, returned by an exported function, or given to a
// function of its own is reported.
func printedURL(c *zulipConfig) error {
	u := (&url.URL{Scheme: "https", Host: c.Host, User: url.UserPassword(c.BotMail, c.BotKey)}).String() // want `credential BotKey is put into an http URL's user info`
	log.Printf("posting to %s", u)
	_, err := http.Head(u)
	return err
}

func ZulipURL(c *zulipConfig) string {
	return (&url.URL{Scheme: "https", Host: c.Host, User: url.UserPassword(c.BotMail, c.BotKey)}).String() // want `credential BotKey is put into an http URL's user info`
}

func loggedURL(c *zulipConfig) string {
	return (&url.URL{Scheme: "https", Host: c.Host, User: url.UserPassword(c.BotMail, c.BotKey)}).String() // want `credential BotKey is put into an http URL's user info`
}

func zulipLog(c *zulipConfig) error {
	target := loggedURL(c)
	_, err := http.Get(target)
	log.Println("sent to", target)
	return err
}

// A *url.URL whose only use is the text of a send is followed too.
func keptURL(c *zulipConfig) *url.URL {
	return &url.URL{Scheme: "https", Host: c.Host, User: url.UserPassword(c.BotMail, c.BotKey)}
}

func zulipKept(c *zulipConfig) error {
	_, err := http.Get(keptURL(c).String())
	return err
}

// Its user info printed, or the URL put into a request built by hand, is
// not only sent.
func userShown(c *zulipConfig) error {
	u := &url.URL{Scheme: "https", Host: c.Host, User: url.UserPassword(c.BotMail, c.BotKey)} // want `credential BotKey is put into an http URL's user info`
	log.Println("as", u.User)
	_, err := http.Get(u.String())
	return err
}

func builtRequest(c *zulipConfig) (*http.Request, error) {
	u := &url.URL{Scheme: "https", Host: c.Host, User: url.UserPassword(c.BotMail, c.BotKey)} // want `credential BotKey is put into an http URL's user info`
	req, err := http.NewRequest("GET", "https://"+c.Host, nil)
	if err == nil {
		req.URL = u
	}
	return req, err
}

// A result of several: the URL is the first.
func sentPair(c *zulipConfig) (string, error) {
	return (&url.URL{Scheme: "https", Host: c.Host, User: url.UserPassword(c.BotMail, c.BotKey)}).String(), nil
}

func zulipPair(c *zulipConfig) error {
	u, err := sentPair(c)
	if err != nil {
		return err
	}
	_, err = http.Get(u)
	return err
}

// An unexported method that builds it, called on its receiver (shoutrrr's
// zulip Service.getAPIURL).
type zulipService struct{ config *zulipConfig }

func (s *zulipService) getAPIURL(c *zulipConfig) string {
	return (&url.URL{User: url.UserPassword(c.BotMail, c.BotKey), Host: c.Host, Path: "api/v1/messages", Scheme: "https"}).String()
}

func (s *zulipService) doSend(body string) error {
	apiURL := s.getAPIURL(s.config)
	res, err := http.Post(apiURL, "application/x-www-form-urlencoded", strings.NewReader(body))
	if err != nil {
		return fmt.Errorf("failed to send zulip message: %s", err)
	}
	return res.Body.Close()
}

// Its method value taken: called who knows where.
func (s *zulipService) shownURL(c *zulipConfig) string {
	return (&url.URL{User: url.UserPassword(c.BotMail, c.BotKey), Host: c.Host, Scheme: "https"}).String() // want `credential BotKey is put into an http URL's user info`
}

func (s *zulipService) urlFunc() func(*zulipConfig) string { return s.shownURL }
