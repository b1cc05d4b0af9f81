package secretlog

import (
	"log"

	"secretlog/t25envcfg"
)

// A field of another package's config struct filled from a credential
// environment variable (`env:"SLACK_WEBHOOK_TOKEN"`) is a credential
// where it is used; its neighbours whose variables name none are not.
func t25Notify(cfg t25envcfg.Config) {
	log.Printf("notifying via %s", cfg.Notifier.WebhookToken) // want `credential WebhookToken \(env SLACK_WEBHOOK_TOKEN\) reaches a log line via log.Printf`
	log.Printf("hook %s in room %s", cfg.Notifier.WebhookID, cfg.Room)
}
