package secretlog

import (
	"errors"
	"fmt"
	"log"
	"net/url"

	"github.com/redis/go-redis/v9"

	"secretlog/internal/logx"
)

// go-redis' ParseURL returns url.Parse's *url.Error as it is, which quotes
// the whole redis://user:password@host URL (oauth2-proxy's redis session
// store wraps it into its start-up error). The library logs in with the
// URL's user info: the URL holds a password, whatever it is called.
type t20RedisOptions struct {
	ConnectionURL          string
	SentinelConnectionURLs []string
	WebhookURL             string
}

func t20Standalone(opts t20RedisOptions) (*redis.Client, error) {
	opt, err := redis.ParseURL(opts.ConnectionURL) // want `credential ConnectionURL reaches an error message via redis.ParseURL, whose error quotes the whole value and is passed on`
	if err != nil {
		return nil, fmt.Errorf("unable to parse redis url: %s", err)
	}
	return redis.NewClient(opt), nil
}

// The options of another package: that value's field is the URL.
func t20Foreign(opts logx.StoreOptions, other logx.StoreOptions) error {
	if _, err := redis.ParseURL(opts.ConnectionURL); err != nil { // want `credential ConnectionURL reaches an error message via redis.ParseURL`
		return fmt.Errorf("unable to parse redis url: %w", err)
	}
	if _, err := url.Parse(other.ConnectionURL); err != nil {
		return err
	}
	return nil
}

func t20Sentinels(urls []string) ([]string, error) {
	var addrs []string
	for _, u := range urls {
		opt, err := redis.ParseURL(u) // want `credential u reaches an error message via redis.ParseURL`
		if err != nil {
			return nil, fmt.Errorf("unable to parse redis url: %v", err)
		}
		addrs = append(addrs, opt.Addr)
	}
	return addrs, nil
}

// Silent look-alikes: the error replaced by a fixed one, only tested, or
// reduced to its cause; a literal URL; another URL of the same options,
// which no library logs in with.
func t20Quiet(opts t20RedisOptions) error {
	if _, err := redis.ParseURL(opts.ConnectionURL); err != nil {
		return errors.New("invalid redis connection URL")
	}
	if _, err := redis.ParseURL(opts.ConnectionURL); err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			return fmt.Errorf("invalid redis connection URL: %w", ue.Err)
		}
		return nil
	}
	if _, err := redis.ParseURL("redis://localhost:6379/0"); err != nil {
		return err
	}
	u, err := url.Parse(opts.WebhookURL)
	if err != nil {
		return fmt.Errorf("webhook url: %w", err)
	}
	log.Printf("webhook %s", u.Host)
	return nil
}
