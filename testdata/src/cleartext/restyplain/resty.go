// Package restyplain uses resty without credentials.
package restyplain

import "github.com/go-resty/resty/v2"

func New() *resty.Client {
	return resty.New().SetBaseURL("http://mirror.example.com")
}
