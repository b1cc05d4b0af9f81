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

func keptURL(c *zulipConfig) *url.URL {
	return &url.URL{Scheme: "https", Host: c.Host, User: url.UserPassword(c.BotMail, c.BotKey)} // want `credential BotKey is put into an http URL's user info`
}

func zulipKept(c *zulipConfig) error {
	_, err := http.Get(keptURL(c).String())
	return err
}
