// Package t25envcfg is a module's config package: its fields are filled
// from the environment by a loader (caarlos0/env) and used elsewhere.
package t25envcfg

type Config struct {
	Notifier Notifier
	Room     string `env:"CHAT_ROOM"`
}

type Notifier struct {
	WebhookToken string `env:"SLACK_WEBHOOK_TOKEN,notEmpty"`
	WebhookID    string `env:"SLACK_WEBHOOK_ID"`
}
