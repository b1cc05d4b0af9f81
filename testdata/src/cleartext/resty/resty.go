package resty

import "github.com/go-resty/resty/v2"

func New(token string) *resty.Client {
	return resty.New().SetAuthToken(token).SetBaseURL("http://api.example.com") // want `cleartext HTTP to http://api.example.com`
}

func chain(c *resty.Client, token string) ([]byte, error) {
	resp, err := c.R().SetAuthToken(token).Get("http://api.example.com/me") // want `cleartext HTTP to http://api.example.com`
	if err != nil {
		return nil, err
	}
	return resp.Body(), nil
}
