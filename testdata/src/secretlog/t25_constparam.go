package secretlog

import (
	"fmt"
	"log"
	"net/url"
)

// Class: a parameter of an unexported function that every call of the
// package gives a constant holds that constant: printing it shows what
// the source does (ferretdb's envtool setupAnyPostgres).
func setupLocalPostgres(uri string) error {
	u, err := url.Parse(uri)
	if err != nil {
		return err
	}
	p, _ := u.User.Password()
	_ = p
	log.Printf("%s: connecting", uri)
	return nil
}

func cpSetupPlain() error {
	return setupLocalPostgres("postgres://username@127.0.0.1:5432/db")
}

func cpSetupSecured() error {
	return setupLocalPostgres("postgres://username:password@127.0.0.1:5433/db")
}

// Still reported: one call gives a runtime value …
func cpConnectDSN(uri string) error {
	u, err := url.Parse(uri) // want `credential uri reaches an error message via url.Parse`
	if err != nil {
		return err
	}
	p, _ := u.User.Password()
	_ = p
	log.Printf("%s: connecting", uri) // want `credential uri reaches a log line`
	return nil
}

func cpConnectFixed() error { return cpConnectDSN("postgres://u:p@localhost/db") }

func cpConnectConfigured(dsn string) error { return cpConnectDSN(dsn) }

// … the function is also a value, whose callers give anything …
func cpOpenDSN(uri string) error {
	u, err := url.Parse(uri) // want `credential uri reaches an error message via url.Parse`
	if err != nil {
		return err
	}
	p, _ := u.User.Password()
	_ = p
	return fmt.Errorf("open %s", uri) // want `credential uri reaches an error message`
}

var cpOpener = cpOpenDSN

func cpOpenFixed() error { return cpOpenDSN("postgres://u:p@localhost/db") }

// … and an exported function's callers are in other packages.
func CPSetupPostgres(uri string) error {
	u, err := url.Parse(uri) // want `credential uri reaches an error message via url.Parse`
	if err != nil {
		return err
	}
	p, _ := u.User.Password()
	_ = p
	log.Printf("%s: connecting", uri) // want `credential uri reaches a log line`
	return nil
}

func cpSetupExported() error { return CPSetupPostgres("postgres://u:p@localhost/db") }
