// Package region holds a hosted API's regional endpoints. It sends no
// request itself: its exported URL methods tell the packages that import
// it that their requests go to a hosted API.
package region

import "strings"

type Region struct {
	name        string
	blobBaseURL string
	localURL    string
}

var US = &Region{name: "us", blobBaseURL: "https://blob-api.service.example-saas.io/v1", localURL: "http://localhost:8080"}

// SetBlobBaseURL overrides the endpoint (a proxy, a test server).
func (r *Region) SetBlobBaseURL(u string) { r.blobBaseURL = u }

// BlobServiceURL is the hosted blob API's URL for path.
func (r *Region) BlobServiceURL(path string) string { return join(r.blobBaseURL, path) } // want BlobServiceURL:"hosted endpoint"

// DevURL is a local development server's URL: no hosted API.
func (r *Region) DevURL(path string) string { return join(r.localURL, path) }

// Name is no URL.
func (r *Region) Name() string { return r.name }

func join(base, path string) string {
	return strings.TrimSuffix(base, "/") + "/" + strings.TrimPrefix(path, "/")
}
