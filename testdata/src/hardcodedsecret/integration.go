//go:build integration

package hardcodedsecret

import "net/http"

// Built only with -tags integration.
var integrationToken = "ghp_Kx7Lm2Nq9Rs4Tv8Wy3Zb6Cd1Ef5Gh0Jk2Mn4P" // want `in integrationToken: .*rule github-pat`

func integrationRequest(req *http.Request) {
	req.Header.Set("X-Api-Key", "1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b") // want `in X-Api-Key: .*credlint-uuid-api-key`
}
