// Package restyauth puts a token on its resty client, which does not retry.
package restyauth

import (
	"errors"

	"github.com/go-resty/resty/v2"
)

type Client struct{ r *resty.Client }

func New(token string) *Client {
	return &Client{r: resty.New().SetBaseURL("https://api.mailer.example-saas.io").SetAuthToken(token)}
}

func (c *Client) Me() (string, error) {
	resp, err := c.r.R().Get("/me") // want `authenticated request sent by c.r.R\(\).Get`
	if err != nil {
		return "", err
	}
	if resp.StatusCode() != 200 {
		return "", errors.New("failed")
	}
	return string(resp.Body()), nil
}

func chain(c *resty.Client, apiKey string) ([]byte, error) {
	resp, err := c.R().SetHeader("X-Api-Key", apiKey).Post("/send") // want `authenticated request sent by c.R\(\).SetHeader\("X-Api-Key", apiKey\).Post`
	if err != nil {
		return nil, err
	}
	return resp.Body(), nil
}

func handled(c *resty.Client, apiKey string) ([]byte, error) {
	resp, err := c.R().SetHeader("X-Api-Key", apiKey).Post("/send")
	if err != nil {
		return nil, err
	}
	if resp.StatusCode() == 429 {
		return nil, errors.New("rate limited")
	}
	return resp.Body(), nil
}
