package secretlog

import (
	"fmt"
	"log"
	"log/slog"
	"strings"

	"secretlog/t26optcfg"
)

// Options kept as entries of one map (miniflux's config): a field of the
// entry at a constant key that names no credential (BASE_URL, LISTEN_ADDR)
// is not a secret because the same field of another entry (the one a
// secret file fills) is. Entries whose key names a secret still are.
func t26Serve(o *t26optcfg.Options) error {
	slog.Info("listening", slog.String("base_url", o.BaseURL()), slog.Any("addr", o.ListenAddr()))
	if o.Port() == "" {
		return fmt.Errorf("no port for %s", o.BaseURL())
	}
	slog.Info("oauth2", slog.String("secret", o.ClientSecret())) // want `credential ClientSecret\(\) reaches a log line via slog.String`
	log.Printf("youtube key %s", o.APIKey())                     // want `credential APIKey\(\) reaches a log line via log.Printf`
	log.Printf("connecting to %s", o.DatabaseURL())              // want `credential DatabaseURL\(\) reaches a log line via log.Printf`
	return nil
}

type t26Entry struct {
	value    string
	password string
}

// The same within one package, read directly.
func t26Local(secret string) {
	opts := map[string]*t26Entry{"BASE_URL": {}, "API_TOKEN": {}}
	opts["API_TOKEN"].value = secret
	log.Printf("base %s", opts["BASE_URL"].value)
	log.Printf("token %s", opts["API_TOKEN"].value)   // want `credential .* reaches a log line via log.Printf`
	log.Printf("token %s", opts["BASE_URL"].password) // want `credential password reaches a log line via log.Printf`
}

// An entry whose field the package writes a credential into at the same
// constant key is that credential, whatever the key's name.
func t26Direct(password string) {
	opts := map[string]*t26Entry{"DB": {}}
	opts["DB"].value = password
	log.Printf("db %s", opts["DB"].value) // want `credential .* reaches a log line via log.Printf`
}

// An entry whose field the package writes a value with no credential into
// (a normalised base URL) stays silent although another entry's field
// holds one.
func t26Normalise(secret string) {
	opts := map[string]*t26Entry{"BASE_URL": {}, "API_TOKEN": {}}
	opts["API_TOKEN"].value = secret
	base := opts["BASE_URL"].value
	opts["BASE_URL"].value = strings.TrimSuffix(base, "/")
	log.Printf("base %s", opts["BASE_URL"].value)
}

// An entry filled in the map's literal, or through a local bound to it,
// holds what was put there.
func t26Bound(password string) {
	opts := map[string]*t26Entry{"DB": {value: password}, "SMTP": {}, "HOST": {value: "db"}}
	log.Printf("db %s", opts["DB"].value) // want `credential .* reaches a log line via log.Printf`
	e := opts["SMTP"]
	e.value = password
	log.Printf("smtp %s", opts["SMTP"].value) // want `credential .* reaches a log line via log.Printf`
	log.Printf("host %s", opts["HOST"].value)
}

type t26Opts struct{ m map[string]*t26Entry }

func (o *t26Opts) set(key, v string) { o.m[key].value = v }

func (o *t26Opts) dsn() string { return o.m["DSN"].value }

// A setter's key is each constant its callers pass: the DSN entry holds
// the password given with "DSN", the HOST entry nothing.
func t26Setter(password string) {
	o := &t26Opts{m: map[string]*t26Entry{"DSN": {}, "HOST": {}}}
	o.set("DSN", "postgres://app:"+password+"@db/prod")
	log.Printf("db %s", o.dsn()) // want `credential .* reaches a log line via log.Printf`
	log.Printf("host %s", o.m["HOST"].value)
}
