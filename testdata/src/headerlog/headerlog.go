// Package headerlog holds the analysistest cases of the headerlog check.
package headerlog

import (
	"errors"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"net/http/httputil"
	"os"
	"testing"

	"github.com/golang/glog"
	"github.com/hashicorp/go-hclog"
	"github.com/rs/zerolog"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"k8s.io/klog/v2"
)

type apiError struct {
	Status int
	Header http.Header
}

type withHeader struct {
	http.Header
	Attempt int
}

type call struct {
	Name string
	Req  http.Request
}

func positives(req *http.Request, t *testing.T, zl *zap.Logger, zr *zerolog.Logger) error {
	log.Printf("request failed, headers=%v", req.Header) // want `req.Header \(http.Header\) reaches a log line via log.Printf: request headers carry the credentials`
	log.Printf("request: %+v", req)                      // want `req \(an http.Request\) reaches a log line`
	log.Println(*req)                                    // want `\*req \(an http.Request\) reaches a log line`
	dump, _ := httputil.DumpRequest(req, true)
	log.Printf("%s", dump) // want `dump \(the output of httputil.DumpRequest\) reaches a log line`
	out, err := httputil.DumpRequestOut(req, false)
	if err == nil {
		log.Println(string(out)) // want `the output of httputil.DumpRequestOut`
	}
	log.Print(req.Header.Get("Authorization"))                   // want `the Authorization header`
	log.Print(req.Header.Values("Cookie"))                       // want `the Cookie header`
	log.Print(req.Header["X-Api-Key"])                           // want `the X-Api-Key header`
	log.Printf("%+v", apiError{Status: 401, Header: req.Header}) // want `a struct holding net/http.Header in field Header`
	log.Printf("%+v", withHeader{Header: req.Header})            // want `a struct holding net/http.Header in field Header`
	log.Printf("%+v", call{Name: "get", Req: *req})              // want `field Req`
	text := fmt.Sprintf("%v", req.Header)
	log.Print(text)                                            // want `text \(http.Header\) reaches a log line`
	slog.Error("request failed", "headers", req.Header)        // want `via slog.Error`
	slog.Error("request failed", slog.Any("req", req))         // want `via slog.Any`
	zl.Error("request failed", zap.Any("headers", req.Header)) // want `via zap.Any`
	logrus.WithField("headers", req.Header).Info("failed")     // want `via logrus.WithField`
	zr.Info().Interface("headers", req.Header).Msg("failed")   // want `Interface`
	klog.InfoS("request failed", "headers", req.Header)        // want `via klog.InfoS`
	glog.Warning("request failed ", req.Header)                // want `via glog.Warning`
	hclog.Default().Debug("request", "headers", req.Header)    // want `Debug`
	t.Logf("sent %v", req.Header)                              // want `via t.Logf`
	fmt.Fprintln(os.Stderr, "headers:", req.Header)            // want `via fmt.Fprintln`
	debugf("request %v", req)                                  // want `via debugf \(it passes it to a log\)`
	if req.Method == "" {
		return errors.New("bad request: " + fmt.Sprint(req.Header)) // want `an error message via errors.New`
	}
	return fmt.Errorf("request %v failed", req.Header) // want `an error message via fmt.Errorf`
}

func debugf(format string, args ...any) { log.Printf("debug: "+format, args...) }

type job struct {
	ID  int
	Req *http.Request
}

type safeError struct {
	Header http.Header
}

func (e *safeError) Error() string { return "request failed" }

type result struct {
	Resp http.Response
}

type summary struct {
	Header http.Header
}

func (s summary) String() string { return "summary" }

func negatives(req *http.Request, resp *http.Response, w http.ResponseWriter, f *os.File) error {
	log.Printf("%s %s", req.Method, req.URL.Path)
	log.Printf("status %d", resp.StatusCode)
	log.Printf("response headers %v", resp.Header)
	log.Printf("response %+v", resp)
	log.Printf("result %+v", result{Resp: *resp})
	log.Print(req.Header.Get("Content-Type"))
	log.Print("request id ", req.Header.Get("X-Request-Id"))
	log.Printf("%d headers", len(req.Header))
	log.Printf("request type %T", req)
	log.Printf("request at %p", req)
	dump, _ := httputil.DumpRequest(req, false)
	_ = os.WriteFile("req.txt", dump, 0o600)
	fmt.Fprintf(w, "%v", req.Header)
	fmt.Fprintf(f, "%v", req.Header)
	log.Printf("%+v", job{ID: 1, Req: req})
	log.Printf("%v", &safeError{Header: req.Header})
	log.Printf("%v", summary{Header: req.Header})
	log.Print("Authorization header missing")
	log.Printf("has auth: %v", req.Header.Get("Authorization") != "")
	log.Printf("url %v", req.URL)
	for name := range req.Header {
		log.Print("header ", name)
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("X"))
	return fmt.Errorf("request %s %s failed", req.Method, req.URL)
}
