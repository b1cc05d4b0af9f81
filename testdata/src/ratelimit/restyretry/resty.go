// Package restyretry's resty client retries.
package restyretry

import "github.com/go-resty/resty/v2"

type Client struct{ r *resty.Client }

func New(token string) *Client {
	return &Client{r: resty.New().SetAuthToken(token).SetRetryCount(3)}
}

func (c *Client) Me() ([]byte, error) {
	resp, err := c.r.R().Get("/me")
	if err != nil {
		return nil, err
	}
	return resp.Body(), nil
}
