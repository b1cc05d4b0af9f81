// Command debug is an example program: it dumps its own request, with the
// token its user passed on the command line, to that user's terminal.
package main

import (
	"flag"
	"log"
	"net/http"
	"net/http/httputil"
)

func main() {
	token := flag.String("token", "", "API token")
	flag.Parse()
	req, _ := http.NewRequest("GET", "https://api.example.com/v1/me", nil)
	req.Header.Set("Authorization", "Bearer "+*token)
	dump, _ := httputil.DumpRequestOut(req, false)
	log.Printf("request:\n%s", dump)
}
