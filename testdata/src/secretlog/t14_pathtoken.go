package secretlog

import (
	"bytes"
	"fmt"
	"log"
	"net/http"
	"net/url"
)

// shoutrrr's discord service: a helper builds the webhook URL with the
// token as its last path segment, and the send helper returns the error of
// http.Post, a *url.Error that quotes that URL, after giving an error of
// its own only where there was none.
type hookConfig struct {
	WebhookID string
	Token     string
}

func (c *hookConfig) getURL() *url.URL {
	return &url.URL{User: url.User(c.Token), Host: c.WebhookID, Scheme: "discord"}
}

func hookURL(c *hookConfig) string {
	return fmt.Sprintf("%s/%s/%s", "https://discord.com/api/webhooks", c.WebhookID, c.Token)
}

func hookSend(payload []byte, postURL string) error {
	res, err := http.Post(postURL, "application/json", bytes.NewBuffer(payload))
	if res == nil && err == nil {
		err = fmt.Errorf("unknown error")
	}
	if err == nil && res.StatusCode != http.StatusNoContent {
		err = fmt.Errorf("response status code %s", res.Status)
	}
	return err
}

func hookItems(c *hookConfig, payload []byte) error {
	postURL := hookURL(c)
	return hookSend(payload, postURL) // want `the error of hookSend quotes the request URL, which carries a credential, Token \(in the URL path\), and is returned`
}

func hookPing(c *hookConfig) error {
	_, err := http.Post(hookURL(c), "application/json", nil)
	if err != nil {
		log.Println(err) // want `the error of http.Post quotes the request URL, which carries a credential, Token \(in the URL path\), and reaches a log line via log.Println`
	}
	return nil
}

// Look-alikes: a helper URL that carries no credential (the webhook ID
// alone), and a send helper that replaces the send's error with its own.
func hookInfoURL(c *hookConfig) string {
	return fmt.Sprintf("%s/%s", "https://discord.com/api/webhooks", c.WebhookID)
}

func hookInfo(c *hookConfig) error {
	_, err := http.Get(hookInfoURL(c))
	return err
}

func hookSendQuiet(payload []byte, postURL string) error {
	res, err := http.Post(postURL, "application/json", bytes.NewBuffer(payload))
	if err != nil {
		err = fmt.Errorf("send failed")
	}
	if err == nil && res.StatusCode != http.StatusNoContent {
		err = fmt.Errorf("response status code %s", res.Status)
	}
	return err
}

func hookItemsQuiet(c *hookConfig, payload []byte) error {
	return hookSendQuiet(payload, hookURL(c))
}
