// Package t26optcfg keeps every option in one map of entries, as
// miniflux's config does: a secret file's content is written into the
// entry its targetKey names, so the value field holds a secret in some
// entries and not in the others.
package t26optcfg

import "os"

type entry struct {
	value     string
	list      []string
	targetKey string
	secret    bool
}

// New lists the options; DATABASE_URL is flagged secret (it holds the
// database password), so the secret file's content may be its value.
func New() *Options {
	return &Options{options: map[string]*entry{
		"BASE_URL":          {value: "http://localhost"},
		"DATABASE_URL":      {value: "user=postgres sslmode=disable", secret: true},
		"DATABASE_URL_FILE": {targetKey: "DATABASE_URL"},
	}}
}

type Options struct {
	options map[string]*entry
}

func (o *Options) ParseLine(key, file string) {
	field := o.options[key]
	secretValue, _ := os.ReadFile(file)
	if target, ok := o.options[field.targetKey]; ok {
		target.value = string(secretValue)
	}
	field.list = []string{":" + o.Port()}
}

func (o *Options) Port() string { return o.options["PORT"].value }

func (o *Options) BaseURL() string { return o.options["BASE_URL"].value }

func (o *Options) ListenAddr() []string { return o.options["LISTEN_ADDR"].list }

func (o *Options) ClientSecret() string { return o.options["OAUTH2_CLIENT_SECRET"].value }

func (o *Options) APIKey() string { return o.options["YOUTUBE_API_KEY"].value }

func (o *Options) DatabaseURL() string { return o.options["DATABASE_URL"].value }
