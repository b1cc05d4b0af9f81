package secretlog

import (
	"log"
	"log/slog"

	"github.com/sirupsen/logrus"
)

// fmt's verbs print a pointer nested in a struct as an address: a result
// that holds the client by pointer does not show the client's API key
// (github.com/opsgenie/opsgenie-go-sdk-v2: `Debugf("result: %+v", result)`
// with result.asyncBaseResult.Client *OpsGenieClient).

type ogConfig struct{ ApiKey string }

type ogClient struct {
	Config *ogConfig
	logger *logrus.Logger
}

type asyncBase struct{ Client *ogClient }

type alertResult struct {
	asyncBase
	RequestID string
}

type integrationResult struct {
	Name   string
	ApiKey string
}

type request struct {
	Path     string
	Password *string
	Inline   ogConfig
}

// exec is a wrapper: its result parameter reaches logrus' Debugf.
func (c *ogClient) exec(result any) {
	c.logger.Debugf("Request processed. The result: %+v", result)
}

func (c *ogClient) calls(r *alertResult, ir *integrationResult, req *request) {
	c.exec(r)                      // silent: the key sits behind two pointers
	log.Printf("result %+v", r)    // silent
	log.Printf("request %+v", req) // want `req is printed whole, with its credential field Inline.ApiKey`
	c.exec(ir)                     // want `ir is printed whole, with its credential field ApiKey, in a log line via c.exec`
	logrus.Infof("%v", *ir)        // want `printed whole, with its credential field ApiKey`
	// Structured loggers may encode by reflection, which follows pointers.
	slog.Info("result", "r", r) // want `r is printed whole, with its credential field asyncBase.Client.Config.ApiKey`
}

type pwOnly struct {
	User     string
	Password *string
}

func pointerFields(p pwOnly) {
	log.Printf("login %+v", p) // silent: fmt prints the *string as an address
	slog.Info("login", "p", p) // want `p is printed whole, with its credential field Password`
}
