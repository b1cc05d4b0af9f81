package authschemestrict

import (
	"net/http"

	"github.com/go-resty/resty/v2"
)

func github(req *http.Request, token string) {
	req.Header.Set("Authorization", "token "+token) // want `non-standard scheme "token"`
}

func discord(req *http.Request, token string) {
	req.Header.Set("Authorization", "Bot "+token) // want `non-standard scheme "Bot"`
}

func restyScheme(c *resty.Client) {
	c.SetAuthScheme("Token") // want `non-standard scheme "Token"`
}

func standard(req *http.Request, token, encoded string) {
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Add("Authorization", "Basic "+encoded)
}
