package secreturl

import (
	"database/sql"
	"database/sql/driver"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
)

// gosnowflake's cmd/oauth: a DSN with the OAuth token as a parameter,
// handed to sql.Open (and printed if that fails: secretlog's). The driver
// parses it and sends the token in its login request's body; the text is
// never requested as a URL.
func openOAuth() (*sql.DB, error) {
	account := os.Getenv("SNOWFLAKE_TEST_ACCOUNT")
	token := os.Getenv("SNOWFLAKE_TEST_OAUTH_TOKEN")
	dsn := fmt.Sprintf("%v?authenticator=OAUTH&token=%v", account, url.QueryEscape(token))
	db, err := sql.Open("snowflake", dsn)
	if err != nil {
		log.Printf("failed to connect. %v, err: %v", dsn, err)
	}
	return db, err
}

// Through a function of the package that opens it.
func openWith(dsn string) (*sql.DB, error) { return sql.Open("snowflake", dsn) }

func openOAuthHelper(account string) (*sql.DB, error) {
	return openWith(account + "?authenticator=OAUTH&token=" + os.Getenv("SNOWFLAKE_TOKEN"))
}

// A driver's own Open, called directly.
type sfDriver struct{}

func (sfDriver) Open(name string) (driver.Conn, error) { return nil, nil }

func openDriver(account string) {
	sfDriver{}.Open(account + "?token=" + os.Getenv("SNOWFLAKE_TOKEN"))
}

// The same text requested over HTTP is a URL.
func getOAuth(account string) (*http.Response, error) {
	token := os.Getenv("SNOWFLAKE_TEST_OAUTH_TOKEN")
	u := fmt.Sprintf("%v?authenticator=OAUTH&token=%v", account, url.QueryEscape(token)) // want `url.QueryEscape\(token\) is put into a URL query as credential parameter "token"`
	return http.Get(u)
}

// Opened and requested: a URL still.
func openAndGet(account string) {
	u := account + "?token=" + os.Getenv("SNOWFLAKE_TOKEN") // want `is put into a URL query`
	sql.Open("x", u)
	http.Get(u)
}

// gosnowflake's Config.DSN: user:password@host:port, then the query. The
// user is url.QueryEscape'd, so the text cannot start with a scheme: it is
// the driver's connection string, whoever calls this exported function.
type sfConfig struct {
	User, Password, Host, Token string
	Port                        int
}

func DSN(cfg *sfConfig) (dsn string, err error) {
	params := &url.Values{}
	if cfg.Token != "" {
		params.Add("token", cfg.Token)
	}
	dsn = fmt.Sprintf("%v:%v@%v:%v", url.QueryEscape(cfg.User), url.QueryEscape(cfg.Password), cfg.Host, cfg.Port)
	if params.Encode() != "" {
		dsn += "?" + params.Encode()
	}
	return
}

// A scheme other than HTTP's: a connection URL, not a request.
func PostgresURL(cfg *sfConfig) string {
	return "postgres://" + cfg.Host + "/db?sslmode=require&password=" + cfg.Password
}

// Look-alikes that stay reported: the text before the query may be an
// HTTP URL (an https base, or a user name not escaped, which may hold
// "https://").
func TokenURL(cfg *sfConfig) (u string) {
	params := url.Values{}
	params.Add("token", cfg.Token) // want `credential Token is put into a URL query \(parameter "token"\)`
	u = "https://" + cfg.Host + "/login"
	u += "?" + params.Encode()
	return
}

func RawUserURL(cfg *sfConfig) (u string) {
	params := url.Values{}
	params.Add("token", cfg.Token) // want `credential Token is put into a URL query \(parameter "token"\)`
	u = fmt.Sprintf("%v@%v", cfg.User, cfg.Host)
	u += "?" + params.Encode()
	return
}

func WSURL(cfg *sfConfig) string {
	return "wss://" + cfg.Host + "/socket?token=" + cfg.Token // want `is put into a URL query`
}
