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

// Fields of anonymous structs nested in another package's config, and of
// an instantiated generic config, are read from their tags too.
func t25Store(s t25envcfg.Store, st t25envcfg.Settings[int]) {
	log.Printf("db %s", s.DB.Value)               // want `credential Value \(env DB_PASSWORD\) reaches a log line via log.Printf`
	log.Printf("replica %s", s.Replicas[0].Value) // want `credential Value \(env REPLICA_SECRET\) reaches a log line via log.Printf`
	log.Printf("key %s", st.Hook)                 // want `credential Hook \(env SERVICE_API_KEY\) reaches a log line via log.Printf`
	log.Printf("db host %s, region %s", s.DB.Host, st.Region)
}

// So are the fields of another package's variable of an anonymous struct
// type.
func t25Global() {
	log.Printf("db %s", t25envcfg.Global.DB.Value) // want `credential Value \(env GLOBAL_DB_PASSWORD\) reaches a log line via log.Printf`
	log.Printf("db name %s", t25envcfg.Global.DB.Name)
}
