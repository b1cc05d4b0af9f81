package secretlog

import (
	"bytes"
	"fmt"
	"log"
	"net/http"
	"net/url"
)

// goreleaser's announcers read their tokens into struct fields by `env`
// tags (caarlos0/env: TELEGRAM_TOKEN, DISCORD_WEBHOOK_TOKEN) and put them
// in the request URL's path; the client's *url.Error quotes that URL, and
// `return err` hands it on. A field filled from a credential environment
// variable is a credential whatever its own name.
type t22Telegram struct {
	ConsumerToken string `env:"TELEGRAM_TOKEN,notEmpty"`
	ChatID        string `env:"TELEGRAM_CHAT_ID"`
}

type t22Discord struct {
	API          string `env:"DISCORD_API" envDefault:"https://discord.com/api"`
	WebhookID    string `env:"DISCORD_WEBHOOK_ID,notEmpty"`
	WebhookToken string `env:"DISCORD_WEBHOOK_TOKEN,notEmpty"`
}

// t22Parse stands for env.ParseAs: it fills the fields by reflection.
func t22Parse[T any]() (T, error) {
	var v T
	return v, nil
}

func t22Telegraph(body []byte) error {
	cfg, err := t22Parse[t22Telegram]()
	if err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodPost, fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage", cfg.ConsumerToken), bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err // want `the error of http.DefaultClient.Do quotes the request URL, which carries a credential, ConsumerToken \(env TELEGRAM_TOKEN\) \(in the URL path\), and is returned`
	}
	return resp.Body.Close()
}

func t22Discordance(body []byte) error {
	cfg, err := t22Parse[t22Discord]()
	if err != nil {
		return err
	}
	u, err := url.Parse(cfg.API)
	if err != nil {
		return err
	}
	u = u.JoinPath("webhooks", cfg.WebhookID, cfg.WebhookToken)
	req, err := http.NewRequest(http.MethodPost, u.String(), bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err // want `the error of http.DefaultClient.Do quotes the request URL, which carries a credential, WebhookToken \(env DISCORD_WEBHOOK_TOKEN\) \(in the URL path\), and is returned`
	}
	return resp.Body.Close()
}

func t22JoinText(base, apiKey string) error {
	s, err := url.JoinPath(base, "v1", apiKey, "items")
	if err != nil {
		return err
	}
	_, err = http.Get(s)
	return err // want `the error of http.Get quotes the request URL, which carries a credential, apiKey \(in the URL path\), and is returned`
}

// Look-alikes: a URL whose path holds the chat's or the webhook's ID
// only, a field whose env tag names no credential, and one whose own name
// says it holds where the token is, not the token.
type t22Chat struct {
	Token     string `env:"CHAT_ROOM"`
	TokenFile string `env:"CHAT_TOKEN"`
}

func t22ChatInfo(cfg t22Telegram, chat t22Chat) error {
	if _, err := http.Get(fmt.Sprintf("https://api.telegram.org/chat/%s", cfg.ChatID)); err != nil {
		return err
	}
	if _, err := http.Get(fmt.Sprintf("https://chat.example.com/rooms/%s", chat.Token)); err != nil {
		return err
	}
	if _, err := http.Get(fmt.Sprintf("https://chat.example.com/files/%s", chat.TokenFile)); err != nil {
		return err
	}
	log.Printf("room %s, token file %s", chat.Token, chat.TokenFile)
	return nil
}

func t22HookInfo(cfg t22Discord) error {
	u, err := url.Parse(cfg.API)
	if err != nil {
		return err
	}
	_, err = http.Get(u.JoinPath("webhooks", cfg.WebhookID).String())
	return err
}
