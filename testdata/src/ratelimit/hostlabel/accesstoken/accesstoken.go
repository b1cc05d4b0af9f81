// Package accesstoken mints the JWTs a hosted API's clients send (as
// livekit/protocol/auth does): another package's function, no request.
package accesstoken

type AccessToken struct{ key, secret string }

func NewAccessToken(key, secret string) *AccessToken { return &AccessToken{key, secret} }

func (t *AccessToken) ToJWT() (string, error) { return t.key + "." + t.secret, nil }
