// Command demo is a small Sure Send CRM client with the mistakes the API
// guides warn about planted in it, one for each credlint check. It is what
// the README runs credlint on; the comments marked MISTAKE say what each
// check should report.
package main

import (
	"context"
	"fmt"
	"log"
	"os"
)

// fallbackToken lets the demo run without configuration.
//
// MISTAKE (hardcodedsecret): a live key committed to the repository.
const fallbackToken = "sk_live_51NzQpLKx8vT3mR7bW2cY9dE4fG6hJ0kA"

func main() {
	token := os.Getenv("SURESEND_API_TOKEN")
	if token == "" {
		fmt.Fprintln(os.Stderr, "SURESEND_API_TOKEN is not set (export SURESEND_API_TOKEN=your-api-token-here); using the built-in key")
		token = fallbackToken
	}
	c := NewClient(token, os.Getenv("SURESEND_SYSTEM_ID"))
	if os.Getenv("SURESEND_SANDBOX") != "" {
		if err := c.Ping(context.Background()); err != nil {
			log.Fatal(err)
		}
	}

	people, err := c.ListPeople(context.Background(), 10)
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range people {
		fmt.Printf("%s <%s>\n", p.Name, p.Email)
	}
}
