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

// Store nests its settings in anonymous structs; their tags are read the
// same way.
type Store struct {
	DB struct {
		Value string `env:"DB_PASSWORD"`
		Host  string `env:"DB_HOST"`
	}
	Replicas []*struct {
		Value string `env:"REPLICA_SECRET"`
	}
}

// Settings is a generic config: its instantiated fields are other
// objects than the declared ones.
type Settings[T any] struct {
	Extra  T
	Hook   string `env:"SERVICE_API_KEY"`
	Region string `env:"SERVICE_REGION"`
}

// Global is a package variable of an anonymous struct type.
var Global struct {
	DB struct {
		Value string `env:"GLOBAL_DB_PASSWORD"`
		Name  string `env:"GLOBAL_DB_NAME"`
	}
}
