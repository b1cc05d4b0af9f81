// Package heartbeat is a bot client whose one request helper serves both
// the API calls and the token refresh, and the token is refreshed on a
// timer (go-lark's StartHeartbeat). The timer paces the token fetch only:
// the API calls through the same helper still handle no 429.
package heartbeat

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sync/atomic"
	"time"
)

const DomainChat = "https://open.chatsuite-saas.io"

const tokenURL = "/open-apis/auth/v3/tenant_access_token/internal/"

type Bot struct {
	client      *http.Client
	domain      string
	appSecret   string
	accessToken atomic.Value
	stop        chan bool
}

func NewBot(appSecret string) *Bot {
	return &Bot{client: &http.Client{}, domain: DomainChat, appSecret: appSecret}
}

func (bot *Bot) AccessToken() string { s, _ := bot.accessToken.Load().(string); return s }

// DoAPIRequest builds the headers in a map of its own and hands it to the
// request whole.
func (bot *Bot) DoAPIRequest(method, urlPath string, auth bool, body io.Reader, output any) error {
	header := make(http.Header)
	if auth {
		header.Add("Authorization", fmt.Sprintf("Bearer %s", bot.AccessToken()))
	}
	req, err := http.NewRequest(method, bot.domain+urlPath, body)
	if err != nil {
		return err
	}
	req.Header = header
	resp, err := bot.client.Do(req) // want `^authenticated requests sent by bot\.client\.Do \(3 API calls\), and nothing here handles 429 Too Many Requests: on 429 wait as Retry-After says when present, else back off exponentially, with capped attempts; or return the status and headers to the caller in a typed error, or use a retrying client \(hashicorp/go-retryablehttp\)$`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(output)
}

func (bot *Bot) PostMessage(chat, text string) error {
	var out struct{ Code int }
	return bot.DoAPIRequest(http.MethodPost, "/open-apis/im/v1/messages", true, nil, &out)
}

func (bot *Bot) GetChat(id string) error {
	var out struct{ Code int }
	return bot.DoAPIRequest(http.MethodGet, "/open-apis/im/v1/chats/"+id, true, nil, &out)
}

// GetTenantAccessToken is a credential fetch (its path is an auth
// endpoint's).
func (bot *Bot) GetTenantAccessToken() error {
	var out struct{ Token string }
	if err := bot.DoAPIRequest(http.MethodPost, tokenURL, false, nil, &out); err != nil {
		return err
	}
	bot.accessToken.Store(out.Token)
	return nil
}

// StartHeartbeat renews the token on a timer.
func (bot *Bot) StartHeartbeat(interval time.Duration) {
	bot.stop = make(chan bool)
	go func() {
		for {
			t := time.NewTimer(interval)
			select {
			case <-bot.stop:
				return
			case <-t.C:
				_ = bot.GetTenantAccessToken()
			}
		}
	}()
}
