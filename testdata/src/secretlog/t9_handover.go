package secretlog

import (
	"fmt"
	"log"
)

// natscli's `nats server passwd --generate`: a command that makes a new
// password prints it for its user; that print is the hand-over.

type passwdCmd struct {
	pass     string
	generate bool
}

func randomPassword(n int) string { return "" }

func askPassword() (string, error) { return "", nil }

func (c *passwdCmd) mkpasswd() {
	if c.pass == "" && c.generate {
		c.pass = randomPassword(22)
		fmt.Printf("Generated password: %s\n", c.pass)
	}
}

// A logger is no hand-over, even of a generated password.
func (c *passwdCmd) logged() {
	c.pass = randomPassword(22)
	log.Printf("Generated password: %s", c.pass) // want `credential \w+(\(\))? reaches a log line via log.Printf`
}

// A password the user typed in, or one replaced since it was made, is
// not the program's to hand over.
func (c *passwdCmd) asked() {
	c.pass, _ = askPassword()
	fmt.Printf("password: %s\n", c.pass) // want `credential \w+(\(\))? reaches a log line via fmt.Printf`
}

func (c *passwdCmd) replaced(typed string) {
	c.pass = randomPassword(22)
	c.pass = typed
	fmt.Printf("password: %s\n", c.pass) // want `credential \w+(\(\))? reaches a log line via fmt.Printf`
}

// Another variable with the generated one's field is not it.
func (c *passwdCmd) other(d *passwdCmd) {
	c.pass = randomPassword(22)
	fmt.Printf("password: %s\n", d.pass) // want `credential \w+(\(\))? reaches a log line via fmt.Printf`
}

func (c *passwdCmd) local() {
	password := randomPassword(16)
	fmt.Println("your new password:", password)
}

// natscli's `nats auth account push --show-jwt`: the user asked to see it.

type account struct{ jwt string }

func (a *account) JWT() string { return a.jwt }

type pushCmd struct {
	showJWT bool
	verbose bool
	show    bool
}

func (c *pushCmd) push(acct *account, showSecret *bool) {
	if c.showJWT {
		fmt.Println(acct.JWT())
	}
	if *showSecret && acct != nil {
		fmt.Printf("%s\n", acct.JWT())
	}
	if c.verbose {
		fmt.Println(acct.JWT()) // want `credential JWT\(\) reaches a log line via fmt.Println`
	}
	if c.show {
		fmt.Println(acct.JWT()) // want `credential JWT\(\) reaches a log line via fmt.Println`
	}
	if c.showJWT {
		log.Println(acct.JWT()) // want `credential JWT\(\) reaches a log line via log.Println`
	}
	if c.showJWT || c.verbose {
		fmt.Println(acct.JWT()) // want `credential JWT\(\) reaches a log line via fmt.Println`
	}
	if c.showJWT {
	} else {
		fmt.Println(acct.JWT()) // want `credential JWT\(\) reaches a log line via fmt.Println`
	}
}
