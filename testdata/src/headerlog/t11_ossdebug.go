package headerlog

import (
	"bytes"
	"fmt"
	"log"
	"net/http"
)

// The shape of aliyun-oss-go-sdk's debug logging (oss/conn.go, conf.go):
// a printf-style WriteLog through a buffer, requests printed with %p (an
// address), and a dump of every header value copied through buffers.
type ossConfig struct {
	Logger   *log.Logger
	LogLevel int
}

func (c *ossConfig) writeLog(level int, format string, a ...any) {
	if c.LogLevel < level {
		return
	}
	var logBuffer bytes.Buffer
	logBuffer.WriteString(fmt.Sprintf(format, a...))
	c.Logger.Printf("%s", logBuffer.String())
}

func (c *ossConfig) loggerHTTPReq(req *http.Request) {
	var logBuffer bytes.Buffer
	logBuffer.WriteString(fmt.Sprintf("[Req:%p]Method:%s\t", req, req.Method))
	for k, v := range req.Header {
		var valueBuffer bytes.Buffer
		for j := 0; j < len(v); j++ {
			if j > 0 {
				valueBuffer.WriteString(" ")
			}
			valueBuffer.WriteString(v[j])
		}
		logBuffer.WriteString(fmt.Sprintf("\t%s:%s", k, valueBuffer.String())) // want `fmt.Sprintf\("\\t%s:%s", k, valueBuffer.String\(\)\) \(a value of req.Header\) reaches a log line via logBuffer.WriteString`
	}
	c.writeLog(1, "%s\n", logBuffer.String())
}

func (c *ossConfig) signed(req *http.Request, signStr string) string {
	c.writeLog(1, "[Req:%p]signStr:%s\n", req, signStr)
	return signStr
}

func (c *ossConfig) do(client *http.Client, req *http.Request) {
	c.loggerHTTPReq(req)
	c.signed(req, "GET\n/bucket")
	if _, err := client.Do(req); err != nil {
		c.writeLog(1, "[Resp:%p]http error:%s\n", req, err.Error())
	}
	c.writeLog(1, "[Req]%v\n", req) // want `req \(an http.Request\) reaches a log line via c.writeLog`
}
