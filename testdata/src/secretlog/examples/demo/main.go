// Command demo is an example program (microsoft/go-mssqldb's examples,
// zitadel/oidc's example/client): what it prints to its own terminal or
// writes back to its own browser is the credential of the person running
// it, shown to that person. A credential read from the environment is
// still reported, as in a test file.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
)

type tokens struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
}

var password = flag.String("password", "", "the database password")

func main() {
	flag.Parse()
	fmt.Printf(" password:%s\n", *password)
	connString := fmt.Sprintf("server=db;user id=sa;password=%s", *password)
	fmt.Printf(" connString:%s\n", connString)

	t := tokens{AccessToken: "from the exchange"}
	fmt.Println("access token", t.AccessToken)
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		data, _ := json.Marshal(t)
		w.Write(data)
	})

	log.Printf("key %s", os.Getenv("API_KEY")) // want `credential os.Getenv\("API_KEY"\) reaches a log line via log.Printf`
}
