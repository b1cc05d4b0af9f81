package secretlog

import (
	"errors"
	"log"
	"net/url"
)

// gosnowflake's ParseDSN (dsn.go:596-626) unescapes the user, the
// password, the database and the role in turn into one s: the password is
// stored from it, and what it holds afterwards is not the password.

type partsConfig struct {
	User, Password, Database, Role string
}

func unescapeParts(cfg *partsConfig) error {
	var s string
	var err error
	s, err = url.QueryUnescape(cfg.User)
	if err != nil {
		return err
	}
	log.Printf("user %s", s)
	cfg.User = s
	s, err = url.QueryUnescape(cfg.Password)
	if err != nil {
		return err
	}
	cfg.Password = s
	if len(s) > 64 {
		log.Printf("password %s is too long", s) // want `credential s reaches a log line via log.Printf`
	}
	s, err = url.QueryUnescape(cfg.Database)
	if err != nil {
		return err
	}
	log.Printf("database %s", s)
	cfg.Database = s
	return nil
}

// An error whose text holds the password it was given, and a query whose
// error holds none: an err logged before it is given the first holds the
// second (gosnowflake's async.go:75 and connection.go:436 log err from a
// query before the same err is given a later call's error).

type loginFailure struct{ msg string }

func (e *loginFailure) Error() string { return e.msg }

func loginWith(password string) error {
	if len(password) < 8 {
		return &loginFailure{msg: "login refused: " + password}
	}
	return nil
}

func runQuery() error { return errors.New("timeout") }

func queryThenLogin(password string) {
	err := runQuery()
	if err != nil {
		log.Printf("query: %v", err)
	}
	err = loginWith(password)
	if err != nil {
		log.Printf("login: %v", err) // want `credential loginWith\(\) reaches a log line via log.Printf`
	}
	err = runQuery()
	log.Printf("query again: %v", err)
}

// A later assignment reaches an earlier use round a loop, and one made in
// a branch does not replace the value on the other path.
func retryLogin2(password string, n int) {
	var err error
	for range n {
		if err != nil {
			log.Printf("retrying after %v", err) // want `credential loginWith\(\) reaches a log line via log.Printf`
		}
		err = loginWith(password)
	}
}

func loginMaybeQuery(password string, query bool) {
	err := loginWith(password)
	if query {
		err = runQuery()
	}
	log.Printf("done: %v", err) // want `credential loginWith\(\) reaches a log line via log.Printf`
}

// In a closure, which may run at any time, every assignment counts.
func deferredLog(password string) {
	err := runQuery()
	defer func() {
		log.Printf("finally: %v", err) // want `credential loginWith\(\) reaches a log line via log.Printf`
	}()
	err = loginWith(password)
}
