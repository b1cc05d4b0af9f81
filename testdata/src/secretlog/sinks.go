package secretlog

import (
	"fmt"
	"log"
	"log/slog"
	"os"
	"testing"

	"github.com/golang/glog"
	"github.com/hashicorp/go-hclog"
	"github.com/rs/zerolog"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"k8s.io/klog/v2"
)

// Every sink family, with the credential apiKey.
func sinkFamilies(apiKey string, l *log.Logger, sl *slog.Logger, t *testing.T, b *testing.B, zl *zap.Logger, zr *zerolog.Logger) {
	l.Printf("key %s", apiKey)                                                   // want `credential apiKey reaches a log line via l.Printf`
	slog.Info("request", "key", apiKey)                                          // want `via slog.Info`
	sl.Debug("request", slog.String("key", apiKey))                              // want `via slog.String`
	slog.Info("request", slog.Any("key", apiKey))                                // want `via slog.Any`
	slog.Info("request", slog.Attr{Key: "key", Value: slog.StringValue(apiKey)}) // want `via slog.StringValue`
	fmt.Println("key:", apiKey)                                                  // want `via fmt.Println`
	fmt.Fprintf(os.Stderr, "key: %s\n", apiKey)                                  // want `via fmt.Fprintf`
	t.Logf("key %s", apiKey)                                                     // want `via t.Logf`
	b.Error("key", apiKey)                                                       // want `via b.Error`
	zl.Info("request", zap.String("key", apiKey))                                // want `via zap.String`
	zap.L().Sugar().Infow("request", "key", apiKey)                              // want `Infow`
	zl.Info("request", zap.Reflect("key", apiKey))                               // want `via zap.Reflect`
	logrus.WithField("key", apiKey).Info("request")                              // want `via logrus.WithField`
	logrus.WithFields(logrus.Fields{"key": apiKey}).Info("request")              // want `via logrus.WithFields`
	logrus.Infof("key %s", apiKey)                                               // want `via logrus.Infof`
	zr.Info().Str("key", apiKey).Msg("request")                                  // want `via \(\*Event\).Str`
	zr.Info().Msgf("key %s", apiKey)                                             // want `Msgf`
	klog.Infof("key %s", apiKey)                                                 // want `via klog.Infof`
	klog.V(2).Infof("key %s", apiKey)                                            // want `Infof`
	klog.InfoS("request", "key", apiKey)                                         // want `via klog.InfoS`
	glog.Infof("key %s", apiKey)                                                 // want `via glog.Infof`
	hclog.Default().Info("request", "key", apiKey)                               // want `Info`
}

// Writers other than standard output and error are not log sinks.
func otherWriters(apiKey string, f *os.File) {
	fmt.Fprintf(f, "key=%s\n", apiKey)
	_ = fmt.Sprintf("Bearer %s", apiKey)
}
