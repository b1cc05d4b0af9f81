package secretlog

import (
	"log"

	"secretlog/internal/logx"
)

// Wrappers, helpers and getters of another package, known by their facts.
func crossPackage(c *logx.Config, apiKey string) error {
	logx.Debugf("key %s", apiKey)  // want `credential apiKey reaches a log line via logx.Debugf \(it passes it to a log\)`
	log.Print(c.Auth())            // want `credential Auth\(\) reaches a log line`
	log.Print(logx.Bearer(apiKey)) // want `credential apiKey reaches a log line`
	log.Print(logx.Digest(apiKey))
	log.Print(logx.Bearer("anonymous"))
	log.Print(c.Region())
	log.Print(logx.Count(apiKey))
	logx.Debugf("region %s", c.Region())
	return logx.Fail("login", apiKey) // want `credential apiKey reaches an error message via logx.Fail`
}
