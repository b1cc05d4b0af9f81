// Command oneshot: a maintainers' release helper (clickhouse-go's
// internal/cmd/release) that asks GitHub for the latest draft release and
// then for that release, once per run: a 429 fails the run, and whoever
// runs it runs it again. Silent.
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
)

const releasesURL = "https://api.github.com/repos/acme/tool/releases?per_page=100"

type release struct {
	URL     string `json:"url"`
	TagName string `json:"tag_name"`
}

func main() {
	url, err := latestDraftURL()
	if err != nil {
		log.Fatalln(err)
	}
	r, err := getRelease(url)
	if err != nil {
		log.Fatalln(err)
	}
	log.Println(r.TagName)
}

func latestDraftURL() (string, error) {
	req, err := http.NewRequest(http.MethodGet, releasesURL, nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "token "+os.Getenv("GITHUB_TOKEN"))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var rels []release
	if err := json.NewDecoder(res.Body).Decode(&rels); err != nil {
		return "", err
	}
	return rels[0].URL, nil
}

func getRelease(url string) (release, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return release{}, err
	}
	req.Header.Set("Authorization", "token "+os.Getenv("GITHUB_TOKEN"))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return release{}, err
	}
	defer res.Body.Close()
	var rel release
	err = json.NewDecoder(res.Body).Decode(&rel)
	return rel, err
}
