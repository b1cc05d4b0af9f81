package secretlog

import (
	"fmt"
	"log"
	"os"
)

// A type prints by its own String method only when the method is in the
// method set of the value printed: fmt never takes a value's address, so a
// String declared on *T hides nothing when a T is printed, and fmt hands
// no unexported field's value to a method at all (it prints its fields).

type msConfig struct {
	Account  string
	Password string
}

func (c *msConfig) String() string { return "account=" + c.Account + " password=<redacted>" }

type msValueConfig struct {
	Account  string
	Password string
}

func (c msValueConfig) String() string { return "account=" + c.Account }

type msHolder struct {
	Cfg msConfig
}

type msHidden struct {
	cfg msValueConfig
}

type msShown struct {
	Cfg msValueConfig
}

func msLoad() *msConfig {
	return &msConfig{Account: os.Getenv("ACCOUNT"), Password: os.Getenv("PASSWORD")}
}

func methodSets() {
	cfg := msLoad()
	log.Printf("config: %v", cfg)
	log.Printf("config: %v", *cfg) // want `\*cfg is printed whole, with its credential field Password, in a log line via log.Printf; log selected fields, or print a pointer to it: its String or LogValue method has a pointer receiver`
	c := *cfg
	log.Printf("config: %+v", &c)
	log.Printf("config: %+v", c)                        // want `c is printed whole, with its credential field Password`
	log.Printf("holder: %+v", msHolder{Cfg: c})         // want `with its credential field Cfg.Password`
	fmt.Fprintf(os.Stderr, "holder: %v\n", &msHolder{}) // want `with its credential field Cfg.Password`

	v := msValueConfig{Account: "a", Password: os.Getenv("PASSWORD")}
	log.Printf("config: %v", v)
	log.Printf("config: %v", &v)
	log.Printf("shown: %v", msShown{Cfg: v})
	log.Printf("hidden: %v", msHidden{cfg: v}) // want `with its credential field cfg.Password`
}
