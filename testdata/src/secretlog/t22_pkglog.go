package secretlog

import (
	"os"

	"example.com/chatlog"
	"github.com/caarlos0/log"
)

// goreleaser logs through github.com/caarlos0/log, a logger the sink
// table does not list: a package whose path ends in log, logger or
// logging is a logger, and its functions and its types' methods named for
// a level (Debug, Infof, Warn) and shaped like a printing function write a
// log line; WithField attaches its value to one.
func t22Push(apiKey string) {
	args := []string{"push", "--api-key", apiKey}
	log.WithField("cmd", "choco").WithField("args", args).Debug("running") // want `credential apiKey reaches a log line via \(\*Entry\).WithField`
	log.Debugf("pushing with %s", apiKey)                                  // want `credential apiKey reaches a log line via log.Debugf`
	log.New(os.Stderr).Infof("key %s", apiKey)                             // want `credential apiKey reaches a log line via \(\*Logger\).Infof`
	log.Warn("using " + apiKey)                                            // want `credential apiKey reaches a log line via log.Warn`
}

// Look-alikes: the level's format alone, %T, a level-named function that
// returns what it builds, a non-printing function of the log package, an
// interface's method (judged by its shape as before, silent here because
// the value is printed by %T), and a package whose path only contains
// "log" (a chat log).
func t22PushQuiet(apiKey string, l log.Interface) error {
	log.Debugf("pushing a key of %d bytes", len(apiKey))
	log.Infof("key type %T", apiKey)
	_ = log.Sprintf("key %s", apiKey)
	log.SetLevelFromString(apiKey)
	l.Infof("key type %T", apiKey)
	chatlog.Info("key " + apiKey)
	chatlog.Debugf("key %s", apiKey)
	return log.Error("bad key " + apiKey)
}
