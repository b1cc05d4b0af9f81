package headerlog

import (
	"log"
	"net/http"
	"net/http/httputil"
)

// A package that logs through an interface of its own (IBM go-sdk-core's
// GetLogger().Debug, whose one implementation prints with a *log.Logger)
// sends a request dump there as it would to log.Printf.
type sdkLogger interface {
	Debug(format string, inserts ...any)
	IsDebug() bool
}

type sdkLoggerImpl struct {
	l     *log.Logger
	debug bool
}

func (s *sdkLoggerImpl) Debug(format string, inserts ...any) { s.l.Printf(format, inserts...) }
func (s *sdkLoggerImpl) IsDebug() bool                       { return s.debug }

var sdkLog sdkLogger = &sdkLoggerImpl{l: log.Default()}

func sendLogged(req *http.Request, apiKey string) {
	req.Header.Set("Authorization", "Bearer "+apiKey)
	if sdkLog.IsDebug() {
		b, err := httputil.DumpRequestOut(req, true)
		if err == nil {
			sdkLog.Debug("Request:\n%s\n", b) // want `b \(the output of httputil.DumpRequestOut\) reaches a log line via sdkLog.Debug`
		}
	}
	sdkLog.Debug("Invoking %s %s", req.Method, req.URL.Host)
	http.DefaultClient.Do(req)
}
