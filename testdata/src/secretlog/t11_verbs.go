package secretlog

import (
	"fmt"
	"log"
)

type verbConfig struct {
	Host     string
	Password string
}

// debugLine hands the formatted text to log.Output: its format parameter
// is the format, and the caller's verbs decide what its arguments show.
func debugLine(format string, args ...any) {
	log.Output(2, fmt.Sprintf(format, args...))
}

// errf builds an error from a caller's format.
func errf(format string, args ...any) error {
	return fmt.Errorf("db: "+format, args...)
}

// %p prints the address of a pointer, map or slice; %T the type.
func addressVerbs(cfg *verbConfig, password string, keys map[string]string) {
	log.Printf("config at %p", cfg)
	debugLine("config at %p, type %T", cfg, cfg)
	debugLine("password type %T", password)
	_ = errf("config %p", cfg)
	debugLine("keys at %p", keys)
	debugLine("config %+v", cfg)           // want `cfg is printed whole, with its credential field Password, in a log line via debugLine`
	_ = errf("password %s", password)      // want `credential password reaches an error message via errf`
	log.Printf("password at %p", password) // want `credential password reaches a log line via log.Printf`
	debugLine("password at %p", password)  // want `credential password reaches a log line via debugLine`
}

// Text formatted before it reaches the sink: the format decides too.
func formattedFirst(cfg *verbConfig, password string) {
	log.Print(fmt.Sprintf("password type %T, config at %p", password, cfg))
	log.Print(fmt.Sprintf("password %q", password)) // want `credential password reaches a log line via log.Print`
}
