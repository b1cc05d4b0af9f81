package secreturl

import (
	"net/http"
	"net/url"
)

// OpenID Connect RP-Initiated Logout: the ID token goes to the provider as
// id_token_hint in the URL, by the spec (go-oidc's example/logout). The
// same token under any other parameter is a credential in a URL.

func logoutURL(endSession string, rawIDToken string) string {
	u, _ := url.Parse(endSession)
	v := u.Query()
	v.Add("id_token_hint", rawIDToken)
	v.Add("post_logout_redirect_uri", "https://app.example.com/")
	u.RawQuery = v.Encode()
	return u.String()
}

func logoutHint(w http.ResponseWriter, r *http.Request, endSession, rawIDToken string) {
	http.Redirect(w, r, endSession+"?id_token_hint="+rawIDToken, http.StatusFound)
}

func tokenInQuery(endSession string, rawIDToken string) string {
	u, _ := url.Parse(endSession)
	v := u.Query()
	v.Add("id_token", rawIDToken) // want `credential rawIDToken is put into a URL query \(parameter "id_token"\)`
	u.RawQuery = v.Encode()
	return u.String()
}
