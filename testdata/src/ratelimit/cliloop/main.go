// Command cliloop: programs whose API calls repeat, in a loop over the
// issues to label, or once per request the program serves: reported.
package main

import (
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"os"
)

const apiURL = "https://api.github.com/repos/acme/tool"

var labeler = &http.Client{}

var server = &http.Client{}

func main() {
	for _, n := range os.Args[1:] {
		if err := label(n); err != nil {
			log.Fatalln(err)
		}
	}
	http.HandleFunc("/release", func(w http.ResponseWriter, r *http.Request) {
		rel, err := latest()
		if err != nil {
			http.Error(w, "failed", http.StatusBadGateway)
			return
		}
		json.NewEncoder(w).Encode(rel)
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}

func label(n string) error {
	req, err := http.NewRequest(http.MethodPost, apiURL+"/issues/"+n+"/labels", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "token "+os.Getenv("GITHUB_TOKEN"))
	res, err := labeler.Do(req) // want `^authenticated request sent by labeler\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return errors.New("labelling failed")
	}
	return nil
}

func latest() (map[string]any, error) {
	req, err := http.NewRequest(http.MethodGet, apiURL+"/releases/latest", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "token "+os.Getenv("GITHUB_TOKEN"))
	res, err := server.Do(req) // want `^authenticated request sent by server\.Do \(1 API call\), and nothing here handles 429`
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out map[string]any
	err = json.NewDecoder(res.Body).Decode(&out)
	return out, err
}
