package authscheme

import (
	"context"
	"net/http"
	"os"
	"regexp"
)

// Many vendors take their API key bare in Authorization, or issue it with
// its own scheme: without evidence that the server wants Bearer, a bare
// key is sent as the vendor documents.

const authorizationHeader = "Authorization"

// ArvanCloud issues the key as "Apikey …".
type arvanClient struct{ apiKey string }

func (c *arvanClient) do(req *http.Request) {
	req.Header.Set(authorizationHeader, c.apiKey)
}

// ANS SafeDNS takes the bare key.
type safeDNSClient struct{ authToken string }

func (c *safeDNSClient) do(req *http.Request) {
	req.Header.Set(authorizationHeader, c.authToken)
}

// BlueCat's token is cut out of the login answer with its scheme.
var authTokenRe = regexp.MustCompile("BAMAuthToken: [^ ]+")

type tokenKey struct{}

func login(ctx context.Context, body string) context.Context {
	return context.WithValue(ctx, tokenKey{}, authTokenRe.FindString(body))
}

func getToken(ctx context.Context) string {
	tok, _ := ctx.Value(tokenKey{}).(string)
	return tok
}

func doAuthenticated(ctx context.Context, req *http.Request) {
	if tok := getToken(ctx); tok != "" {
		req.Header.Set(authorizationHeader, tok)
	}
}

// Discord's bot token is sent as "Bot …", which the user writes into it.
type discordSession struct{ Token string }

func (s *discordSession) request(req *http.Request) {
	req.Header.Set("authorization", s.Token)
}

func plainToken(req *http.Request, token string) {
	req.Header.Set("Authorization", token)
}

// Sent's guide wants the key in x-api-key: nothing says Bearer.
func vendorEnv(req *http.Request) {
	apiToken := os.Getenv("SENT_API_TOKEN")
	req.Header.Set("Authorization", apiToken)
}

// A key sent after "Bearer " in another type's method is another value.
type otherClient struct{ apiKey string }

func (c *otherClient) bearer(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
}

func (c *arvanClient) again(req *http.Request) {
	req.Header.Set("Authorization", c.apiKey)
}
