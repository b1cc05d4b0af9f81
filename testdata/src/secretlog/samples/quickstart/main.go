// Command quickstart is a documentation sample (KurrentDB-Client-Go's
// samples/, the Azure and Google SDKs' samples/): like an example program,
// what it prints is the credential of the person running it, shown to that
// person. A credential read from the environment is still reported, as in
// a test file.
package main

import (
	"fmt"
	"log"
	"os"
)

type settings struct {
	Endpoint string
	Password string
}

func load() *settings {
	return &settings{Endpoint: "esdb://localhost:2113", Password: os.Getenv("ESDB_PASSWORD")}
}

func main() {
	s := load()
	if s.Endpoint == "" {
		log.Fatalf("bad settings: %+v", *s)
	}
	password := "changeit"
	fmt.Println("connecting with", password)
	log.Printf("password %s", os.Getenv("ESDB_PASSWORD")) // want `credential os.Getenv\("ESDB_PASSWORD"\) reaches a log line via log.Printf`
}
