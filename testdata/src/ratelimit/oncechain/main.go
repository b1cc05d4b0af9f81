// Command oncechain: main reaches a request through a chain of eight
// helpers, each called once and not in a loop: once per run however deep
// the chain, silent. A page fetch that calls itself for the next page
// runs as often as there are pages: reported.
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
)

const apiURL = "https://api.github.com/repos/acme/tool"

var pager = &http.Client{}

func main() {
	if err := step1(); err != nil {
		log.Fatalln(err)
	}
	if err := pages(apiURL + "/issues"); err != nil {
		log.Fatalln(err)
	}
}

func step1() error { return step2() }
func step2() error { return step3() }
func step3() error { return step4() }
func step4() error { return step5() }
func step5() error { return step6() }
func step6() error { return step7() }
func step7() error { return step8() }
func step8() error { return latest() }

func latest() error {
	req, err := http.NewRequest(http.MethodGet, apiURL+"/releases/latest", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "token "+os.Getenv("GITHUB_TOKEN"))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var rel map[string]any
	return json.NewDecoder(res.Body).Decode(&rel)
}

func pages(url string) error {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "token "+os.Getenv("GITHUB_TOKEN"))
	res, err := pager.Do(req) // want `^authenticated request sent by pager\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var page []map[string]any
	if err := json.NewDecoder(res.Body).Decode(&page); err != nil {
		return err
	}
	if next := nextPage(res.Header.Get("Link")); next != "" {
		return pagesAgain(next)
	}
	return nil
}

func pagesAgain(url string) error { return pages(url) }

func nextPage(link string) string {
	if len(link) > 0 && link[0] == '<' {
		return link[1:]
	}
	return ""
}
