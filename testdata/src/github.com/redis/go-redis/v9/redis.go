// Package redis stands in for github.com/redis/go-redis/v9.
package redis

import "net/url"

type Options struct {
	Addr, Username, Password string
}

// ParseURL returns url.Parse's error as it is.
func ParseURL(redisURL string) (*Options, error) {
	u, err := url.Parse(redisURL)
	if err != nil {
		return nil, err
	}
	p, _ := u.User.Password()
	return &Options{Addr: u.Host, Username: u.User.Username(), Password: p}, nil
}

type Client struct{}

func NewClient(opt *Options) *Client { return &Client{} }
